using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Email;
using DialogueOps.Web.Infrastructure.Jobs;
using DialogueOps.Web.Infrastructure.Privacy;

var builder = WebApplication.CreateBuilder(args);

builder.AddDialogueOpsData()
    .AddDialogueOpsIdentity()
    .AddDialogueOpsEmail()
    .AddDialogueOpsLocalization()
    .AddDialogueOpsPrivacy()
    .AddDialogueOpsJobs()
    .AddDialogueOpsRateLimits()
    .AddDialogueOpsOutputCache()
    .AddDialogueOpsSecurityHeaders()
    .AddDialogueOpsProxy()
    .AddDialogueOpsWeb();

var app = builder.Build();

app.UseDialogueOpsProxy();
app.UseDialogueOpsSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseDialogueOpsLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseDialogueOpsJobsDashboard();
app.UseAuthorization();
app.UseOutputCache();

app.MapRazorPages();
app.MapDialogueOpsHealth();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
