using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Borders, backgrounds and rules.</summary>
public static class DecorationExtensions
{
    /// <summary>A frame of the given thickness on all sides.</summary>
    public static IContainer Border(this IContainer container, float thickness, Color? color = null) =>
        container.Wrap( new BorderElement(thickness, thickness, thickness, thickness, color ?? Colors.Black));

    /// <summary>A line above the content only.</summary>
    public static IContainer BorderTop(this IContainer container, float thickness, Color? color = null) =>
        container.Wrap( new BorderElement(0, thickness, 0, 0, color ?? Colors.Black));

    /// <summary>A line under the content only.</summary>
    public static IContainer BorderBottom(this IContainer container, float thickness, Color? color = null) =>
        container.Wrap( new BorderElement(0, 0, 0, thickness, color ?? Colors.Black));

    /// <summary>Fills the space behind the content.</summary>
    public static IContainer Background(this IContainer container, Color color) => container.Wrap( new BackgroundElement(color));

    /// <summary>A horizontal rule.</summary>
    public static void LineHorizontal(this IContainer container, float thickness, Color? color = null) =>
        container.Wrap( new LineElement(thickness, color ?? Colors.Black));
}
