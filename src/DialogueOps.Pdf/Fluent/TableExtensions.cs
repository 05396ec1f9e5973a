using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Tables with repeated headers.</summary>
public static class TableExtensions
{
    /// <summary>A table with repeated header rows.</summary>
    public static void Table(this IContainer container, Action<TableDescriptor> build) =>
        build(new TableDescriptor(container.Wrap( new TableElement())));
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
