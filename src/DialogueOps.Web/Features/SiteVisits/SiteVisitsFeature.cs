namespace DialogueOps.Web.Features.SiteVisits;

public static class SiteVisitsFeature
{
    public static IServiceCollection AddSiteVisitsFeature(this IServiceCollection services)
    {
        services.AddScoped<SiteVisitDesk>();
        return services;
    }
}
