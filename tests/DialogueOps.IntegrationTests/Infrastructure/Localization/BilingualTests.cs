using System.Text.RegularExpressions;
using DialogueOps.Web.Infrastructure;

namespace DialogueOps.IntegrationTests.Infrastructure.Localization;

/// <summary>Printed documents and emails take their Chinese from the resources; every key they use must have it.</summary>
public partial class BilingualTests
{
    [Fact]
    public void Every_label_of_every_pdf_and_email_has_its_Chinese_text()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DialogueOps.sln")))
        {
            root = root.Parent;
        }

        var sources = Directory.EnumerateFiles(Path.Combine(root!.FullName, "src", "DialogueOps.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var keys = sources.SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups["key"].Value))).ToHashSet(StringComparer.Ordinal);

        Assert.True(keys.Count > 80, $"Only {keys.Count} keys found: is the pattern still right?");
        var untranslated = keys.Where(k => Bilingual.Zh(k) == k || !ContainsChinese().IsMatch(Bilingual.Zh(k))).Order(StringComparer.Ordinal).ToList();
        Assert.True(untranslated.Count == 0, "No Chinese text for: " + string.Join(" | ", untranslated));
    }

    [Fact]
    public void A_bilingual_pair_formats_both_languages_with_the_same_arguments()
    {
        var (english, chinese) = Bilingual.Pair("Your invitation letter {0} was revoked. Reason: {1}", "QH-2027-0007", "withdrawn");

        Assert.Equal("Your invitation letter QH-2027-0007 was revoked. Reason: withdrawn", english);
        Assert.Equal("您的邀请函 QH-2027-0007 已被撤销。原因：withdrawn", chinese);
        Assert.Equal("Time 时间", Bilingual.Both("Time"));
    }

    [GeneratedRegex("""Bilingual\.(?:Zh|Both|Pair)\("(?<key>(?:[^"\\]|\\.)*)"(?=[,)])""")]
    private static partial Regex Key();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ContainsChinese();
}
