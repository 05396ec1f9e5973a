using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Builds a paragraph of spans: <c>text.Span("Page ").CurrentPageNumber().Span(" of ").TotalPages()</c>.</summary>
public sealed class TextDescriptor
{
    internal TextDescriptor(TextElement element) => Element = element;

    internal TextElement Element { get; }

    /// <summary>The style spans start from.</summary>
    public TextDescriptor DefaultStyle(Func<TextStyle, TextStyle> change)
    {
        var previous = Element.StyleChange;
        Element.StyleChange = previous is null ? change : style => change(previous(style));
        return this;
    }

    /// <summary>Adds text; <paramref name="style"/> changes the paragraph's default style for this span only.</summary>
    public TextDescriptor Span(string text, Func<TextStyle, TextStyle>? style = null)
    {
        Element.Spans.Add(new TextSpanModel(SpanKind.Text, text ?? "", style));
        return this;
    }

    /// <summary>The number of the page being drawn.</summary>
    public TextDescriptor CurrentPageNumber(Func<TextStyle, TextStyle>? style = null)
    {
        Element.Spans.Add(new TextSpanModel(SpanKind.PageNumber, "", style));
        return this;
    }

    /// <summary>The number of pages in the document (known in the second pass).</summary>
    public TextDescriptor TotalPages(Func<TextStyle, TextStyle>? style = null)
    {
        Element.Spans.Add(new TextSpanModel(SpanKind.TotalPages, "", style));
        return this;
    }

    /// <summary>The page on which <see cref="FlowExtensions.Section"/> <paramref name="name"/> begins, for a table of contents.</summary>
    public TextDescriptor PageNumberOfSection(string name, Func<TextStyle, TextStyle>? style = null)
    {
        Element.Spans.Add(new TextSpanModel(SpanKind.SectionPage, name, style));
        return this;
    }

    /// <summary>Centres every line.</summary>
    public TextDescriptor AlignCenter()
    {
        Element.Alignment = HorizontalAlignment.Center;
        return this;
    }

    /// <summary>Aligns every line to the right.</summary>
    public TextDescriptor AlignRight()
    {
        Element.Alignment = HorizontalAlignment.Right;
        return this;
    }

    /// <summary>Aligns every line to the left (default).</summary>
    public TextDescriptor AlignLeft()
    {
        Element.Alignment = HorizontalAlignment.Left;
        return this;
    }
}
