namespace DialogueOps.Web.Features.Programme;

public static class ProgrammeFeature
{
    public static IServiceCollection AddProgrammeFeature(this IServiceCollection services) => services.AddScoped<SessionMoveNotice>();
}
