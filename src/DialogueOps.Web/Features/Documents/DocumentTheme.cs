using DialogueOps.Domain.Delegations;
using DialogueOps.Pdf;

namespace DialogueOps.Web.Features.Documents;

/// <summary>
/// The one look of every printed document: palette, type scale and spacing. A document names a role ("muted", "heading"),
/// never a colour or a size of its own, so a change here reaches every agenda, list, badge and letter alike.
/// </summary>
public static class DocumentTheme
{
    /// <summary>Headings, rules under titles, table header text: the dialogue's blue.</summary>
    public static readonly Color Primary = "#0b4f6c";

    /// <summary>Body text of letters and long documents.</summary>
    public static readonly Color Ink = "#1f2a44";

    /// <summary>Subtitles and secondary lines (positions, organizations).</summary>
    public static readonly Color Secondary = "#555555";

    /// <summary>Footers and fine print.</summary>
    public static readonly Color Muted = "#757575";

    /// <summary>Table header fills.</summary>
    public static readonly Color Tint = "#e8eef1";

    /// <summary>Zebra rows and panels.</summary>
    public static readonly Color Wash = "#f4f7f9";

    /// <summary>Rules and table lines.</summary>
    public static readonly Color Rule = Colors.Grey300;

    /// <summary>Warnings: draft marks, revoked letters, confidential notes.</summary>
    public static readonly Color Alert = "#b71c1c";

    /// <summary>Behind an alert.</summary>
    public static readonly Color AlertWash = "#fdecea";

    public static readonly Color White = Colors.White;

    /// <summary>The band colour of a badge, so staff at the door tell categories apart at a glance.</summary>
    public static Color Category(ParticipantCategory category) => category switch
    {
        ParticipantCategory.Official => Primary,
        ParticipantCategory.Speaker => "#b8860b",
        ParticipantCategory.Expert => "#2f6f3e",
        ParticipantCategory.Media => "#c92a2a",
        ParticipantCategory.Staff => "#5f3dc4",
        _ => "#495057",
    };

    /// <summary>Type scale, in points.</summary>
    public static class Size
    {
        public const float Title = 16;
        public const float Heading = 11;
        public const float Body = 9;
        public const float Small = 8;
        public const float Fine = 7.5f;
    }

    /// <summary>Spacing, in points.</summary>
    public static class Space
    {
        public const float Cell = 3;
        public const float Item = 4;
        public const float Section = 8;
    }
}
