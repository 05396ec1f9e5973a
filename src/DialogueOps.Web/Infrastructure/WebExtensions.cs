using Microsoft.AspNetCore.Mvc;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Infrastructure.Seeding;
using DialogueOps.Web.Resources;

namespace DialogueOps.Web.Infrastructure;

public static class WebExtensions
{
    public static WebApplicationBuilder AddDialogueOpsWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMemoryCache();
        var positions = builder.Configuration.GetSection("Protocol:Positions").Get<List<PositionRank>>();
        builder.Services.AddSingleton(positions is { Count: > 0 }
            ? new Domain.Delegations.ProtocolRanks(positions.Select(p => (p.Title, p.Rank)).ToList())
            : Domain.Delegations.ProtocolRanks.Standard);
        builder.Services.AddScoped<DemoDialogueSeeder>();
        builder.Services.AddScoped<Features.Registration.RegistrationDesk>();
        builder.Services.AddScoped<Features.VisaLetters.VisaLetterDesk>();
        builder.Services.AddScoped<Features.VisaLetters.IssueLettersJob>();
        builder.Services.AddScoped<Features.Privacy.ErasureDesk>();
        builder.Services.AddScoped<Features.SiteVisits.SiteVisitDesk>();
        builder.Services.Configure<Features.Notifications.ReminderOptions>(builder.Configuration.GetSection("Reminders"));
        builder.Services.AddScoped<Features.Notifications.ReminderPlanner>();
        builder.Services.AddScoped<Features.Notifications.NotificationComposer>();
        builder.Services.AddScoped<Features.Notifications.SendNotificationJob>();
        builder.Services.AddScoped<Features.Notifications.DispatchNotificationsJob>();
        builder.Services.AddScoped<Features.Privacy.PassportRetentionJob>();
        builder.Services.AddScoped<Features.CheckIn.CheckInDesk>();
        builder.Services.AddScoped<IdentityPageGuard>();
        builder.Services.AddScoped<Features.PrintPack.PrintPackJob>();
        builder.Services
            .AddRazorPages(options =>
            {
                // Who may open what, in one place. The fallback policy (signed in) covers everything else.
                options.Conventions.AllowAnonymousToPage("/Index");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Status");
                options.Conventions.AllowAnonymousToPage("/Culture");
                options.Conventions.AllowAnonymousToFolder("/Events");
                options.Conventions.AllowAnonymousToPage("/Events/Outcomes");
                options.Conventions.AuthorizeFolder("/Organize", Policies.Organize);
                // Event-scoped: each page checks ServeEvent for its event (organizers and secretariat of that event).
                options.Conventions.AuthorizeFolder("/Secretariat");
                foreach (var page in new[] { "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Manage/Disable2fa", "/Account/Manage/GenerateRecoveryCodes", "/Account/Manage/DeletePersonalData",
                             "/Account/ExternalLogin", "/Account/Manage/ExternalLogins" })
                {
                    options.Conventions.AddAreaPageApplicationModelConvention("Identity", page, model => model.Filters.Add(new ServiceFilterAttribute(typeof(IdentityPageGuard))));
                }
            })
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
                options.Filters.Add(new UnknownPostHandlerFilter());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return builder;
    }
}

/// <summary>One row of the configurable protocol table (Protocol:Positions), most specific titles first.</summary>
public sealed record PositionRank(string Title, int Rank);
