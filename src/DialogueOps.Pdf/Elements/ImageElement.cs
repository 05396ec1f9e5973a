using DialogueOps.Pdf.Rendering;
using QRCoder;
using SkiaSharp;

namespace DialogueOps.Pdf.Elements;

/// <summary>A PNG or JPEG scaled to the available width, keeping its aspect ratio. It cannot be split.</summary>
internal sealed class ImageElement : Element
{
    private readonly SKImage image;

    public ImageElement(byte[] data)
    {
        image = SKImage.FromEncodedData(data) ?? throw new ArgumentException("The image is neither a PNG nor a JPEG that can be decoded.", nameof(data));
    }

    private float HeightFor(float width) => width * image.Height / image.Width;

    public override SpacePlan Measure(RenderContext context, float width, float height)
    {
        var needed = HeightFor(width);
        return needed > height + 0.01f ? SpacePlan.Wrap : SpacePlan.Full(width, needed);
    }

    public override void Draw(RenderContext context, float width, float height)
    {
        using var paint = new SKPaint();
        context.Canvas.DrawImage(image, SKRect.Create(0, 0, width, HeightFor(width)), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    public override string Describe() => $"Image ({image.Width}×{image.Height} px)";
}

/// <summary>A QR code drawn as vector rectangles (sharp at any size), as a square of the available width.</summary>
internal sealed class QrCodeElement : Element
{
    private readonly bool[,] modules;
    private readonly string payload;

    public QrCodeElement(string payload)
    {
        this.payload = payload;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[x, y] = data.ModuleMatrix[y][x];
            }
        }
    }

    public override SpacePlan Measure(RenderContext context, float width, float height) =>
        width > height + 0.01f ? SpacePlan.Wrap : SpacePlan.Full(width, width);

    public override void Draw(RenderContext context, float width, float height)
    {
        var count = modules.GetLength(0);
        var module = width / count;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var y = 0; y < count; y++)
        {
            var x = 0;
            while (x < count)
            {
                if (!modules[x, y])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < count && modules[x, y])
                {
                    x++;
                }

                context.Canvas.DrawRect(SKRect.Create(start * module, y * module, (x - start) * module, module), paint);
            }
        }
    }

    public override string Describe() => $"QR code ({payload.Length} characters)";
}
