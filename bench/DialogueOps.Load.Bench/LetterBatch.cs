using System.Diagnostics;
using DialogueOps.Pdf;
using DialogueOps.Web.Features.VisaLetters;

/// <summary>
/// "200 visa letters as one batch": renders the invitation letter (bilingual, both letterheads, QR) for 200 different
/// delegates across all cores, as the bulk issue does before mailing, and reports the wall time.
/// </summary>
internal static class LetterBatch
{
    public static void Run(int count)
    {
        VisaLetterData Letter(int i) => new(
            $"QH-2027-{i:0000}", new DateOnly(2027, 5, 2), "China–ASEAN Think Tank Network AI Policy Dialogue", "中国—东盟思想库网络人工智能政策对话",
            "Governing AI together", "Qianhai International Conference Centre", "Shenzhen", new DateOnly(2027, 7, 8), new DateOnly(2027, 7, 9),
            [new("Asia Research Institute, China Foreign Affairs University", "外交学院亚洲研究所", "Prof. Gao Fei", "Director"),
             new("Institute of Strategic and International Studies (ISIS) Malaysia", null, "Dr. Siti Rahman", "Senior Fellow")],
            "Embassy of the People's Republic of China in Viet Nam", $"NGUYEN VAN AN {i}", $"C{1000000 + i}", "VN", new DateOnly(1980, 1, 1).AddDays(i),
            "Research Fellow", "Diplomatic Academy of Vietnam", new DateOnly(2027, 7, 7), new DateOnly(2027, 7, 10),
            "accommodation for three nights and local transport", "三晚住宿及当地交通", true, $"https://dialogue.example.test/verify/{i:x32}");

        new VisaLetterDocument(Letter(0), DateTime.UtcNow).GeneratePdf();  // warm: fonts loaded, code jitted
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        Parallel.For(1, count + 1, i => Interlocked.Add(ref bytes, new VisaLetterDocument(Letter(i), DateTime.UtcNow).GeneratePdf().LongLength));
        watch.Stop();
        Console.WriteLine($"{count} visa letters rendered in {watch.Elapsed.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores " +
                          $"({watch.Elapsed.TotalMilliseconds / count:0.0} ms per letter, {bytes / count / 1024} KB average)");
    }
}
