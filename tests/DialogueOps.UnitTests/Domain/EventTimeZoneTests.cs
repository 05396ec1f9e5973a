using System.Globalization;
using DialogueOps.Domain.Common;

namespace DialogueOps.UnitTests.Domain;

public class EventTimeZoneTests
{
    private static readonly DateTime July8Noon = new(2027, 7, 8, 4, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Asia/Yangon", "UTC+6:30")]
    [InlineData("Asia/Bangkok", "UTC+7")]
    [InlineData("Asia/Shanghai", "UTC+8")]
    [InlineData("Asia/Jayapura", "UTC+9")]
    [InlineData("UTC", "UTC")]
    public void The_offset_label_is_what_a_delegate_expects(string zone, string expected)
    {
        Assert.Equal(expected, EventTimeZone.OffsetLabel(EventTimeZone.Find(zone), July8Noon));
    }

    [Fact]
    public void A_zone_is_described_by_name_and_offset()
    {
        var described = EventTimeZone.Describe(EventTimeZone.Find("Asia/Shanghai"), July8Noon);

        Assert.EndsWith(", UTC+8", described);
        Assert.DoesNotContain("Asia/Shanghai, ", described.Replace("Asia/Shanghai, UTC+8", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Daylight_time_is_taken_at_the_instant_not_the_zones_standard_offset()
    {
        var london = EventTimeZone.Find("Europe/London");

        Assert.Equal("UTC+1", EventTimeZone.OffsetLabel(london, July8Noon));
        Assert.Equal("UTC", EventTimeZone.OffsetLabel(london, new DateTime(2027, 1, 8, 4, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Local_wall_clock_times_round_trip_through_UTC()
    {
        var yangon = EventTimeZone.Find("Asia/Yangon");
        var local = new DateTime(2027, 7, 8, 23, 45, 0);

        var utc = EventTimeZone.ToUtc(local, yangon);

        Assert.Equal(new DateTime(2027, 7, 8, 17, 15, 0), utc);
        Assert.Equal(local, EventTimeZone.ToLocal(utc, yangon));
    }

    [Fact]
    public void An_instant_is_formatted_in_the_culture_with_its_offset()
    {
        var text = EventTimeZone.FormatInstant(July8Noon, EventTimeZone.Find("Asia/Jayapura"), CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.Contains("2027/7/8", text);
        Assert.Contains("13:00", text);
        Assert.EndsWith("(UTC+9)", text);
    }

    [Fact]
    public void English_zone_names_do_not_depend_on_the_language_the_process_was_in_when_it_first_loaded_the_zone()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            // The runtime fixes a zone's display names when it first loads it; a Chinese request first used to decide them.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            var dili = TimeZoneInfo.FindSystemTimeZoneById("Asia/Dili");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

            Assert.Equal("East Timor Time, UTC+9", EventTimeZone.Describe(dili, July8Noon));
            Assert.Equal("东帝汶时间，UTC+9", EventTimeZone.Describe(dili, July8Noon, CultureInfo.GetCultureInfo("zh-Hans")));
            Assert.Equal("British Summer Time, UTC+1", EventTimeZone.Describe(EventTimeZone.Find("Europe/London"), July8Noon));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
