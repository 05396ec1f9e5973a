using Microsoft.AspNetCore.Identity.UI.Services;

namespace DialogueOps.Web.Infrastructure.Email;

public static class EmailExtensions
{
    public static WebApplicationBuilder AddDialogueOpsEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<MailKitEmailSender>();
        builder.Services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<MailKitEmailSender>());
        return builder;
    }
}
