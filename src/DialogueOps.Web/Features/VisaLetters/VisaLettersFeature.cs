namespace DialogueOps.Web.Features.VisaLetters;

public static class VisaLettersFeature
{
    public static IServiceCollection AddVisaLettersFeature(this IServiceCollection services)
    {
        services.AddScoped<VisaLetterDesk>();
        services.AddScoped<IssueLettersJob>();
        return services;
    }
}
