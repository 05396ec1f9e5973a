using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Space around content.</summary>
public static class PaddingExtensions
{
    /// <summary>Space on all sides, in points.</summary>
    public static IContainer Padding(this IContainer container, float all) => container.Padding(all, all, all, all);

    /// <summary>Space left and right, and top and bottom.</summary>
    public static IContainer PaddingHorizontal(this IContainer container, float value) => container.Padding(value, 0, value, 0);

    /// <summary>Space above and below.</summary>
    public static IContainer PaddingVertical(this IContainer container, float value) => container.Padding(0, value, 0, value);

    /// <summary>Space above.</summary>
    public static IContainer PaddingTop(this IContainer container, float value) => container.Padding(0, value, 0, 0);

    /// <summary>Space below.</summary>
    public static IContainer PaddingBottom(this IContainer container, float value) => container.Padding(0, 0, 0, value);

    /// <summary>Space on the left.</summary>
    public static IContainer PaddingLeft(this IContainer container, float value) => container.Padding(value, 0, 0, 0);

    /// <summary>Space on the right.</summary>
    public static IContainer PaddingRight(this IContainer container, float value) => container.Padding(0, 0, value, 0);

    /// <summary>Space per side.</summary>
    public static IContainer Padding(this IContainer container, float left, float top, float right, float bottom) =>
        container.Wrap( new PaddingElement(left, top, right, bottom));
}
