namespace DialogueOps.Domain.Identity;

/// <summary>Global roles. What a person may do at one event comes from <see cref="EventGrant"/> rows.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Organizer = "Organizer";
    public const string Secretariat = "Secretariat";
    public const string Delegate = "Delegate";

    public static readonly IReadOnlyList<string> All = [Administrator, Organizer, Secretariat, Delegate];
}
