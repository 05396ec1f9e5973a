using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Items one below the other.</summary>
public static class ColumnExtensions
{
    /// <summary>Items one below the other.</summary>
    public static void Column(this IContainer container, Action<ColumnDescriptor> build) =>
        build(new ColumnDescriptor(container.Wrap( new ColumnElement())));
}

/// <summary>Adds items to a column.</summary>
public sealed class ColumnDescriptor
{
    private readonly ColumnElement column;

    internal ColumnDescriptor(ColumnElement column) => this.column = column;

    /// <summary>Vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(float spacing)
    {
        column.Spacing = spacing;
        return this;
    }

    /// <summary>A new item's container.</summary>
    public IContainer Item()
    {
        var slot = new Slot();
        column.Items.Add(slot);
        return slot;
    }
}
