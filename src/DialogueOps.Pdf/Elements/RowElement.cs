using DialogueOps.Pdf.Rendering;

namespace DialogueOps.Pdf.Elements;

internal enum RowItemKind
{
    Constant,
    Relative,
    Auto,
}

internal sealed class RowItem(RowItemKind kind, float size) : ContainerElement
{
    public RowItemKind Kind { get; } = kind;
    public float Size { get; } = size;
    public bool Done { get; set; }

    public override void Reset()
    {
        Done = false;
        base.Reset();
    }
}

/// <summary>
/// Items side by side: constant widths first, then auto items at their natural width, then relative items share
/// what is left. Items that continue on the next page do so together; finished ones leave their space empty.
/// </summary>
internal sealed class RowElement : Element
{
    public List<RowItem> Items { get; } = [];
    public float Spacing { get; set; }

    internal float[] Widths(RenderContext context, float width)
    {
        var widths = new float[Items.Count];
        var left = width - Spacing * Math.Max(0, Items.Count - 1);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (item.Kind == RowItemKind.Constant)
            {
                widths[i] = item.Size;
            }
            else if (item.Kind == RowItemKind.Auto)
            {
                widths[i] = item.Child.Measure(context, left, float.MaxValue / 4).Width;
            }

            left -= widths[i];
        }

        var weights = Items.Where(i => i.Kind == RowItemKind.Relative).Sum(i => i.Size);
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind == RowItemKind.Relative)
            {
                widths[i] = weights <= 0 ? 0 : Math.Max(0, left) * Items[i].Size / weights;
            }
        }

        return widths;
    }

    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var widths = Widths(context, width);
        float tallest = 0;
        var partial = false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Done)
            {
                continue;
            }

            var plan = Items[i].Measure(context, widths[i], height);
            if (plan.Kind == SpaceKind.Wrap)
            {
                return SpacePlan.Wrap;
            }

            partial |= plan.Kind == SpaceKind.Partial;
            tallest = Math.Max(tallest, plan.Height);
        }

        var total = widths.Sum() + Spacing * Math.Max(0, Items.Count - 1);
        return partial ? SpacePlan.Partial(total, tallest) : SpacePlan.Full(total, tallest);
    }

    public override void Draw(RenderContext context, float width, float height)
    {
        var widths = Widths(context, width);
        float x = 0;
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var itemWidth = widths[i];
            if (!item.Done)
            {
                var plan = item.Measure(context, itemWidth, height);
                context.Translated(x, 0, () => item.Draw(context, itemWidth, height));
                item.Done = plan.Kind == SpaceKind.Full;
            }

            x += itemWidth + Spacing;
        }
    }

    public override void Reset()
    {
        foreach (var item in Items)
        {
            item.Reset();
        }
    }

    public override string Describe() => $"Row({Items.Count} items)";
}
