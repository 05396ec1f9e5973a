using DialogueOps.Pdf.Fonts;
using SkiaSharp;

namespace DialogueOps.Pdf.Rendering;

/// <summary>Everything elements need while laying out and drawing one pass of one document.</summary>
internal sealed class RenderContext(SKCanvas canvas, FontLibrary fonts, GlyphUsage usage, Func<LoadedFont, SKTypeface> typefaceFor)
{
    public SKCanvas Canvas { get; set; } = canvas;
    public FontLibrary Fonts { get; } = fonts;
    public GlyphUsage Usage { get; } = usage;
    public Func<LoadedFont, SKTypeface> TypefaceFor { get; } = typefaceFor;
    public int PageNumber { get; set; }

    public TextStyle DefaultTextStyle { get; set; } = TextStyle.Default;

    /// <summary>Known in the second pass; the first pass lays out with a wide placeholder.</summary>
    public int? TotalPages { get; set; }

    /// <summary>Where each named section began in this pass.</summary>
    public Dictionary<string, int> SectionPages { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each named section began in the previous pass; null in the first.</summary>
    public IReadOnlyDictionary<string, int>? KnownSectionPages { get; init; }

    public void Translated(float dx, float dy, Action draw)
    {
        Canvas.Save();
        Canvas.Translate(dx, dy);
        try
        {
            draw();
        }
        finally
        {
            Canvas.Restore();
        }
    }
}
