using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Fixed and limited sizes.</summary>
public static class SizeExtensions
{
    /// <summary>Exact width in points.</summary>
    public static IContainer Width(this IContainer container, float width) => container.Wrap( new ConstrainedElement { MinWidth = width, MaxWidth = width });

    /// <summary>At most this wide.</summary>
    public static IContainer MaxWidth(this IContainer container, float width) => container.Wrap( new ConstrainedElement { MaxWidth = width });

    /// <summary>Exact height in points.</summary>
    public static IContainer Height(this IContainer container, float height) => container.Wrap( new ConstrainedElement { MinHeight = height, MaxHeight = height });

    /// <summary>At least this tall.</summary>
    public static IContainer MinHeight(this IContainer container, float height) => container.Wrap( new ConstrainedElement { MinHeight = height });

    /// <summary>At most this tall.</summary>
    public static IContainer MaxHeight(this IContainer container, float height) => container.Wrap( new ConstrainedElement { MaxHeight = height });
}
