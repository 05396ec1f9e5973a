using DialogueOps.Pdf.Rendering;
using SkiaSharp;

namespace DialogueOps.Pdf.Elements;

internal sealed class PaddingElement(float left, float top, float right, float bottom) : ContainerElement
{
    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var inner = Child.Measure(context, Math.Max(0, width - left - right), Math.Max(0, height - top - bottom));
        if (inner.Kind == SpaceKind.Wrap || width - left - right < 0 || height - top - bottom < 0)
        {
            return SpacePlan.Wrap;
        }

        return inner with { Width = inner.Width + left + right, Height = inner.Height + top + bottom };
    }

    public override void Draw(RenderContext context, float width, float height) =>
        context.Translated(left, top, () => Child.Draw(context, width - left - right, height - top - bottom));
}

internal sealed class BackgroundElement(Color color) : ContainerElement
{
    public override void Draw(RenderContext context, float width, float height)
    {
        var plan = Child.Measure(context, width, height);
        using var paint = new SKPaint { Color = color.ToSkia(), IsAntialias = false };
        context.Canvas.DrawRect(0, 0, width, plan.Kind == SpaceKind.Wrap ? 0 : Math.Max(plan.Height, height), paint);
        Child.Draw(context, width, height);
    }
}

/// <summary>Draws a frame around the space it is given and reserves the stroke inside it.</summary>
internal sealed class BorderElement(float left, float top, float right, float bottom, Color color) : ContainerElement
{
    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var inner = Child.Measure(context, width - left - right, height - top - bottom);
        return inner.Kind == SpaceKind.Wrap ? inner : inner with { Width = inner.Width + left + right, Height = inner.Height + top + bottom };
    }

    public override void Draw(RenderContext context, float width, float height)
    {
        using var paint = new SKPaint { Color = color.ToSkia(), IsAntialias = true, Style = SKPaintStyle.Fill };
        if (top > 0) context.Canvas.DrawRect(0, 0, width, top, paint);
        if (bottom > 0) context.Canvas.DrawRect(0, height - bottom, width, bottom, paint);
        if (left > 0) context.Canvas.DrawRect(0, 0, left, height, paint);
        if (right > 0) context.Canvas.DrawRect(width - right, 0, right, height, paint);
        context.Translated(left, top, () => Child.Draw(context, width - left - right, height - top - bottom));
    }
}

internal enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

internal sealed class AlignmentElement(HorizontalAlignment alignment) : ContainerElement
{
    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var plan = Child.Measure(context, width, height);
        return plan.Kind == SpaceKind.Wrap ? plan : plan with { Width = width };
    }

    public override void Draw(RenderContext context, float width, float height)
    {
        var plan = Child.Measure(context, width, height);
        var childWidth = Math.Min(plan.Width, width);
        var x = alignment switch
        {
            HorizontalAlignment.Center => (width - childWidth) / 2,
            HorizontalAlignment.Right => width - childWidth,
            _ => 0,
        };
        context.Translated(x, 0, () => Child.Draw(context, childWidth, height));
    }
}

/// <summary>Width and height limits; a minimum it cannot have on this page makes it wrap.</summary>
internal sealed class ConstrainedElement : ContainerElement
{
    public float? MinWidth { get; set; }
    public float? MaxWidth { get; set; }
    public float? MinHeight { get; set; }
    public float? MaxHeight { get; set; }

    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        if (MinWidth > width + 0.01f || MinHeight > height + 0.01f)
        {
            return SpacePlan.Wrap;
        }

        var availableWidth = Math.Min(width, MaxWidth ?? width);
        var availableHeight = Math.Min(height, MaxHeight ?? height);
        var plan = Child.Measure(context, availableWidth, availableHeight);
        if (plan.Kind == SpaceKind.Wrap)
        {
            return plan;
        }

        return plan with
        {
            Width = Math.Clamp(plan.Width, MinWidth ?? 0, availableWidth),
            Height = Math.Clamp(plan.Height, Math.Min(MinHeight ?? 0, availableHeight), availableHeight),
        };
    }

    public override void Draw(RenderContext context, float width, float height) =>
        Child.Draw(context, Math.Min(width, MaxWidth ?? width), Math.Min(height, MaxHeight ?? height));

    public override string Describe() =>
        $"Constrained(width {MinWidth?.ToString() ?? "-"}..{MaxWidth?.ToString() ?? "-"}, height {MinHeight?.ToString() ?? "-"}..{MaxHeight?.ToString() ?? "-"}) > {Child.Describe()}";
}

/// <summary>Ends the page here; on the next page it takes no space.</summary>
internal sealed class PageBreakElement : Element
{
    private bool done;

    public override SpacePlan Measure(RenderContext context, float width, float height) =>
        done ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(RenderContext context, float width, float height) => done = true;

    public override void Reset() => done = false;
}

/// <summary>Shown on the first page it reaches only (a repeated header's first-page part).</summary>
internal sealed class ShowOnceElement : ContainerElement
{
    private bool shown;

    public override SpacePlan Measure(RenderContext context, float width, float height) =>
        shown ? SpacePlan.Empty : Child.Measure(context, width, height);

    public override void Draw(RenderContext context, float width, float height)
    {
        if (shown)
        {
            return;
        }

        var plan = Child.Measure(context, width, height);
        Child.Draw(context, width, height);
        shown = plan.Kind == SpaceKind.Full;
    }

    // A header is reset on each page, but "once" means once per document.
    public override void Reset()
    {
    }
}

/// <summary>Kept together: moves whole to the next page rather than splitting.</summary>
internal sealed class ShowEntireElement : ContainerElement
{
    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var plan = Child.Measure(context, width, height);
        return plan.Kind == SpaceKind.Partial ? SpacePlan.Wrap : plan;
    }
}

internal sealed class LineElement(float thickness, Color color) : Element
{
    public override SpacePlan Measure(RenderContext context, float width, float height) =>
        thickness > height ? SpacePlan.Wrap : SpacePlan.Full(width, thickness);

    public override void Draw(RenderContext context, float width, float height)
    {
        using var paint = new SKPaint { Color = color.ToSkia(), IsAntialias = true };
        context.Canvas.DrawRect(0, 0, width, thickness, paint);
    }
}

/// <summary>Turns its content upside down in place (the far side of a folded table tent).</summary>
internal sealed class RotateHalfTurnElement : ContainerElement
{
    public override void Draw(RenderContext context, float width, float height)
    {
        // The whole space given turns, so content placed at its top lands at its bottom, upside down.
        context.Canvas.Save();
        context.Canvas.Translate(width, height);
        context.Canvas.RotateDegrees(180);
        Child.Draw(context, width, height);
        context.Canvas.Restore();
    }
}

/// <summary>Records the page where its content first draws, and leaves a named destination there.</summary>
internal sealed class SectionElement(string name) : ContainerElement
{
    public override void Draw(RenderContext context, float width, float height)
    {
        if (context.SectionPages.TryAdd(name, context.PageNumber))
        {
            context.Canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), name);
        }

        Child.Draw(context, width, height);
    }

    public override string Describe() => $"Section \"{name}\" > {Child.Describe()}";
}

/// <summary>Its area links to a <see cref="SectionElement"/> of the same name.</summary>
internal sealed class SectionLinkElement(string name) : ContainerElement
{
    public override void Draw(RenderContext context, float width, float height)
    {
        var plan = Child.Measure(context, width, height);
        Child.Draw(context, width, height);
        if (plan.Kind != SpaceKind.Wrap)
        {
            context.Canvas.DrawLinkDestinationAnnotation(SKRect.Create(0, 0, width, plan.Height), name);
        }
    }
}
