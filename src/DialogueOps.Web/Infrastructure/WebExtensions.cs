using DialogueOps.Web.Features.Announcements;
using DialogueOps.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc;
using DialogueOps.Web.Infrastructure.Authorization;
using DialogueOps.Web.Infrastructure.Seeding;
using DialogueOps.Web.Features.Accounts;
using DialogueOps.Web.Features.CheckIn;
using DialogueOps.Web.Features.Notifications;
using DialogueOps.Web.Features.PrintPack;
using DialogueOps.Web.Features.Privacy;
using DialogueOps.Web.Features.Registration;
using DialogueOps.Web.Features.SiteVisits;
using DialogueOps.Web.Features.Teams;
using DialogueOps.Web.Features.VisaLetters;
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
        builder.Services.AddScoped<IdentityPageGuard>();
        builder.Services.AddScoped<CurrentEvent>();
        builder.Services
            .AddNotificationsFeature()
            .AddRegistrationFeature()
            .AddVisaLettersFeature()
            .AddSiteVisitsFeature()
            .AddCheckInFeature()
            .AddPrivacyFeature()
            .AddPrintPackFeature()
            .AddTeamsFeature()
            .AddAccountsFeature()
            .AddAnnouncementsFeature()
            .AddProgrammeFeature();
        builder.Services
            .AddRazorPages(options =>
            {
                // Who may open what, in one place. The fallback policy (signed in) covers everything else.
                foreach (var page in new[] { "/Index", "/Error", "/Status", "/Culture", "/Verify", "/Events/Details", "/Events/Agenda", "/Events/AgendaCalendar", "/Events/AgendaPdf", "/Events/Outcomes" })
                {
                    options.Conventions.AllowAnonymousToPage(page);
                }

                options.Conventions.AuthorizeFolder("/Organize", Policies.Organize);
                options.Conventions.AuthorizePage("/Organize/Events/Create", Policies.CreateEvents);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
                // Pages of one event: the event comes from the route and the filter checks the grant for it (a page may ask for another policy with [EventAccess]).
                options.Conventions.RequireEventAccess("/Organize/Events", Policies.ManageEvent);
                options.Conventions.RequireEventAccess("/Secretariat/Events", Policies.ServeEvent);
                options.Conventions.RequireEventAccess("/CheckIn", Policies.CheckInAtEvent);
                options.Conventions.RequireEventAccess("/Events/Delegations", Policies.LeadDelegation);
                options.Conventions.RequireEventAccess("/Outcomes", Policies.WriteSessionNotes);
                foreach (var staffFolder in new[] { "/Organize", "/Admin", "/Secretariat", "/CheckIn" })
                {
                    options.Conventions.AddFolderApplicationModelConvention(staffFolder, model => model.Filters.Add(new ServiceFilterAttribute(typeof(StaffTwoFactorFilter))));
                }

                options.Conventions.AddAreaFolderApplicationModelConvention("Identity", "/Account/Manage", model => model.Filters.Add(new ServiceFilterAttribute(typeof(AccountPageSignInRefresh))));
                foreach (var page in new[] { "/Account/Login", "/Account/Register", "/Account/RegisterConfirmation", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Manage/Disable2fa", "/Account/Manage/GenerateRecoveryCodes", "/Account/Manage/DeletePersonalData",
                             "/Account/ExternalLogin", "/Account/Manage/ExternalLogins", "/Account/Manage/DownloadPersonalData" })
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
