using System.Globalization;
using Bunit;
using DialogueOps.Domain.Programme;
using DialogueOps.Web.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.ComponentTests.Components;

public sealed class ProgrammeDayGridTests : BunitContext
{
    private static readonly GridRoom[] Rooms = [new(1, "Qianhai Hall"), new(2, "Room B")];

    public ProgrammeDayGridTests()
    {
        Services.AddLocalization();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    private static GridSession At(int id, string title, int room, int fromHour, int fromMinute, int toHour, int toMinute, int toDay = 8) =>
        new(id, title, SessionKind.Roundtable, new DateTime(2027, 7, 8, fromHour, fromMinute, 0), new DateTime(2027, 7, toDay, toHour, toMinute, 0), room, $"/s/{id}");

    private IRenderedComponent<ProgrammeDayGrid> Render(params GridSession[] sessions) =>
        Render<ProgrammeDayGrid>(p => p.Add(x => x.Day, "Thursday, 8 July 2027").Add(x => x.Rooms, Rooms).Add(x => x.Sessions, sessions));

    [Fact]
    public void Each_session_sits_in_its_rooms_column_spanning_its_quarter_hours()
    {
        var grid = Render(At(1, "Opening", 1, 9, 0, 9, 45), At(2, "Roundtable", 2, 10, 30, 12, 0));

        var opening = grid.Find("[data-session='1']");
        var roundtable = grid.Find("[data-session='2']");
        // Column 1 is the time axis; rows start at 2 (row 1 is the room header) and the grid opens at 08:00.
        Assert.Contains("grid-column:2;grid-row:6 / 9", opening.GetAttribute("style"));
        Assert.Contains("grid-column:3;grid-row:12 / 18", roundtable.GetAttribute("style"));
        Assert.Equal("/s/2", roundtable.GetAttribute("href"));
        Assert.Contains("10:30–12:00", roundtable.TextContent);
    }

    [Fact]
    public void Overlapping_sessions_in_one_room_are_marked_as_a_clash()
    {
        var grid = Render(At(1, "Roundtable 1", 1, 10, 40, 12, 30), At(2, "Press briefing", 1, 11, 0, 11, 30), At(3, "Side meeting", 2, 11, 0, 11, 30));

        Assert.Contains("pg-clash", grid.Find("[data-session='1']").ClassList);
        Assert.Contains("pg-clash", grid.Find("[data-session='2']").ClassList);
        Assert.DoesNotContain("pg-clash", grid.Find("[data-session='3']").ClassList);
        Assert.Contains("Room double-booked", grid.Find("[data-session='2']").TextContent);
    }

    [Fact]
    public void A_session_running_past_midnight_extends_to_the_end_of_the_grid()
    {
        var grid = Render(At(1, "Gala dinner", 1, 22, 0, 0, 30, toDay: 9));

        Assert.Contains("grid-row:58 / 66", grid.Find("[data-session='1']").GetAttribute("style"));
        Assert.Equal("23:00", grid.FindAll(".pg-hour").Last().TextContent);
    }

    [Fact]
    public void An_empty_day_says_so_and_sessions_without_a_room_get_their_own_column()
    {
        Assert.Contains("No sessions on this day.", Render().Markup);

        var grid = Render(At(1, "Site visits", 0, 9, 0, 12, 0) with { RoomId = null });
        Assert.Equal("No room", grid.Find("[data-room='none']").TextContent);
    }
}
