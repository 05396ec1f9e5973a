using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DialogueOps.Web.Infrastructure.Email;

/// <summary>
/// The one way mail leaves the app. Identity's confirmation and reset mails come through <see cref="IEmailSender"/>;
/// everything else is written by the outbox and sent through <see cref="SendAsync(MimeMessage, string?, CancellationToken)"/>.
/// </summary>
public sealed partial class MailKitEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, IConfiguration configuration, ILogger<MailKitEmailSender> logger)
    : IEmailSender
{
    private readonly EmailOptions settings = options.Value;

    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = OnPublicSite(htmlMessage) }.ToMessageBody();
        return SendAsync(message, CancellationToken.None);
    }

    /// <summary>
    /// Identity builds its links (confirm, reset password) from the request's Host header, which anyone can set: a reset
    /// code mailed under "evil.example" goes to the attacker with one click. Every link in such a mail is moved onto the
    /// configured public address (<c>App:PublicBaseUrl</c>), the same one the outbox's mails use.
    /// </summary>
    private string OnPublicSite(string html)
    {
        var site = (configuration["App:PublicBaseUrl"] ?? "http://127.0.0.1:5080").TrimEnd('/');
        return AbsoluteLink().Replace(html, match => $"{match.Groups["attribute"].Value}{site}{match.Groups["path"].Value}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<attribute>href\s*=\s*['""])https?://[^/'""]+(?<path>[/'""])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AbsoluteLink();

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => SendAsync(message, deliveryKey: null, cancellationToken);

    /// <summary>
    /// Sends <paramref name="message"/>. With a <paramref name="deliveryKey"/> the pickup folder holds at most one file per key,
    /// written whole or not at all (a temporary name, then a rename that never overwrites), so a repeat after a crash
    /// cannot deliver twice and <see cref="WasDelivered"/> can tell afterwards whether it went out.
    /// </summary>
    public async Task SendAsync(MimeMessage message, string? deliveryKey, CancellationToken cancellationToken)
    {
        if (message.From.Count == 0)
        {
            message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        }

        if (settings.Mode == EmailMode.Pickup)
        {
            Directory.CreateDirectory(PickupFolder);
            if (deliveryKey is null)
            {
                var file = Path.Combine(PickupFolder, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
                await message.WriteToAsync(file, cancellationToken);
                logger.LogInformation("Mail to {Recipients} written to {File}", message.To.ToString(), file);
                return;
            }

            var final = PickupFile(deliveryKey);
            var partial = final + ".partial";
            await message.WriteToAsync(partial, cancellationToken);
            try
            {
                File.Move(partial, final, overwrite: false);
                logger.LogInformation("Mail to {Recipients} written to {File}", message.To.ToString(), final);
            }
            catch (IOException) when (File.Exists(final))
            {
                File.Delete(partial);
                logger.LogInformation("Mail {Key} was already delivered; not written again", deliveryKey);
            }

            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort,
            settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail to {Recipients} sent over SMTP", message.To.ToString());
    }

    /// <summary>
    /// Whether the message sent under <paramref name="deliveryKey"/> went out: known for the pickup folder; null over SMTP,
    /// where a server that accepted a message and a connection that died before saying so look the same.
    /// </summary>
    public bool? WasDelivered(string deliveryKey) => KnowsWhatWasDelivered ? File.Exists(PickupFile(deliveryKey)) : null;

    public bool KnowsWhatWasDelivered => settings.Mode == EmailMode.Pickup;

    /// <summary>Removes every pickup copy of a message to <paramref name="address"/> (erasure), account mails included.</summary>
    public async Task ForgetEverythingToAsync(string address, CancellationToken ct)
    {
        if (settings.Mode != EmailMode.Pickup || !Directory.Exists(PickupFolder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(PickupFolder, "*.eml"))
        {
            bool addressed;
            await using (var stream = File.OpenRead(file))
            {
                var headers = await HeaderList.LoadAsync(stream, ct);
                addressed = InternetAddressList.TryParse(headers[HeaderId.To] ?? "", out var to)
                    && to.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));
            }

            if (addressed)
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Removes the pickup folder's copy of a delivered message (erasure, retention); nothing is kept over SMTP.</summary>
    public void Forget(string deliveryKey)
    {
        if (settings.Mode == EmailMode.Pickup)
        {
            File.Delete(PickupFile(deliveryKey));
        }
    }

    private string PickupFolder => Path.IsPathRooted(settings.PickupDirectory)
        ? settings.PickupDirectory
        : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);

    private string PickupFile(string deliveryKey) => Path.Combine(PickupFolder, $"{deliveryKey}.eml");
}
