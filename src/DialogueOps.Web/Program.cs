using DialogueOps.Web.Infrastructure;
using DialogueOps.Web.Infrastructure.Email;

var builder = WebApplication.CreateBuilder(args);

builder.AddDialogueOpsData()
    .AddDialogueOpsIdentity()
    .AddDialogueOpsEmail()
    .AddDialogueOpsLocalization()
    .AddDialogueOpsWeb();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseDialogueOpsLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapDialogueOpsHealth();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
