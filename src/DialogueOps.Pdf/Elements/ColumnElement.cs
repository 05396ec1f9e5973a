using DialogueOps.Pdf.Rendering;

namespace DialogueOps.Pdf.Elements;

/// <summary>Items one below the other with fixed spacing; breaks between items and inside a breakable item.</summary>
internal sealed class ColumnElement : Element
{
    private int current;

    public List<Element> Items { get; } = [];
    public float Spacing { get; set; }

    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var (used, maxWidth, consumedAll, drewAny) = Plan(context, width, height, draw: false);
        if (!drewAny && !consumedAll)
        {
            return SpacePlan.Wrap;
        }

        return consumedAll ? SpacePlan.Full(maxWidth, used) : SpacePlan.Partial(maxWidth, used);
    }

    public override void Draw(RenderContext context, float width, float height) => Plan(context, width, height, draw: true);

    private (float Used, float MaxWidth, bool ConsumedAll, bool DrewAny) Plan(RenderContext context, float width, float height, bool draw)
    {
        float y = 0, maxWidth = 0;
        var drewAny = false;
        var index = current;
        while (index < Items.Count)
        {
            var gap = drewAny ? Spacing : 0;
            var remaining = height - y - gap;
            var plan = Items[index].Measure(context, width, Math.Max(0, remaining));
            if (plan.Kind == SpaceKind.Wrap || remaining < 0)
            {
                break;
            }

            if (plan is { Kind: SpaceKind.Full, Height: 0, Width: 0 })
            {
                if (draw)
                {
                    Items[index].Draw(context, width, 0);
                }

                index++;
                continue;
            }

            y += gap;
            if (draw)
            {
                var top = y;
                var item = Items[index];
                context.Translated(0, top, () => item.Draw(context, width, plan.Height));
            }

            y += plan.Height;
            maxWidth = Math.Max(maxWidth, plan.Width);
            drewAny = true;
            if (plan.Kind == SpaceKind.Partial)
            {
                break;
            }

            index++;
        }

        if (draw)
        {
            current = index;
        }

        return (y, maxWidth, index >= Items.Count, drewAny);
    }

    public override void Reset()
    {
        current = 0;
        foreach (var item in Items)
        {
            item.Reset();
        }
    }

    public override string Describe() => $"Column[{current}/{Items.Count}] > {(current < Items.Count ? Items[current].Describe() : "end")}";
}
