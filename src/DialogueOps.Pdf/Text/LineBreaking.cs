using System.Globalization;

namespace DialogueOps.Pdf.Elements;

/// <summary>
/// Where a line may break: after spaces, between CJK characters (kinsoku: never before closing punctuation,
/// never after opening punctuation), after a hyphen. Thai, Khmer, Lao and Myanmar have no spaces between
/// words; without a dictionary they break at spaces and, when a run is longer than the line, at any grapheme
/// cluster boundary, which never splits a syllable's marks from its base.
/// </summary>
internal static class LineBreaking
{
    private const string NoLineStart = "，。、；：！？）」』】》〉〕］｝〙〗’”…‥・ー々,.;:!?)]}%";
    private const string NoLineEnd = "（「『【《〈〔［｛〘〖‘“([{";

    public static bool IsCjk(int codepoint) => codepoint is
        >= 0x2E80 and <= 0x2FFF or >= 0x3000 and <= 0x303F or >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x2FFFF;

    /// <summary>May a line start with <paramref name="next"/> after <paramref name="previous"/>?</summary>
    public static bool CanBreakBetween(string previous, string next)
    {
        if (string.IsNullOrEmpty(previous) || string.IsNullOrEmpty(next) || IsSpace(next))
        {
            return false;
        }

        if (NoLineStart.Contains(next[0], StringComparison.Ordinal) || NoLineEnd.Contains(previous[^1], StringComparison.Ordinal))
        {
            return false;
        }

        if (IsSpace(previous))
        {
            return true;
        }

        var a = char.ConvertToUtf32(previous, previous.Length > 1 && char.IsLowSurrogate(previous[^1]) ? previous.Length - 2 : previous.Length - 1);
        var b = char.ConvertToUtf32(next, 0);
        if (IsCjk(a) || IsCjk(b))
        {
            return true;
        }

        return previous[^1] is '-' or '‐' or '–' or '/' && char.IsLetterOrDigit(next[0]);
    }

    public static bool IsSpace(string grapheme) => grapheme.Length > 0 && grapheme.All(c => c is ' ' or '\t' or '\u00A0' or '\u3000');

    public static IEnumerable<(int Start, int Length)> Graphemes(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return (enumerator.ElementIndex, ((string)enumerator.Current).Length);
        }
    }
}
