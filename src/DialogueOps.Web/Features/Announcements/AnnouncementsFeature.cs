namespace DialogueOps.Web.Features.Announcements;

public static class AnnouncementsFeature
{
    public static IServiceCollection AddAnnouncementsFeature(this IServiceCollection services) => services.AddScoped<AnnouncementDesk>();
}
