using Microsoft.AspNetCore.Identity;

namespace DialogueOps.Domain.Identity;

public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>IANA zone the user reads times in, beside the event's; null means the event's zone only.</summary>
    public string? TimeZoneId { get; set; }

    public string? PreferredCulture { get; set; }
}
