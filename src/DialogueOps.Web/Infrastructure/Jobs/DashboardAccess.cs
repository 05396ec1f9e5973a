using DialogueOps.Domain.Identity;
using DialogueOps.Web.Infrastructure.Authorization;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>
/// The Hangfire dashboard is for administrators signed in with two factors (where staff two-factor is required);
/// Hangfire answers 401 to anonymous callers and 403 to everyone else.
/// </summary>
internal sealed class DashboardAccess : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var user = http.User;
        return user.IsInRole(Roles.Administrator)
            && (user.SignedInWithSecondFactor() || !http.RequestServices.GetRequiredService<IOptions<SignInSessionOptions>>().Value.RequireStaffTwoFactor);
    }
}
