namespace DialogueOps.Web.Features.PrintPack;

public static class PrintPackFeature
{
    public static IServiceCollection AddPrintPackFeature(this IServiceCollection services)
    {
        services.AddScoped<PrintPackJob>();
        return services;
    }
}
