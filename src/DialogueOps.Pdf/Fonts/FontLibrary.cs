using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;
using HbFont = HarfBuzzSharp.Font;

namespace DialogueOps.Pdf.Fonts;

/// <summary>One font file, loaded for drawing (Skia) and for shaping (HarfBuzz).</summary>
public sealed class LoadedFont
{
    internal LoadedFont(string path, string family, bool bold, bool italic)
    {
        Path = path;
        Family = family;
        Bold = bold;
        Italic = italic;
        Data = File.ReadAllBytes(path);
        Typeface = SKTypeface.FromData(SKData.CreateCopy(Data)) ?? throw new InvalidDataException($"{path} is not a font Skia can read.");
        using var blob = Blob.FromFile(path);
        Face = new Face(blob, 0);
        UnitsPerEm = Face.UnitsPerEm;
        Shaper = new HbFont(Face);
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
        using var font = new SKFont(Typeface, 1);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent;
        Descent = metrics.Descent;
    }

    /// <summary>The file the font came from.</summary>
    public string Path { get; }

    /// <summary>Family name ("Noto Sans SC").</summary>
    public string Family { get; }

    /// <summary>Bold weight.</summary>
    public bool Bold { get; }

    /// <summary>Italic style.</summary>
    public bool Italic { get; }

    internal byte[] Data { get; }
    internal SKTypeface Typeface { get; }
    internal Face Face { get; }
    internal HbFont Shaper { get; }
    internal int UnitsPerEm { get; }

    /// <summary>Ascent and descent per unit of font size.</summary>
    internal float Ascent { get; }

    internal float Descent { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Family}{(Bold ? " Bold" : "")}{(Italic ? " Italic" : "")}";
}

/// <summary>Raised when no font in the library can draw a character: never silent tofu boxes.</summary>
public sealed class MissingFontException(string message) : Exception(message);

/// <summary>
/// The fonts documents may use and the fallback order between them: Latin, Simplified Chinese, Thai, Khmer,
/// Lao, Myanmar, then any extra folder's fonts. Thread-safe; load once and share.
/// </summary>
public sealed class FontLibrary
{
    private static readonly (string File, string Family)[] KnownFamilies =
    [
        ("NotoSans", "Noto Sans"),
        ("NotoSansSC", "Noto Sans SC"),
        ("NotoSansThai", "Noto Sans Thai"),
        ("NotoSansKhmer", "Noto Sans Khmer"),
        ("NotoSansLao", "Noto Sans Lao"),
        ("NotoSansMyanmar", "Noto Sans Myanmar"),
    ];

    private static readonly Lazy<FontLibrary> DefaultLibrary = new(() => Load(DefaultFolders()));

    private readonly List<List<LoadedFont>> families;
    private readonly ConcurrentDictionary<(int Codepoint, bool Bold, bool Italic), LoadedFont?> resolved = new();

    private FontLibrary(List<List<LoadedFont>> families, IReadOnlyList<string> missingFamilies)
    {
        this.families = families;
        MissingFamilies = missingFamilies;
    }

    /// <summary>The library found in <c>DIALOGUEOPS_FONTS</c> or the repository's <c>fonts/</c> folder (restored by scripts/fonts.sh).</summary>
    public static FontLibrary Default => DefaultLibrary.Value;

    /// <summary>Known families whose files were not found; each is reported, never silently replaced.</summary>
    public IReadOnlyList<string> MissingFamilies { get; }

    /// <summary>Every loaded font.</summary>
    public IEnumerable<LoadedFont> Fonts => families.SelectMany(f => f);

    /// <summary>Loads the known Noto families from the folders (first hit wins), then every other .ttf/.otf in them.</summary>
    public static FontLibrary Load(IEnumerable<string> folders)
    {
        var existing = folders.Where(Directory.Exists).ToList();
        var files = existing.SelectMany(f => Directory.EnumerateFiles(f)).Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)).ToList();
        var families = new List<List<LoadedFont>>();
        var missing = new List<string>();
        var used = new HashSet<string>();
        foreach (var (prefix, family) in KnownFamilies)
        {
            var styles = new List<LoadedFont>();
            foreach (var (style, bold, italic) in new[] { ("400Regular", false, false), ("700Bold", true, false), ("400Regular_Italic", false, true), ("700Bold_Italic", true, true) })
            {
                var file = files.FirstOrDefault(f => Path.GetFileName(f) == $"{prefix}_{style}.ttf");
                if (file is not null)
                {
                    styles.Add(new LoadedFont(file, family, bold, italic));
                    used.Add(file);
                }
            }

            if (styles.Count == 0)
            {
                missing.Add(family);
            }
            else
            {
                families.Add(styles);
            }
        }

        foreach (var file in files.Where(f => !used.Contains(f)).Order(StringComparer.Ordinal))
        {
            families.Add([new LoadedFont(file, Path.GetFileNameWithoutExtension(file), false, false)]);
        }

        return new FontLibrary(families, missing);
    }

    internal static IEnumerable<string> DefaultFolders()
    {
        if (Environment.GetEnvironmentVariable("DIALOGUEOPS_FONTS") is { Length: > 0 } configured)
        {
            foreach (var folder in configured.Split(Path.PathSeparator))
            {
                yield return folder;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fonts");
            if (File.Exists(Path.Combine(candidate, "NotoSans_400Regular.ttf")))
            {
                yield return candidate;
                yield break;
            }
        }
    }

    /// <summary>The first font in fallback order that has a glyph for the character, preferring the asked style.</summary>
    internal LoadedFont Resolve(int codepoint, bool bold, bool italic) =>
        resolved.GetOrAdd((codepoint, bold, italic), key =>
        {
            foreach (var family in families)
            {
                var font = Pick(family, key.Bold, key.Italic);
                if (font.Shaper.TryGetGlyph((uint)key.Codepoint, out _))
                {
                    return font;
                }
            }

            return null;
        }) ?? throw new MissingFontException(
            $"No font can draw U+{codepoint:X4} ({Scripts.Name(codepoint)}). " +
            (MissingFamilies.Count > 0 ? $"Missing font families: {string.Join(", ", MissingFamilies)}; run scripts/fonts.sh or add a font folder." : "Add a font folder that covers this script."));

    /// <summary>The primary (Latin) font of a style, for spaces and line metrics.</summary>
    internal LoadedFont Primary(bool bold, bool italic) =>
        families.Count == 0 ? throw new MissingFontException("No fonts were found. Run scripts/fonts.sh or set DIALOGUEOPS_FONTS.") : Pick(families[0], bold, italic);

    private static LoadedFont Pick(List<LoadedFont> family, bool bold, bool italic) =>
        family.FirstOrDefault(f => f.Bold == bold && f.Italic == italic)
        ?? family.FirstOrDefault(f => f.Bold == bold)
        ?? family.FirstOrDefault(f => f.Italic == italic)
        ?? family[0];
}

internal static class Scripts
{
    public static string Name(int codepoint) => codepoint switch
    {
        >= 0x0E00 and <= 0x0E7F => "Thai",
        >= 0x0E80 and <= 0x0EFF => "Lao",
        >= 0x1780 and <= 0x17FF or >= 0x19E0 and <= 0x19FF => "Khmer",
        >= 0x1000 and <= 0x109F or >= 0xAA60 and <= 0xAA7F => "Myanmar",
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF => "Chinese",
        >= 0x3040 and <= 0x30FF => "Japanese kana",
        >= 0xAC00 and <= 0xD7AF => "Korean",
        >= 0x0600 and <= 0x06FF => "Arabic",
        >= 0x0900 and <= 0x097F => "Devanagari",
        < 0x0250 => "Latin",
        >= 0x1E00 and <= 0x1EFF => "Latin (Vietnamese)",
        _ => "unknown script",
    };
}
