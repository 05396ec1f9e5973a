using DialogueOps.Pdf.Elements;
using DialogueOps.Pdf.Fonts;
using SkiaSharp;

namespace DialogueOps.Pdf.Rendering;

/// <summary>
/// Two passes over a freshly composed tree each: the first lays out without drawing, to learn the page count
/// and the glyphs each font needs; the fonts are then subset; the second draws into the PDF with "Page X of Y"
/// resolved. Every call has its own state, so documents can be generated on many threads at once.
/// </summary>
internal static class DocumentRenderer
{
    private const int MaxPagesPerPageSet = 5000;

    public static void Render(IDocument document, Stream output)
    {
        var metadata = document.GetMetadata();
        var fonts = metadata.Fonts ?? FontLibrary.Default;

        var usage = new GlyphUsage();
        var (pages, sections) = Layout(document, fonts, usage, font => font.Typeface, totalPages: null, knownSections: null, pdf: null);

        var subsets = usage.Fonts.ToDictionary(font => font, font =>
        {
            var (glyphs, codepoints) = usage.For(font);
            var data = FontSubsetter.Subset(font, glyphs, codepoints);
            return SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException($"The subset of {font} could not be loaded.");
        });

        try
        {
            SKTypeface SubsetOf(LoadedFont font) =>
                subsets.TryGetValue(font, out var subset) ? subset : throw new InvalidOperationException($"{font} was not used in the layout pass.");

            for (var attempt = 0; attempt < 3; attempt++)
            {
                using var buffer = new MemoryStream();
                int drawn;
                Dictionary<string, int> drawnSections;
                using (var pdf = SKDocument.CreatePdf(buffer, PdfMetadata(metadata)))
                {
                    (drawn, drawnSections) = Layout(document, fonts, new GlyphUsage(), SubsetOf, pages, sections, pdf);
                    pdf.Close();
                }

                if (drawn == pages && drawnSections.Count == sections.Count && drawnSections.All(s => sections.GetValueOrDefault(s.Key) == s.Value))
                {
                    buffer.Position = 0;
                    buffer.CopyTo(output);
                    return;
                }

                // The real numbers changed the layout (a wider "Page 10 of 10", a longer contents): lay out again with them.
                pages = drawn;
                sections = drawnSections;
            }

            throw new LayoutException("The page count did not settle after three layouts.");
        }
        finally
        {
            foreach (var subset in subsets.Values)
            {
                subset.Dispose();
            }
        }
    }

    private static SKDocumentPdfMetadata PdfMetadata(DocumentMetadata metadata)
    {
        var created = metadata.CreationDate ?? DateTime.UtcNow;
        return new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Keywords = metadata.Keywords,
            Creator = "DialogueOps",
            Producer = "DialogueOps.Pdf on Skia",
            Creation = created,
            Modified = created,
            RasterDpi = 150,
        };
    }

    /// <summary>Lays out (and draws when <paramref name="pdf"/> is set) every page; returns the page count and where sections begin.</summary>
    private static (int Pages, Dictionary<string, int> Sections) Layout(IDocument document, FontLibrary fonts, GlyphUsage usage, Func<LoadedFont, SKTypeface> typefaceFor,
        int? totalPages, IReadOnlyDictionary<string, int>? knownSections, SKDocument? pdf)
    {
        var container = new DocumentContainer();
        document.Compose(container);
        using var measuring = new SKNoDrawCanvas(1, 1);
        var context = new RenderContext(measuring, fonts, usage, typefaceFor) { TotalPages = totalPages, KnownSectionPages = knownSections };
        var pageNumber = 0;

        foreach (var set in container.Pages)
        {
            var (width, height) = (set.PageSize.Width, set.PageSize.Height);
            var (left, top, right, bottom) = set.Margins;
            var contentWidth = width - left - right;
            var pagesInSet = 0;
            var emptyPartials = 0;
            while (true)
            {
                pageNumber++;
                pagesInSet++;
                if (pagesInSet > MaxPagesPerPageSet)
                {
                    throw new LayoutException($"More than {MaxPagesPerPageSet} pages: {set.ContentSlot.Describe()} does not seem to end.");
                }

                var canvas = pdf?.BeginPage(width, height) ?? measuring;
                context.Canvas = canvas;
                context.PageNumber = pageNumber;
                context.DefaultTextStyle = set.TextStyle;

                set.BackgroundSlot.Reset();
                set.HeaderSlot.Reset();
                set.FooterSlot.Reset();
                var header = Fixed(context, set.HeaderSlot, contentWidth, height - top - bottom, "header");
                var footer = Fixed(context, set.FooterSlot, contentWidth, height - top - bottom - header, "footer");
                var contentHeight = height - top - bottom - header - footer;
                var plan = set.ContentSlot.Measure(context, contentWidth, contentHeight);
                if (plan.Kind == SpaceKind.Wrap)
                {
                    throw new LayoutException(
                        $"{set.ContentSlot.Describe()} does not fit on an empty page ({contentWidth:0.#} × {contentHeight:0.#} pt available) and cannot be split.");
                }

                emptyPartials = plan is { Kind: SpaceKind.Partial, Height: 0 } ? emptyPartials + 1 : 0;
                if (emptyPartials > 3)
                {
                    throw new LayoutException($"{set.ContentSlot.Describe()} makes no progress from page to page.");
                }

                if (set.BackgroundSlot.Measure(context, width, height).Kind != SpaceKind.Wrap)
                {
                    set.BackgroundSlot.Draw(context, width, height);
                }

                context.Translated(left, top, () => set.HeaderSlot.Draw(context, contentWidth, header));
                context.Translated(left, top + header, () => set.ContentSlot.Draw(context, contentWidth, contentHeight));
                context.Translated(left, height - bottom - footer, () => set.FooterSlot.Draw(context, contentWidth, footer));
                if (pdf is not null)
                {
                    pdf.EndPage();
                }

                if (plan.Kind == SpaceKind.Full)
                {
                    break;
                }
            }
        }

        return (pageNumber, context.SectionPages);
    }

    private static float Fixed(RenderContext context, Slot slot, float width, float height, string name)
    {
        var plan = slot.Measure(context, width, height);
        if (plan.Kind != SpaceKind.Full)
        {
            throw new LayoutException($"The {name} ({slot.Describe()}) is taller than the page.");
        }

        return plan.Height;
    }
}
