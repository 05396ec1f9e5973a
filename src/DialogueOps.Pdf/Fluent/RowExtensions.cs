using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Items side by side.</summary>
public static class RowExtensions
{
    /// <summary>Items side by side.</summary>
    public static void Row(this IContainer container, Action<RowDescriptor> build) =>
        build(new RowDescriptor(container.Wrap( new RowElement())));
}

/// <summary>Adds items to a row.</summary>
public sealed class RowDescriptor
{
    private readonly RowElement row;

    internal RowDescriptor(RowElement row) => this.row = row;

    /// <summary>Horizontal space between items, in points.</summary>
    public RowDescriptor Spacing(float spacing)
    {
        row.Spacing = spacing;
        return this;
    }

    /// <summary>An item sharing the remaining width by weight.</summary>
    public IContainer RelativeItem(float weight = 1) => Add(RowItemKind.Relative, weight);

    /// <summary>An item of fixed width in points.</summary>
    public IContainer ConstantItem(float width) => Add(RowItemKind.Constant, width);

    /// <summary>An item as wide as its content.</summary>
    public IContainer AutoItem() => Add(RowItemKind.Auto, 0);

    private IContainer Add(RowItemKind kind, float size)
    {
        var item = new RowItem(kind, size);
        row.Items.Add(item);
        return item;
    }
}
