using DialogueOps.Pdf.Elements;
using DialogueOps.Pdf.Fonts;
using DialogueOps.Pdf.Rendering;
using SkiaSharp;

namespace DialogueOps.Pdf;

/// <summary>A document: its metadata and how its pages are composed. Implement one class per kind of document.</summary>
public interface IDocument
{
    /// <summary>Title, author, subject and dates written into the PDF.</summary>
    DocumentMetadata GetMetadata();

    /// <summary>Declares the document's page sets.</summary>
    void Compose(IDocumentContainer container);
}

/// <summary>Receives the page sets of a document.</summary>
public interface IDocumentContainer
{
    /// <summary>Adds a set of pages sharing size, margins, header and footer; content flows across as many pages as it needs.</summary>
    IDocumentContainer Page(Action<PageDescriptor> page);
}

/// <summary>The PDF's information dictionary.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Document title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Author (person or organization).</summary>
    public string Author { get; init; } = "";

    /// <summary>Subject line.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Keywords.</summary>
    public string Keywords { get; init; } = "";

    /// <summary>Creation date; null means now. Fix it to get byte-identical output.</summary>
    public DateTime? CreationDate { get; init; }

    /// <summary>Font library; null means <see cref="FontLibrary.Default"/>.</summary>
    public FontLibrary? Fonts { get; init; }
}

/// <summary>Produces PDFs from documents.</summary>
public static class DocumentExtensions
{
    /// <summary>Lays out the document twice (the second pass knows the page count), subsets the fonts, and writes the PDF.</summary>
    public static void GeneratePdf(this IDocument document, Stream output) => DocumentRenderer.Render(document, output);

    /// <summary>The PDF as bytes.</summary>
    public static byte[] GeneratePdf(this IDocument document)
    {
        using var stream = new MemoryStream();
        DocumentRenderer.Render(document, stream);
        return stream.ToArray();
    }
}

/// <summary>Raised when content cannot be placed: an element larger than an empty page that cannot be split.</summary>
public sealed class LayoutException(string message) : Exception(message);

internal sealed class DocumentContainer : IDocumentContainer
{
    public List<PageDescriptor> Pages { get; } = [];

    public IDocumentContainer Page(Action<PageDescriptor> page)
    {
        var descriptor = new PageDescriptor();
        page(descriptor);
        Pages.Add(descriptor);
        return this;
    }
}

/// <summary>Page size in points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    /// <summary>Turns the page on its side.</summary>
    public PageSize Landscape() => Width >= Height ? this : new PageSize(Height, Width);

    /// <summary>Upright orientation.</summary>
    public PageSize Portrait() => Width <= Height ? this : new PageSize(Height, Width);
}

/// <summary>Common page sizes.</summary>
public static class PageSizes
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new(595.28f, 841.89f);

    /// <summary>ISO A5, 148 × 210 mm.</summary>
    public static PageSize A5 { get; } = new(419.53f, 595.28f);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static PageSize Letter { get; } = new(612, 792);
}

/// <summary>Size, margins and the four layers of a page set: background, header, content, footer.</summary>
public sealed class PageDescriptor
{
    internal PageSize PageSize { get; private set; } = PageSizes.A4;
    internal (float Left, float Top, float Right, float Bottom) Margins { get; private set; } = (36, 36, 36, 36);
    internal Slot HeaderSlot { get; } = new();
    internal Slot ContentSlot { get; } = new();
    internal Slot FooterSlot { get; } = new();
    internal Slot BackgroundSlot { get; } = new();
    internal TextStyle TextStyle { get; private set; } = TextStyle.Default;

    /// <summary>Sets the page size (<see cref="PageSizes"/>, or custom points).</summary>
    public PageDescriptor Size(PageSize size)
    {
        PageSize = size;
        return this;
    }

    /// <summary>Sets a custom page size in points.</summary>
    public PageDescriptor Size(float width, float height) => Size(new PageSize(width, height));

    /// <summary>The same margin on all four sides, in points.</summary>
    public PageDescriptor Margin(float all) => Margin(all, all, all, all);

    /// <summary>Margins in points.</summary>
    public PageDescriptor Margin(float left, float top, float right, float bottom)
    {
        Margins = (left, top, right, bottom);
        return this;
    }

    /// <summary>The default text style of the page set.</summary>
    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> change)
    {
        TextStyle = change(TextStyle);
        return this;
    }

    /// <summary>Drawn on every page above the content.</summary>
    public IContainer Header() => HeaderSlot;

    /// <summary>The flowing content.</summary>
    public IContainer Content() => ContentSlot;

    /// <summary>Drawn on every page below the content.</summary>
    public IContainer Footer() => FooterSlot;

    /// <summary>Drawn behind everything, over the whole page (margins included).</summary>
    public IContainer Background() => BackgroundSlot;
}

/// <summary>A few named colours (Material palette names, as in QuestPDF).</summary>
public static class Colors
{
    /// <summary>Black.</summary>
    public static readonly Color Black = "#000000";

    /// <summary>White.</summary>
    public static readonly Color White = "#ffffff";

    /// <summary>Light grey for rules and table lines.</summary>
    public static readonly Color Grey300 = "#e0e0e0";

    /// <summary>Mid grey for secondary text.</summary>
    public static readonly Color Grey600 = "#757575";

    /// <summary>Very light grey for zebra rows and header fills.</summary>
    public static readonly Color Grey100 = "#f5f5f5";
}
