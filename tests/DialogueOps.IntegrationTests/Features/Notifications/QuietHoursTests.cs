using DialogueOps.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DialogueOps.Web.Features.Notifications;

namespace DialogueOps.IntegrationTests.Features.Notifications;

public class QuietHoursTests
{
    private static readonly ReminderPlanner Planner = new(null!, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ReminderOptions()));
    private static readonly TimeZoneInfo Yangon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yangon");

    [Fact]
    public void A_reminder_due_at_night_in_the_recipients_zone_goes_out_the_evening_before()
    {
        // 23:30 in Yangon (UTC+6:30) is 17:00 UTC; it moves to 21:45 Yangon, 15:15 UTC.
        var due = Planner.Due(new DateTime(2027, 7, 7, 17, 0, 0, DateTimeKind.Utc), new DateTime(2027, 7, 8, 17, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc), Yangon);

        Assert.Equal(new DateTime(2027, 7, 7, 15, 15, 0, DateTimeKind.Utc), due);
    }

    [Fact]
    public void A_late_reminder_is_due_now_unless_now_is_night_for_the_recipient_then_it_waits_for_the_morning()
    {
        var anchor = new DateTime(2027, 7, 8, 10, 0, 0, DateTimeKind.Utc);
        var afternoon = new DateTime(2027, 7, 8, 2, 0, 0, DateTimeKind.Utc);   // 08:30 in Yangon
        var night = new DateTime(2027, 7, 7, 18, 0, 0, DateTimeKind.Utc);      // 00:30 in Yangon

        Assert.Equal(afternoon, Planner.Due(anchor.AddDays(-1), anchor, afternoon, Yangon));
        Assert.Equal(new DateTime(2027, 7, 8, 0, 30, 0, DateTimeKind.Utc), Planner.Due(anchor.AddDays(-1), anchor, night, Yangon));  // 07:00 Yangon
    }
}
