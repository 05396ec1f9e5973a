namespace DialogueOps.Web.Features.Registration;

public static class RegistrationFeature
{
    public static IServiceCollection AddRegistrationFeature(this IServiceCollection services)
    {
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<BulkDecision>();
        services.AddScoped<Import.ImportParticipantsJob>();
        return services;
    }
}
