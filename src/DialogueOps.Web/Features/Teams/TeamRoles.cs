using DialogueOps.Domain.Identity;

namespace DialogueOps.Web.Features.Teams;

/// <summary>The English names of team roles (localizer keys).</summary>
public static class TeamRoles
{
    public static string Name(GrantKind kind) => kind switch
    {
        GrantKind.Organizer => "Organizer",
        GrantKind.Secretariat => "Secretariat",
        GrantKind.CheckInStaff => "Check-in staff",
        GrantKind.FocalPoint => "Focal point",
        _ => kind.ToString(),
    };
}
