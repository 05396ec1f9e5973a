using DialogueOps.Pdf.Rendering;

namespace DialogueOps.Pdf.Elements;

/// <summary>Sets the text style that text inside it starts from.</summary>
internal sealed class DefaultTextStyleElement(Func<TextStyle, TextStyle> change) : ContainerElement
{
    public override SpacePlan Measure(RenderContext context, float width, float height) =>
        With(context, () => Child.Measure(context, width, height));

    public override void Draw(RenderContext context, float width, float height) =>
        With(context, () =>
        {
            Child.Draw(context, width, height);
            return 0;
        });

    private T With<T>(RenderContext context, Func<T> action)
    {
        var previous = context.DefaultTextStyle;
        context.DefaultTextStyle = change(previous);
        try
        {
            return action();
        }
        finally
        {
            context.DefaultTextStyle = previous;
        }
    }

    public override string Describe() => Child.Describe();
}
