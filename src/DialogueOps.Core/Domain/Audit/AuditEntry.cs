namespace DialogueOps.Domain.Audit;

/// <summary>Who did what to which record. No foreign keys: the trail outlives the records it names.</summary>
public class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(string? userId, DateTime atUtc, string action, string entityType, string entityId)
    {
        UserId = userId;
        At = atUtc;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
    }

    public long Id { get; private set; }
    public string? UserId { get; private set; }
    public DateTime At { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
}
