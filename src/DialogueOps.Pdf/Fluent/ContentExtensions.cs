using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>Text, images and QR codes.</summary>
public static class ContentExtensions
{
    /// <summary>A PNG or JPEG at the available width.</summary>
    public static void Image(this IContainer container, byte[] data) => container.Wrap( new ImageElement(data));

    /// <summary>A QR code (vector) as a square of the available width.</summary>
    public static void QrCode(this IContainer container, string payload) => container.Wrap( new QrCodeElement(payload));

    /// <summary>A paragraph of one span.</summary>
    public static TextDescriptor Text(this IContainer container, string text, Func<TextStyle, TextStyle>? style = null)
    {
        var descriptor = new TextDescriptor(container.Wrap( new TextElement()));
        descriptor.Span(text, style);
        return descriptor;
    }

    /// <summary>A paragraph of several spans.</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> build) =>
        build(new TextDescriptor(container.Wrap( new TextElement())));
}
