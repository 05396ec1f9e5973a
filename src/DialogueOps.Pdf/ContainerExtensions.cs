using DialogueOps.Pdf.Elements;
using SkiaSharp;

namespace DialogueOps.Pdf;

/// <summary>The fluent API: wrap a container (and get the inner one back) or fill it with content.</summary>
public static class ContainerExtensions
{
    private static T Wrap<T>(IContainer container, T element)
        where T : Element
    {
        if (container.Element is not null and not EmptyElement)
        {
            throw new InvalidOperationException($"This container already holds {container.Element.Describe()}; a container holds one element.");
        }

        container.Element = element;
        return element;
    }

    /// <summary>Space on all sides, in points.</summary>
    public static IContainer Padding(this IContainer container, float all) => container.Padding(all, all, all, all);

    /// <summary>Space left and right, and top and bottom.</summary>
    public static IContainer PaddingHorizontal(this IContainer container, float value) => container.Padding(value, 0, value, 0);

    /// <summary>Space above and below.</summary>
    public static IContainer PaddingVertical(this IContainer container, float value) => container.Padding(0, value, 0, value);

    /// <summary>Space above.</summary>
    public static IContainer PaddingTop(this IContainer container, float value) => container.Padding(0, value, 0, 0);

    /// <summary>Space below.</summary>
    public static IContainer PaddingBottom(this IContainer container, float value) => container.Padding(0, 0, 0, value);

    /// <summary>Space on the left.</summary>
    public static IContainer PaddingLeft(this IContainer container, float value) => container.Padding(value, 0, 0, 0);

    /// <summary>Space on the right.</summary>
    public static IContainer PaddingRight(this IContainer container, float value) => container.Padding(0, 0, value, 0);

    /// <summary>Space per side.</summary>
    public static IContainer Padding(this IContainer container, float left, float top, float right, float bottom) =>
        Wrap(container, new PaddingElement(left, top, right, bottom));

    /// <summary>A frame of the given thickness on all sides.</summary>
    public static IContainer Border(this IContainer container, float thickness, SKColor? color = null) =>
        Wrap(container, new BorderElement(thickness, thickness, thickness, thickness, color ?? SKColors.Black));

    /// <summary>A line above the content only.</summary>
    public static IContainer BorderTop(this IContainer container, float thickness, SKColor? color = null) =>
        Wrap(container, new BorderElement(0, thickness, 0, 0, color ?? SKColors.Black));

    /// <summary>A line under the content only.</summary>
    public static IContainer BorderBottom(this IContainer container, float thickness, SKColor? color = null) =>
        Wrap(container, new BorderElement(0, 0, 0, thickness, color ?? SKColors.Black));

    /// <summary>Fills the space behind the content.</summary>
    public static IContainer Background(this IContainer container, SKColor color) => Wrap(container, new BackgroundElement(color));

    /// <summary>Fills the space behind the content (hex colour).</summary>
    public static IContainer Background(this IContainer container, string hex) => container.Background(SKColor.Parse(hex));

    /// <summary>Content at its natural width, on the left.</summary>
    public static IContainer AlignLeft(this IContainer container) => Wrap(container, new AlignmentElement(HorizontalAlignment.Left));

    /// <summary>Content at its natural width, centred.</summary>
    public static IContainer AlignCenter(this IContainer container) => Wrap(container, new AlignmentElement(HorizontalAlignment.Center));

    /// <summary>Content at its natural width, on the right.</summary>
    public static IContainer AlignRight(this IContainer container) => Wrap(container, new AlignmentElement(HorizontalAlignment.Right));

    /// <summary>Exact width in points.</summary>
    public static IContainer Width(this IContainer container, float width) => Wrap(container, new ConstrainedElement { MinWidth = width, MaxWidth = width });

    /// <summary>At most this wide.</summary>
    public static IContainer MaxWidth(this IContainer container, float width) => Wrap(container, new ConstrainedElement { MaxWidth = width });

    /// <summary>Exact height in points.</summary>
    public static IContainer Height(this IContainer container, float height) => Wrap(container, new ConstrainedElement { MinHeight = height, MaxHeight = height });

    /// <summary>At least this tall.</summary>
    public static IContainer MinHeight(this IContainer container, float height) => Wrap(container, new ConstrainedElement { MinHeight = height });

    /// <summary>At most this tall.</summary>
    public static IContainer MaxHeight(this IContainer container, float height) => Wrap(container, new ConstrainedElement { MaxHeight = height });

    /// <summary>Content turned upside down (180°), e.g. the back of a folded name card.</summary>
    public static IContainer RotateHalfTurn(this IContainer container) => Wrap(container, new RotateHalfTurnElement());

    /// <summary>Shown on the first page it reaches only.</summary>
    public static IContainer ShowOnce(this IContainer container) => Wrap(container, new ShowOnceElement());

    /// <summary>Kept together on one page (moved whole to the next page rather than split).</summary>
    public static IContainer ShowEntire(this IContainer container) => Wrap(container, new ShowEntireElement());

    /// <summary>The text style content inside starts from.</summary>
    public static IContainer DefaultTextStyle(this IContainer container, Func<TextStyle, TextStyle> change) =>
        Wrap(container, new DefaultTextStyleElement(change));

    /// <summary>Marks where a section begins (for <see cref="TextDescriptor.PageNumberOfSection"/>) and makes it a link target.</summary>
    public static IContainer Section(this IContainer container, string name) => Wrap(container, new SectionElement(name));

    /// <summary>Clicking the content jumps to the section <paramref name="name"/>.</summary>
    public static IContainer SectionLink(this IContainer container, string name) => Wrap(container, new SectionLinkElement(name));

    /// <summary>Ends the page here.</summary>
    public static void PageBreak(this IContainer container) => Wrap(container, new PageBreakElement());

    /// <summary>A horizontal rule.</summary>
    public static void LineHorizontal(this IContainer container, float thickness, SKColor? color = null) =>
        Wrap(container, new LineElement(thickness, color ?? SKColors.Black));

    /// <summary>A PNG or JPEG at the available width.</summary>
    public static void Image(this IContainer container, byte[] data) => Wrap(container, new ImageElement(data));

    /// <summary>A QR code (vector) as a square of the available width.</summary>
    public static void QrCode(this IContainer container, string payload) => Wrap(container, new QrCodeElement(payload));

    /// <summary>Composes a reusable component here.</summary>
    public static void Component(this IContainer container, IComponent component) => component.Compose(container);

    /// <summary>Builds content with a lambda (helper methods of a document class).</summary>
    public static void Element(this IContainer container, Action<IContainer> build) => build(container);

    /// <summary>A paragraph of one span.</summary>
    public static TextDescriptor Text(this IContainer container, string text, Func<TextStyle, TextStyle>? style = null)
    {
        var descriptor = new TextDescriptor(Wrap(container, new TextElement()));
        descriptor.Span(text, style);
        return descriptor;
    }

    /// <summary>A paragraph of several spans.</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> build) =>
        build(new TextDescriptor(Wrap(container, new TextElement())));

    /// <summary>Items one below the other.</summary>
    public static void Column(this IContainer container, Action<ColumnDescriptor> build) =>
        build(new ColumnDescriptor(Wrap(container, new ColumnElement())));

    /// <summary>Items side by side.</summary>
    public static void Row(this IContainer container, Action<RowDescriptor> build) =>
        build(new RowDescriptor(Wrap(container, new RowElement())));

    /// <summary>A table with repeated header rows.</summary>
    public static void Table(this IContainer container, Action<TableDescriptor> build) =>
        build(new TableDescriptor(Wrap(container, new TableElement())));
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

/// <summary>Defines a table's columns, header and cells.</summary>
public sealed class TableDescriptor
{
    private readonly TableElement table;

    internal TableDescriptor(TableElement table) => this.table = table;

    /// <summary>Declares the columns.</summary>
    public void ColumnsDefinition(Action<TableColumnsDescriptor> define) => define(new TableColumnsDescriptor(table));

    /// <summary>Header cells, repeated at the top of every page the table spans.</summary>
    public void Header(Action<TableHeaderDescriptor> build) => build(new TableHeaderDescriptor(table));

    /// <summary>The next body cell (cells flow left to right, row by row).</summary>
    public ITableCellContainer Cell()
    {
        var cell = new TableCell();
        table.Cells.Add(cell);
        return new TableCellContainer(cell);
    }
}

/// <summary>Adds header cells.</summary>
public sealed class TableHeaderDescriptor
{
    private readonly TableElement table;

    internal TableHeaderDescriptor(TableElement table) => this.table = table;

    /// <summary>The next header cell.</summary>
    public ITableCellContainer Cell()
    {
        var cell = new TableCell();
        table.HeaderCells.Add(cell);
        return new TableCellContainer(cell);
    }
}

/// <summary>Declares table columns.</summary>
public sealed class TableColumnsDescriptor
{
    private readonly TableElement table;

    internal TableColumnsDescriptor(TableElement table) => this.table = table;

    /// <summary>A column of fixed width in points.</summary>
    public void ConstantColumn(float width) => table.Columns.Add(new TableColumn(RowItemKind.Constant, width));

    /// <summary>A column sharing the remaining width by weight.</summary>
    public void RelativeColumn(float weight = 1) => table.Columns.Add(new TableColumn(RowItemKind.Relative, weight));
}

/// <summary>A table cell: a container that can also span columns.</summary>
public interface ITableCellContainer : IContainer
{
    /// <summary>Makes the cell span several columns.</summary>
    IContainer ColumnSpan(int columns);
}

internal sealed class TableCellContainer(TableCell cell) : ITableCellContainer
{
    Element? IContainer.Element
    {
        get => ((IContainer)cell).Element;
        set => ((IContainer)cell).Element = value;
    }

    public IContainer ColumnSpan(int columns)
    {
        cell.ColumnSpan = columns < 1 ? throw new ArgumentOutOfRangeException(nameof(columns), "A cell spans at least one column.") : columns;
        return cell;
    }
}
