namespace DialogueOps.Web.Infrastructure.Email;

public enum EmailMode
{
    /// <summary>Writes each message as an .eml file into <see cref="EmailOptions.PickupDirectory"/>.</summary>
    Pickup,

    /// <summary>Sends over SMTP with MailKit.</summary>
    Smtp,
}

public sealed class EmailOptions
{
    public EmailMode Mode { get; set; } = EmailMode.Pickup;
    public string FromAddress { get; set; } = "secretariat@dialogueops.local";
    public string FromName { get; set; } = "DialogueOps Secretariat";

    /// <summary>Relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string SmtpHost { get; set; } = "127.0.0.1";
    public int SmtpPort { get; set; } = 25;
    public bool SmtpUseStartTls { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
}
