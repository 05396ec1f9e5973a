using DialogueOps.IntegrationTests.Infrastructure.Localization;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Every POST handler × everyone, against the same table (rows "POST route ?handler=X"), each person posting with their
/// own valid antiforgery token and an empty form: what matters is whether the handler lets them in, not what it does
/// with nothing. Its own app, because an allowed post may change state the page matrix reads.
/// </summary>
public class PostAuthorizationMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    /// <summary>Signing out would make the rest of the walk anonymous; its access is the sign-out form's on every page.</summary>
    private static readonly string[] NotWalked = ["/Identity/Account/Logout"];

    /// <summary>
    /// An allowed post really happens, so posts that take something away run after the rest (a session deleted early
    /// would turn every later row about it into "not found"), and those that close or archive the event run last of all.
    /// </summary>
    private static int Turn(string handler) => handler switch
    {
        "Archive" or "Close" or "Open" => 2,
        _ when handler.StartsWith("Delete", StringComparison.Ordinal) || handler.StartsWith("Remove", StringComparison.Ordinal)
               || handler is "Withdraw" or "Cancel" or "Revoke" or "Erase" => 1,
        _ => 0,
    };

    [Fact]
    public async Task Every_post_handler_answers_each_kind_of_user_as_the_table_says_and_none_answers_with_a_server_error()
    {
        await factory.PrepareAsync();
        var clients = await factory.ClientsAsync();
        var tokens = new Dictionary<Who, string>();
        foreach (var (who, client) in clients)
        {
            tokens[who] = await MatrixFactory.TokenAsync(client, who != Who.Anonymous);
        }

        var values = await PageWalk.RouteValuesAsync(factory, "TH");
        var mismatches = new List<string>();
        foreach (var (route, handler) in factory.PostTargets().Where(t => !NotWalked.Contains(t.Route)).OrderBy(t => Turn(t.Handler)))
        {
            var key = $"POST {route}" + (handler.Length == 0 ? "" : $" ?handler={handler}");
            var url = PageWalk.Fill(route, values) + (handler.Length == 0 ? "" : $"?handler={handler}");
            var actual = "";
            foreach (var who in Enum.GetValues<Who>())
            {
                var form = new FormUrlEncodedContent([new("__RequestVerificationToken", tokens[who])]);
                actual += MatrixFactory.ClassifyPost(await clients[who].PostAsync(url, form));
            }

            if (!AuthorizationMatrixTests.Expected.TryGetValue(key, out var expected))
            {
                mismatches.Add($"{key}: not in the table (actual {actual})");
            }
            else if (expected != actual)
            {
                mismatches.Add($"{key}: expected {expected}, actual {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
