using DialogueOps.Pdf.Rendering;

namespace DialogueOps.Pdf.Elements;

internal sealed record TableColumn(RowItemKind Kind, float Size)
{
    public const RowItemKind ConstantKind = RowItemKind.Constant;
}

internal sealed class TableCell : ContainerElement
{
    public int ColumnSpan { get; set; } = 1;
}

/// <summary>
/// Columns defined once; cells flow left to right into rows (a cell may span columns). Header rows are repeated at
/// the top of every page the table reaches; the body breaks between rows, and inside a row taller than a page.
/// </summary>
internal sealed class TableElement : Element
{
    private List<RowElement>? headerRows;
    private List<RowElement>? bodyRows;
    private int currentRow;

    public List<TableColumn> Columns { get; } = [];
    public List<TableCell> HeaderCells { get; } = [];
    public List<TableCell> Cells { get; } = [];

    private List<RowElement> Build(List<TableCell> cells)
    {
        var rows = new List<RowElement>();
        RowElement? row = null;
        var used = 0;
        foreach (var cell in cells)
        {
            var span = Math.Clamp(cell.ColumnSpan, 1, Columns.Count);
            if (row is null || used + span > Columns.Count)
            {
                row = new RowElement();
                rows.Add(row);
                used = 0;
            }

            // A spanning cell is one relative item whose width is the sum of its columns (resolved at draw time).
            var item = new RowItem(RowItemKind.Relative, 1) { Child = cell };
            row.Items.Add(item);
            cellColumns[item] = (used, span);
            used += span;
        }

        return rows;
    }

    private readonly Dictionary<RowItem, (int First, int Span)> cellColumns = [];

    private void EnsureRows()
    {
        if (bodyRows is null)
        {
            if (Columns.Count == 0)
            {
                throw new InvalidOperationException("A table needs at least one column definition.");
            }

            headerRows = Build(HeaderCells);
            bodyRows = Build(Cells);
        }
    }

    private float[] ColumnWidths(float width)
    {
        var widths = new float[Columns.Count];
        var left = width - Columns.Where(c => c.Kind == TableColumn.ConstantKind).Sum(c => c.Size);
        var weights = Columns.Where(c => c.Kind != TableColumn.ConstantKind).Sum(c => c.Size);
        for (var i = 0; i < Columns.Count; i++)
        {
            widths[i] = Columns[i].Kind == TableColumn.ConstantKind ? Columns[i].Size : Math.Max(0, left) * Columns[i].Size / weights;
        }

        return widths;
    }

    private SpacePlan MeasureRow(RenderContext context, RowElement row, float[] columnWidths, float height, out float[] cellWidths)
    {
        cellWidths = row.Items.Select(item =>
        {
            var (first, span) = cellColumns[item];
            return columnWidths.Skip(first).Take(span).Sum();
        }).ToArray();
        float tallest = 0;
        var partial = false;
        for (var i = 0; i < row.Items.Count; i++)
        {
            if (row.Items[i].Done)
            {
                continue;
            }

            var plan = row.Items[i].Measure(context, cellWidths[i], height);
            if (plan.Kind == SpaceKind.Wrap)
            {
                return SpacePlan.Wrap;
            }

            partial |= plan.Kind == SpaceKind.Partial;
            tallest = Math.Max(tallest, plan.Height);
        }

        return partial ? SpacePlan.Partial(cellWidths.Sum(), tallest) : SpacePlan.Full(cellWidths.Sum(), tallest);
    }

    /// <summary>Cells of one row all stretch to the row's height, so borders and backgrounds line up.</summary>
    private void DrawRow(RenderContext context, RowElement row, float[] cellWidths, float rowHeight)
    {
        float x = 0;
        for (var i = 0; i < row.Items.Count; i++)
        {
            var item = row.Items[i];
            var w = cellWidths[i];
            var plan = item.Done ? SpacePlan.Empty : item.Measure(context, w, rowHeight);
            context.Translated(x, 0, () => item.Draw(context, w, rowHeight));
            item.Done = item.Done || plan.Kind == SpaceKind.Full;
            x += w;
        }
    }

    public override SpacePlan Measure(RenderContext context, float width, float height) => Plan(context, width, height, draw: false);

    public override void Draw(RenderContext context, float width, float height) => Plan(context, width, height, draw: true);

    private SpacePlan Plan(RenderContext context, float width, float height, bool draw)
    {
        EnsureRows();
        var columns = ColumnWidths(width);
        float y = 0;

        foreach (var header in headerRows!)
        {
            foreach (var item in header.Items)
            {
                item.Reset();
            }

            var plan = MeasureRow(context, header, columns, height - y, out var widths);
            if (plan.Kind != SpaceKind.Full)
            {
                return SpacePlan.Wrap;
            }

            if (draw)
            {
                var top = y;
                context.Translated(0, top, () => DrawRow(context, header, widths, plan.Height));
            }

            y += plan.Height;
        }

        var index = currentRow;
        var drewBody = false;
        while (index < bodyRows!.Count)
        {
            var row = bodyRows[index];
            var plan = MeasureRow(context, row, columns, height - y, out var widths);
            // A row is split only when it is taller than what a fresh page offers; otherwise it moves whole.
            if (plan.Kind == SpaceKind.Wrap || (plan.Kind == SpaceKind.Partial && drewBody))
            {
                break;
            }

            if (draw)
            {
                var top = y;
                context.Translated(0, top, () => DrawRow(context, row, widths, plan.Height));
            }

            y += plan.Height;
            drewBody = true;
            if (plan.Kind == SpaceKind.Partial)
            {
                break;
            }

            index++;
        }

        if (draw)
        {
            currentRow = index;
        }

        if (!drewBody && index < bodyRows.Count)
        {
            return SpacePlan.Wrap;
        }

        return index >= bodyRows.Count ? SpacePlan.Full(width, y) : SpacePlan.Partial(width, y);
    }

    public override void Reset()
    {
        currentRow = 0;
        foreach (var row in (headerRows ?? []).Concat(bodyRows ?? []))
        {
            row.Reset();
        }
    }

    public override string Describe() => $"Table(row {currentRow + 1} of {bodyRows?.Count ?? Cells.Count})";
}
