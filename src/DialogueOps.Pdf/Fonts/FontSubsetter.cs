using System.Runtime.InteropServices;

namespace DialogueOps.Pdf.Fonts;

/// <summary>
/// Cuts a font down to the glyphs a document uses, through HarfBuzz's subsetter in the native library that
/// HarfBuzzSharp already ships. Glyph ids are retained, so glyphs shaped against the full font stay valid;
/// the used characters are kept in the cmap, so the PDF's ToUnicode map (text extraction) stays right.
/// Without this every Chinese document would embed the whole 10 MB font.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;

    public static byte[] Subset(LoadedFont font, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        }

        try
        {
            hb_subset_input_set_flags(input, NoHinting | RetainGlyphIds);
            // Only the characters go in: HarfBuzz keeps the glyphs they shape to (GSUB closure). Adding the
            // glyph ids as well would pull every other character mapped to the same glyph into the cmap, and
            // readers would extract 人 as the look-alike radical ⼈ (U+2F08).
            _ = glyphs;

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodeSet, (uint)codepoint);
            }

            var subset = hb_subset_or_fail(font.Face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {font}.");
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}

/// <summary>The glyphs and characters each font drew in the layout pass; what the subsets are cut from.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<LoadedFont, (HashSet<ushort> Glyphs, HashSet<int> Codepoints)> used = [];

    public IEnumerable<LoadedFont> Fonts => used.Keys;

    public void Add(LoadedFont font, ReadOnlySpan<ushort> glyphs, string text)
    {
        if (!used.TryGetValue(font, out var sets))
        {
            used[font] = sets = ([], []);
        }

        foreach (var glyph in glyphs)
        {
            sets.Glyphs.Add(glyph);
        }

        foreach (var rune in text.EnumerateRunes())
        {
            sets.Codepoints.Add(rune.Value);
        }
    }

    public (HashSet<ushort> Glyphs, HashSet<int> Codepoints) For(LoadedFont font) => used[font];
}
