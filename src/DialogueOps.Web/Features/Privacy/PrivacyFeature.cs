namespace DialogueOps.Web.Features.Privacy;

public static class PrivacyFeature
{
    public static IServiceCollection AddPrivacyFeature(this IServiceCollection services)
    {
        services.AddScoped<ErasureDesk>();
        services.AddScoped<PassportRetentionJob>();
        return services;
    }
}
