using System.ComponentModel.DataAnnotations;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Events;

namespace DialogueOps.Web.Pages.Organize.Events;

/// <summary>The event form. Times are typed in the event's own zone and stored in UTC.</summary>
public sealed class EventInput
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(Event.SlugMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Short name (in the web address)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(Event.TitleMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Title (English)")]
    public string Title { get; set; } = "";

    [StringLength(Event.TitleMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Title (local language)")]
    public string? LocalTitle { get; set; }

    [StringLength(500, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Theme")]
    public string? Theme { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Venue")]
    public string? Venue { get; set; }

    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(64, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "First day")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Last day")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Capacity")]
    public int? Capacity { get; set; }

    [Display(Name = "Registration opens")]
    public DateTime? RegistrationOpensAt { get; set; }

    [Display(Name = "Registration closes")]
    public DateTime? RegistrationClosesAt { get; set; }

    [Display(Name = "Visa letter request deadline")]
    public DateTime? VisaRequestDeadline { get; set; }

    [Display(Name = "Delegates may edit their registration until")]
    public DateTime? RegistrationEditCutoff { get; set; }

    /// <summary>The version the form was loaded with; a save over someone else's change is refused.</summary>
    public Guid Version { get; set; }

    public static EventInput From(Event e)
    {
        var zone = e.Zone;
        DateTime? Local(DateTime? utc) => utc is null ? null : EventTimeZone.ToLocal(utc.Value, zone);
        return new EventInput
        {
            Slug = e.Slug, Title = e.Title, LocalTitle = e.LocalTitle, Theme = e.Theme, Venue = e.Venue, City = e.City,
            TimeZoneId = e.TimeZoneId, StartDate = e.StartDate, EndDate = e.EndDate, Capacity = e.Capacity,
            RegistrationOpensAt = Local(e.RegistrationOpensAt), RegistrationClosesAt = Local(e.RegistrationClosesAt),
            VisaRequestDeadline = Local(e.VisaRequestDeadline), RegistrationEditCutoff = Local(e.RegistrationEditCutoff), Version = e.Version,
        };
    }

    /// <summary>Null when the time zone is unknown (the rules then report it).</summary>
    public EventDetails ToDetails()
    {
        var known = EventTimeZone.TryFind(TimeZoneId?.Trim(), out var zone);
        DateTime? Utc(DateTime? local) => local is null || !known ? null : EventTimeZone.ToUtc(local.Value, zone);
        return new EventDetails(Slug ?? "", Title ?? "", LocalTitle, Theme, Venue, City, TimeZoneId ?? "",
            StartDate ?? default, EndDate ?? default, Capacity, Utc(RegistrationOpensAt), Utc(RegistrationClosesAt), Utc(VisaRequestDeadline),
            Utc(RegistrationEditCutoff));
    }

    /// <summary>Maps a rule's field (a property of <see cref="EventDetails"/>) to the input that shows it.</summary>
    public static string FieldFor(string rulesField) => rulesField switch
    {
        nameof(EventDetails.RegistrationOpensAtUtc) => nameof(RegistrationOpensAt),
        nameof(EventDetails.RegistrationClosesAtUtc) => nameof(RegistrationClosesAt),
        nameof(EventDetails.VisaRequestDeadlineUtc) => nameof(VisaRequestDeadline),
        _ => rulesField,
    };
}
