using DialogueOps.Pdf.Elements;

namespace DialogueOps.Pdf;

internal static class ContainerWrapping
{
    /// <summary>Puts <paramref name="element"/> into the container; a container holds one element, so a second is a mistake in the document.</summary>
    internal static T Wrap<T>(this IContainer container, T element)
        where T : Element
    {
        if (container.Element is not null and not EmptyElement)
        {
            throw new InvalidOperationException($"This container already holds {container.Element.Describe()}; a container holds one element.");
        }

        container.Element = element;
        return element;
    }
}
