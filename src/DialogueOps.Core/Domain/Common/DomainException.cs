namespace DialogueOps.Domain.Common;

/// <summary>
/// A rule of the domain was broken. The message is an English sentence that doubles as the
/// localization key, so pages can show it translated; <see cref="Field"/> names the input it concerns.
/// </summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
