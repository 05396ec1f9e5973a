using System.Globalization;
using SkiaSharp;

namespace DialogueOps.Pdf;

/// <summary>An sRGB colour: the library's own type, so documents never depend on the drawing engine's.</summary>
public readonly record struct Color(byte Red, byte Green, byte Blue, byte Alpha = 255)
{
    /// <summary>Reads "#rrggbb" or "#aarrggbb" (the leading # is optional).</summary>
    public static Color FromHex(string hex)
    {
        var digits = hex.AsSpan().TrimStart('#');
        if (digits.Length is not (6 or 8) || !uint.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"“{hex}” is not a colour in the form #rrggbb or #aarrggbb.");
        }

        var alpha = digits.Length == 8 ? (byte)(value >> 24) : (byte)255;
        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value, alpha);
    }

    /// <summary>Documents write colours as hex strings, as in QuestPDF.</summary>
    public static implicit operator Color(string hex) => FromHex(hex);

    /// <summary>The colour as "#rrggbb" (or "#aarrggbb" when not opaque).</summary>
    public override string ToString() => Alpha == 255
        ? string.Create(CultureInfo.InvariantCulture, $"#{Red:x2}{Green:x2}{Blue:x2}")
        : string.Create(CultureInfo.InvariantCulture, $"#{Alpha:x2}{Red:x2}{Green:x2}{Blue:x2}");

    internal SKColor ToSkia() => new(Red, Green, Blue, Alpha);
}
