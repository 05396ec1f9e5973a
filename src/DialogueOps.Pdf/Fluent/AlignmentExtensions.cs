using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Horizontal alignment of content narrower than its space.</summary>
public static class AlignmentExtensions
{
    /// <summary>Content at its natural width, on the left.</summary>
    public static IContainer AlignLeft(this IContainer container) => container.Wrap( new AlignmentElement(HorizontalAlignment.Left));

    /// <summary>Content at its natural width, centred.</summary>
    public static IContainer AlignCenter(this IContainer container) => container.Wrap( new AlignmentElement(HorizontalAlignment.Center));

    /// <summary>Content at its natural width, on the right.</summary>
    public static IContainer AlignRight(this IContainer container) => container.Wrap( new AlignmentElement(HorizontalAlignment.Right));
}
