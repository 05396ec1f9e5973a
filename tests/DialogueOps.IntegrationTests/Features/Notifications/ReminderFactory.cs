using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DialogueOps.IntegrationTests.Features.Notifications;

/// <summary>The app with a clock the test moves: reminders fall due when the test says so, not when the wall clock does.</summary>
public class ReminderFactory : DialogueOpsFactory
{
    public ReminderFactory()
        : this(null)
    {
    }

    protected ReminderFactory(string? folder)
        : base(folder)
    {
    }

    /// <summary>Starts a month before the demo dialogue (8 July 2027, Shenzhen).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 6, 8, 2, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        // The tests dispatch when they have set the clock; a dispatch of Hangfire's own running alongside would race them.
        builder.UseSetting("Reminders:AutomaticDispatch", "false");
    }
}
