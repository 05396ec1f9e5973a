namespace DialogueOps.Web.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration("Reminders");
        services.AddScoped<Outbox>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<NotificationComposer>();
        services.AddScoped<SendNotificationJob>();
        services.AddScoped<DispatchNotificationsJob>();
        return services;
    }
}
