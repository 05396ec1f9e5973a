using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

/// <summary>
/// A place in the layout that holds exactly one element. Fluent extension methods (in the Fluent folder, one class per kind of element)
/// either wrap it (<c>Padding</c>, <c>Border</c> …) and return the inner container, or fill it (<c>Text</c>, <c>Column</c> …).
/// </summary>
public interface IContainer
{
    internal Element? Element { get; set; }
}

/// <summary>A reusable piece of a document (letterhead, signature block) composed into any container.</summary>
public interface IComponent
{
    /// <summary>Builds the component's content into <paramref name="container"/>.</summary>
    void Compose(IContainer container);
}
