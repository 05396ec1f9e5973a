using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Events;

public class Room
{
    private Room()
    {
    }

    public Room(int eventId, string name, string? localName, int capacity, int interpretationBooths)
    {
        EventId = eventId;
        Update(name, localName, capacity, interpretationBooths);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string Name { get; private set; } = "";
    public string? LocalName { get; private set; }
    public int Capacity { get; private set; }
    public int InterpretationBooths { get; private set; }

    public void Update(string name, string? localName, int capacity, int interpretationBooths)
    {
        Validate(name, capacity, interpretationBooths).ThrowIfAny();
        Name = name.Trim();
        LocalName = string.IsNullOrWhiteSpace(localName) ? null : localName.Trim();
        Capacity = capacity;
        InterpretationBooths = interpretationBooths;
    }

    public static RuleErrors Validate(string? name, int capacity, int interpretationBooths) => new RuleErrors()
        .When(string.IsNullOrWhiteSpace(name), nameof(Name), "The room's name is required.")
        .When(name?.Length > 100, nameof(Name), "The room's name is too long.")
        .When(capacity is < 1 or > 10_000, nameof(Capacity), "Capacity must be between 1 and 10,000.")
        .When(interpretationBooths is < 0 or > 20, nameof(InterpretationBooths), "Interpretation booths must be between 0 and 20.");
}
