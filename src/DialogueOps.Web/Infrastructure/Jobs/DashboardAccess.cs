using DialogueOps.Domain.Identity;
using Hangfire.Dashboard;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>The Hangfire dashboard is for administrators; Hangfire answers 401 to anonymous callers and 403 to other roles.</summary>
internal sealed class DashboardAccess : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
}
