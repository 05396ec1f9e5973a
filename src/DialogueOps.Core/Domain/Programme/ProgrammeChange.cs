namespace DialogueOps.Domain.Programme;

/// <summary>
/// One line of the public changelog: what moved after the programme was published, in both languages,
/// so a delegate holding an earlier printout sees it ("Roundtable 2 moved to Room B, 14:00 → 15:00").
/// </summary>
public class ProgrammeChange
{
    private ProgrammeChange()
    {
    }

    public ProgrammeChange(int eventId, int? sessionId, DateTime atUtc, string text, string localText)
    {
        EventId = eventId;
        SessionId = sessionId;
        At = atUtc;
        Text = text;
        LocalText = localText;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }

    /// <summary>No foreign key: the line stays when the session is deleted.</summary>
    public int? SessionId { get; private set; }

    public DateTime At { get; private set; }
    public string Text { get; private set; } = "";
    public string LocalText { get; private set; } = "";
}
