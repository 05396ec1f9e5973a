using SkiaSharp;

namespace DialogueOps.Pdf;

/// <summary>How a span of text looks. Immutable: the fluent methods return changed copies.</summary>
public sealed record TextStyle
{
    /// <summary>10 pt regular black, line height 1.25.</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>Font size in points.</summary>
    public float Size { get; init; } = 10;

    /// <summary>Bold weight.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic (Latin only; other scripts fall back to their upright face).</summary>
    public bool Italic { get; init; }

    /// <summary>Underlined.</summary>
    public bool Underline { get; init; }

    /// <summary>Text colour.</summary>
    public Color Color { get; init; } = Colors.Black;

    /// <summary>Line height as a multiple of the size.</summary>
    public float LineHeight { get; init; } = 1.25f;
}

/// <summary>Fluent changes to a <see cref="TextStyle"/>.</summary>
public static class TextStyleExtensions
{
    /// <summary>Sets the size in points.</summary>
    public static TextStyle FontSize(this TextStyle style, float size) => style with { Size = size };

    /// <summary>Bold weight.</summary>
    public static TextStyle Bold(this TextStyle style, bool bold = true) => style with { Bold = bold };

    /// <summary>Italic.</summary>
    public static TextStyle Italic(this TextStyle style, bool italic = true) => style with { Italic = italic };

    /// <summary>Underline.</summary>
    public static TextStyle Underline(this TextStyle style, bool underline = true) => style with { Underline = underline };

    /// <summary>Colour as hex (#0b4f6c) or a Skia colour.</summary>
    public static TextStyle FontColor(this TextStyle style, Color color) => style with { Color = color };

    /// <summary>Line height multiple.</summary>
    public static TextStyle LineHeight(this TextStyle style, float multiple) => style with { LineHeight = multiple };
}
