namespace DialogueOps.Web.Features.CheckIn;

public static class CheckInFeature
{
    public static IServiceCollection AddCheckInFeature(this IServiceCollection services)
    {
        services.AddScoped<CheckInDesk>();
        return services;
    }
}
