using System.Net;
using MimeKit;

namespace DialogueOps.Web.Infrastructure.Email;

/// <summary>The one shape of a status mail to a person: greeting, English, Chinese, an optional footer; plain text and HTML.</summary>
public static class BilingualMail
{
    public static MimeMessage Create(string to, string subject, string greeting, string english, string chinese, string? footer = null,
        (string Name, byte[] Content, ContentType Type)? attachment = null)
    {
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var body = new BodyBuilder
        {
            TextBody = $"{greeting}\n\n{english}\n\n{chinese}\n{(footer is null ? "" : $"\n{footer}\n")}",
            HtmlBody = $"<p>{WebUtility.HtmlEncode(greeting)}</p><p>{WebUtility.HtmlEncode(english)}</p><p lang=\"zh-Hans\">{WebUtility.HtmlEncode(chinese)}</p>" +
                       (footer is null ? "" : $"<p>{WebUtility.HtmlEncode(footer)}</p>"),
        };
        if (attachment is { } file)
        {
            body.Attachments.Add(file.Name, file.Content, file.Type);
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
