using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>How content flows over pages, sections and reusable pieces.</summary>
public static class FlowExtensions
{
    /// <summary>Content turned upside down (180°), e.g. the back of a folded name card.</summary>
    public static IContainer RotateHalfTurn(this IContainer container) => container.Wrap( new RotateHalfTurnElement());

    /// <summary>Shown on the first page it reaches only.</summary>
    public static IContainer ShowOnce(this IContainer container) => container.Wrap( new ShowOnceElement());

    /// <summary>Kept together on one page (moved whole to the next page rather than split).</summary>
    public static IContainer ShowEntire(this IContainer container) => container.Wrap( new ShowEntireElement());

    /// <summary>The text style content inside starts from.</summary>
    public static IContainer DefaultTextStyle(this IContainer container, Func<TextStyle, TextStyle> change) =>
        container.Wrap( new DefaultTextStyleElement(change));

    /// <summary>Marks where a section begins (for <see cref="TextDescriptor.PageNumberOfSection"/>) and makes it a link target.</summary>
    public static IContainer Section(this IContainer container, string name) => container.Wrap( new SectionElement(name));

    /// <summary>Clicking the content jumps to the section <paramref name="name"/>.</summary>
    public static IContainer SectionLink(this IContainer container, string name) => container.Wrap( new SectionLinkElement(name));

    /// <summary>Ends the page here.</summary>
    public static void PageBreak(this IContainer container) => container.Wrap( new PageBreakElement());

    /// <summary>Composes a reusable component here.</summary>
    public static void Component(this IContainer container, IComponent component) => component.Compose(container);

    /// <summary>Builds content with a lambda (helper methods of a document class).</summary>
    public static void Element(this IContainer container, Action<IContainer> build) => build(container);
}
