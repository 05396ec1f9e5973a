using DialogueOps.Pdf.Rendering;

namespace DialogueOps.Pdf.Elements;

/// <summary>What an element needs of the space offered.</summary>
internal enum SpaceKind
{
    /// <summary>Nothing of it fits: move to the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>All of it fits.</summary>
    Full,
}

internal readonly record struct SpacePlan(SpaceKind Kind, float Width, float Height)
{
    public static SpacePlan Wrap => new(SpaceKind.Wrap, 0, 0);
    public static SpacePlan Empty => new(SpaceKind.Full, 0, 0);
    public static SpacePlan Full(float width, float height) => new(SpaceKind.Full, width, height);
    public static SpacePlan Partial(float width, float height) => new(SpaceKind.Partial, width, height);
}

/// <summary>
/// A node of the layout tree. <see cref="Measure"/> never changes state; <see cref="Draw"/> draws what
/// fits and remembers how far it got, so a paging element continues on the next page.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(RenderContext context, float width, float height);

    public abstract void Draw(RenderContext context, float width, float height);

    /// <summary>Forget progress (headers and footers start afresh on each page).</summary>
    public virtual void Reset()
    {
    }

    /// <summary>Names the element in error messages.</summary>
    public virtual string Describe() => GetType().Name.Replace("Element", "", StringComparison.Ordinal);
}

/// <summary>An element that wraps one child, which is set through the fluent API.</summary>
internal abstract class ContainerElement : Element, IContainer
{
    public Element Child { get; set; } = new EmptyElement();

    Element? IContainer.Element
    {
        get => Child;
        set => Child = value ?? new EmptyElement();
    }

    public override SpacePlan Measure(RenderContext context, float width, float height) => Child.Measure(context, width, height);

    public override void Draw(RenderContext context, float width, float height) => Child.Draw(context, width, height);

    public override void Reset() => Child.Reset();

    public override string Describe() => $"{base.Describe()} > {Child.Describe()}";
}

internal sealed class EmptyElement : Element
{
    public override SpacePlan Measure(RenderContext context, float width, float height) => SpacePlan.Empty;

    public override void Draw(RenderContext context, float width, float height)
    {
    }
}

/// <summary>The slot the fluent API fills: the root of a page section or a cell.</summary>
internal sealed class Slot : ContainerElement
{
    public override string Describe() => Child.Describe();
}
