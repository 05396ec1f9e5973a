using System.Globalization;
using System.Text;
using DialogueOps.Pdf.Fonts;
using DialogueOps.Pdf.Rendering;
using HarfBuzzSharp;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace DialogueOps.Pdf.Elements;

internal enum SpanKind
{
    Text,
    PageNumber,
    TotalPages,

    /// <summary>The page a named section starts on; <see cref="TextSpanModel.Text"/> holds the name.</summary>
    SectionPage,
}

internal sealed record TextSpanModel(SpanKind Kind, string Text, Func<TextStyle, TextStyle>? Style);

/// <summary>
/// A paragraph: spans are split into runs by font (per-character fallback), each run shaped by HarfBuzz, lines
/// broken at allowed points, and each drawn run carries its original text so PDF readers extract it.
/// Breaks across pages between lines.
/// </summary>
internal sealed class TextElement : Element
{
    private int firstLine;
    private (float Width, int Page, int? Total, TextStyle Style, List<Line> Lines)? cache;

    private List<(LoadedFont Font, TextStyle Style)> numberRuns = [];

    public List<TextSpanModel> Spans { get; } = [];
    /// <summary>Applied over the ambient style (page or container default).</summary>
    public Func<TextStyle, TextStyle>? StyleChange { get; set; }
    public HorizontalAlignment Alignment { get; set; }

    private sealed record Glyph(ushort Id, int Cluster, float Advance, float OffsetX, float OffsetY);

    // Complex: Thai, Lao, Khmer or Myanmar; marks stack on bases, so extraction needs ActualText per run.
    private sealed record Run(int Start, int Length, LoadedFont Font, TextStyle Style, Glyph[] Glyphs, bool Complex);

    private sealed record Grapheme(int Start, int Length, int Run, float Width, bool Space, bool NewLine, bool BreakBefore);

    internal sealed record Fragment(LoadedFont Font, TextStyle Style, float X, float Width, string Text, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters);

    internal sealed record Line(float Width, float Height, float Baseline, List<Fragment> Fragments);

    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var lines = Layout(context, width);
        if (firstLine >= lines.Count)
        {
            return SpacePlan.Empty;
        }

        float used = 0, widest = 0;
        var count = 0;
        for (var i = firstLine; i < lines.Count; i++)
        {
            if (used + lines[i].Height > height + 0.01f)
            {
                break;
            }

            used += lines[i].Height;
            widest = Math.Max(widest, lines[i].Width);
            count++;
        }

        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        return firstLine + count == lines.Count ? SpacePlan.Full(Math.Min(widest, width), used) : SpacePlan.Partial(Math.Min(widest, width), used);
    }

    public override void Draw(RenderContext context, float width, float height)
    {
        var lines = Layout(context, width);
        foreach (var (font, style) in numberRuns)
        {
            // The first pass lays out with a placeholder page count: keep every digit in the font subset.
            var digits = Shape("0123456789", 0, 10, font, style);
            context.Usage.Add(font, digits.Glyphs.Select(g => g.Id).ToArray(), "0123456789");
        }

        float y = 0;
        while (firstLine < lines.Count && y + lines[firstLine].Height <= height + 0.01f)
        {
            var line = lines[firstLine];
            var x = Alignment switch
            {
                HorizontalAlignment.Center => (width - line.Width) / 2,
                HorizontalAlignment.Right => width - line.Width,
                _ => 0,
            };
            foreach (var fragment in line.Fragments)
            {
                DrawFragment(context, fragment, x, y + line.Baseline);
            }

            y += line.Height;
            firstLine++;
        }
    }

    private static void DrawFragment(RenderContext context, Fragment fragment, float x, float baseline)
    {
        if (fragment.Glyphs.Length == 0)
        {
            return;
        }

        context.Usage.Add(fragment.Font, fragment.Glyphs, fragment.Text);
        using var font = new SKFont(context.TypefaceFor(fragment.Font), fragment.Style.Size) { Subpixel = true, Hinting = SKFontHinting.None };
        var utf8 = Encoding.UTF8.GetBytes(fragment.Text);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, fragment.Glyphs.Length, utf8.Length);
        run.SetGlyphs(fragment.Glyphs);
        run.SetPositions(fragment.Positions.Select(p => new SKPoint(p.X + x + fragment.X, p.Y + baseline)).ToArray());
        run.SetText(utf8);
        run.SetClusters(fragment.Clusters);
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = fragment.Style.Color.ToSkia(), IsAntialias = true };
        if (blob is not null)
        {
            context.Canvas.DrawText(blob, 0, 0, paint);
        }

        if (fragment.Style.Underline)
        {
            var thickness = Math.Max(0.5f, fragment.Style.Size / 16);
            context.Canvas.DrawRect(x + fragment.X, baseline + fragment.Style.Size * 0.12f, fragment.Width, thickness, paint);
        }
    }

    public override void Reset() => firstLine = 0;

    public override string Describe()
    {
        var text = string.Concat(Spans.Select(s => s.Text));
        return $"Text \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }

    private List<Line> Layout(RenderContext context, float width)
    {
        if (cache is { } c && Math.Abs(c.Width - width) < 0.01f && c.Page == context.PageNumber && c.Total == context.TotalPages && c.Style == context.DefaultTextStyle)
        {
            return c.Lines;
        }

        var lines = BuildLines(context, width);
        cache = (width, context.PageNumber, context.TotalPages, context.DefaultTextStyle, lines);
        return lines;
    }

    private List<Line> BuildLines(RenderContext context, float width)
    {
        var baseStyle = StyleChange?.Invoke(context.DefaultTextStyle) ?? context.DefaultTextStyle;
        var text = new StringBuilder();
        var styled = new List<(int Start, int Length, TextStyle Style)>();
        foreach (var span in Spans)
        {
            var value = span.Kind switch
            {
                SpanKind.PageNumber => context.PageNumber.ToString(CultureInfo.InvariantCulture),
                SpanKind.TotalPages => context.TotalPages?.ToString(CultureInfo.InvariantCulture) ?? "999",
                SpanKind.SectionPage => context.KnownSectionPages?.TryGetValue(span.Text, out var page) == true ? page.ToString(CultureInfo.InvariantCulture) : "999",
                _ => span.Text,
            };
            value = value.Replace("\r\n", "\n", StringComparison.Ordinal);
            styled.Add((text.Length, value.Length, span.Style?.Invoke(baseStyle) ?? baseStyle));
            text.Append(value);
        }

        var all = text.ToString();
        var runs = Itemize(context.Fonts, all, styled);
        numberRuns = Spans.Select((span, index) => (span, index)).Where(x => x.span.Kind != SpanKind.Text)
            .Select(x => styled[x.index].Style).Distinct()
            .Select(style => (context.Fonts.Resolve('0', style.Bold, style.Italic), style)).ToList();
        var graphemes = Measure(all, runs);
        return BreakLines(context.Fonts, all, runs, graphemes, width);
    }

    private static List<Run> Itemize(FontLibrary fonts, string all, List<(int Start, int Length, TextStyle Style)> styled)
    {
        var runs = new List<Run>();
        foreach (var (start, length, style) in styled)
        {
            if (length == 0)
            {
                continue;
            }

            var segment = all.Substring(start, length);
            LoadedFont? current = null;
            var runStart = start;
            foreach (var (offset, size) in LineBreaking.Graphemes(segment))
            {
                var first = char.ConvertToUtf32(segment, offset);
                // Spaces and line ends stay with the run around them; everything else takes the first font that has it.
                var font = first is ' ' or '\n' or '\t' or '\u00A0' && current is not null
                    ? current
                    : first is '\n' ? fonts.Primary(style.Bold, style.Italic) : fonts.Resolve(first, style.Bold, style.Italic);
                if (current is not null && font != current)
                {
                    runs.Add(Shape(all, runStart, start + offset - runStart, current, style));
                    runStart = start + offset;
                }

                current = font;
            }

            runs.Add(Shape(all, runStart, start + length - runStart, current!, style));
        }

        return runs;
    }

    private static readonly Feature[] NoLigatures = [Feature.Parse("liga=0"), Feature.Parse("clig=0")];

    private static Run Shape(string all, int start, int length, LoadedFont font, TextStyle style)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(all, start, length);
        buffer.GuessSegmentProperties();
        var complex = buffer.Script == Script.Thai || buffer.Script == Script.Lao || buffer.Script == Script.Khmer || buffer.Script == Script.Myanmar;
        // Latin ligatures (fi, fl) map to one glyph whose Unicode is U+FB01: readers that ignore ActualText would
        // extract "ﬁrst". Searchable, copyable text matters more here than the ligature.
        if (buffer.Script == Script.Latin)
        {
            font.Shaper.Shape(buffer, NoLigatures);
        }
        else
        {
            font.Shaper.Shape(buffer);
        }

        var scale = style.Size / font.UnitsPerEm;
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new Glyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = new Glyph((ushort)infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance * scale,
                positions[i].XOffset * scale, positions[i].YOffset * scale);
        }

        return new Run(start, length, font, style, glyphs, complex);
    }

    private static List<Grapheme> Measure(string all, List<Run> runs)
    {
        var result = new List<Grapheme>();
        string? previous = null;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var segment = all.Substring(run.Start, run.Length);
            var bounds = LineBreaking.Graphemes(segment).ToList();
            var widths = new float[bounds.Count];
            var index = 0;
            foreach (var glyph in run.Glyphs)
            {
                var local = glyph.Cluster - run.Start;
                while (index + 1 < bounds.Count && bounds[index + 1].Start <= local)
                {
                    index++;
                }

                while (index > 0 && bounds[index].Start > local)
                {
                    index--;
                }

                widths[index] += glyph.Advance;
            }

            for (var g = 0; g < bounds.Count; g++)
            {
                var value = segment.Substring(bounds[g].Start, bounds[g].Length);
                var newLine = value == "\n";
                result.Add(new Grapheme(run.Start + bounds[g].Start, bounds[g].Length, r, newLine ? 0 : widths[g],
                    LineBreaking.IsSpace(value), newLine, previous is not null && LineBreaking.CanBreakBetween(previous, value)));
                previous = value;
            }
        }

        return result;
    }

    private static List<Line> BreakLines(FontLibrary fonts, string all, List<Run> runs, List<Grapheme> graphemes, float width)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < graphemes.Count)
        {
            float used = 0;
            var lastBreak = -1;
            var end = start;
            var forced = false;
            while (end < graphemes.Count)
            {
                var g = graphemes[end];
                if (g.NewLine)
                {
                    forced = true;
                    break;
                }

                if (end > start && g.BreakBefore)
                {
                    lastBreak = end;
                }

                if (used + g.Width > width + 0.01f && !g.Space && end > start)
                {
                    break;
                }

                used += g.Width;
                end++;
            }

            if (end < graphemes.Count && !forced)
            {
                // Too long: break at the last allowed point, else (a long unspaced run) at this cluster boundary.
                if (lastBreak > start)
                {
                    end = lastBreak;
                }
            }

            lines.Add(MakeLine(fonts, all, runs, graphemes, start, end));
            start = forced ? end + 1 : end;
            if (forced && start == graphemes.Count)
            {
                lines.Add(MakeLine(fonts, all, runs, graphemes, start, start));
            }

            while (!forced && start < graphemes.Count && graphemes[start].Space)
            {
                start++;
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(MakeLine(fonts, all, runs, graphemes, 0, 0));
        }

        return lines;
    }

    private static Line MakeLine(FontLibrary fonts, string all, List<Run> runs, List<Grapheme> graphemes, int from, int to)
    {
        // Trailing spaces take no width.
        var visibleEnd = to;
        while (visibleEnd > from && graphemes[visibleEnd - 1].Space)
        {
            visibleEnd--;
        }

        var fragments = new List<Fragment>();
        float x = 0, size = 0, lineHeight = 0;
        var i = from;
        while (i < visibleEnd)
        {
            var runIndex = graphemes[i].Run;
            var j = i;
            while (j < visibleEnd && graphemes[j].Run == runIndex)
            {
                j++;
            }

            var run = runs[runIndex];
            var sliceStart = graphemes[i].Start;
            var sliceEnd = graphemes[j - 1].Start + graphemes[j - 1].Length;
            var text = all[sliceStart..sliceEnd];
            var glyphs = run.Glyphs.Where(g => g.Cluster >= sliceStart && g.Cluster < sliceEnd).ToList();
            var positions = new SKPoint[glyphs.Count];
            var clusters = new uint[glyphs.Count];
            float pen = 0;
            for (var k = 0; k < glyphs.Count; k++)
            {
                positions[k] = new SKPoint(pen + glyphs[k].OffsetX, -glyphs[k].OffsetY);
                // One cluster for a complex-script fragment makes Skia wrap it in a single ActualText, so
                // pdftotext returns the typed string instead of marks split from their bases.
                clusters[k] = run.Complex ? 0 : (uint)Encoding.UTF8.GetByteCount(all.AsSpan(sliceStart, glyphs[k].Cluster - sliceStart));
                pen += glyphs[k].Advance;
            }

            fragments.Add(new Fragment(run.Font, run.Style, x, pen, text, glyphs.Select(g => g.Id).ToArray(), positions, clusters));
            x += pen;
            size = Math.Max(size, run.Style.Size);
            lineHeight = Math.Max(lineHeight, run.Style.Size * run.Style.LineHeight);
            i = j;
        }

        if (size == 0)
        {
            var style = from < graphemes.Count ? runs[graphemes[from].Run].Style : runs.Count > 0 ? runs[^1].Style : TextStyle.Default;
            size = style.Size;
            lineHeight = style.Size * style.LineHeight;
        }

        var primary = fonts.Primary(false, false);
        var ascent = primary.Ascent * size;
        var descent = primary.Descent * size;
        var baseline = (lineHeight - (ascent + descent)) / 2 + ascent;
        return new Line(x, lineHeight, baseline, fragments);
    }
}
