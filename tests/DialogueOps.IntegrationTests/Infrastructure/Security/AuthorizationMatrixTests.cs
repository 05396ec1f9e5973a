using DialogueOps.IntegrationTests.Infrastructure.Localization;

namespace DialogueOps.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Every page and handler of the app, GET and POST (from the endpoint data source and the page models) × everyone who
/// uses it, against one table.
/// A new page or handler is not in the table, so the test fails until someone decides who may open it.
/// </summary>
public class AuthorizationMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    /// <summary>
    /// One letter per person, in the order of <see cref="Who"/>: Anonymous, Delegate, focal point of another country,
    /// Rapporteur, Check-in staff, Secretariat, Organizer of another event, Administrator.
    /// O = open, S = sent to sign in, R = refused (403, 404, 400; a redirect to the old "access denied" page is D and always wrong; for posts 400 is B, below). Route values are the demo event's;
    /// delegation routes name Thailand's delegation; the rapporteur is the closing session's; no letter is issued,
    /// no print pack prepared and the summary not published, so those downloads are refused to all.
    /// </summary>
    internal static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["/"] = "OOOOOOOO",
        ["/Culture"] = "OOOOOOOO",
        ["/Error"] = "OOOOOOOO",
        ["/Identity/Account/AccessDenied"] = "SOOOOOOO",
        ["/Identity/Account/ConfirmEmail"] = "OOOOOOOO",
        ["/Identity/Account/ConfirmEmailChange"] = "OOOOOOOO",
        ["/Identity/Account/ExternalLogin"] = "RRRRRRRR",
        ["/Identity/Account/ForgotPassword"] = "OOOOOOOO",
        ["/Identity/Account/ForgotPasswordConfirmation"] = "OOOOOOOO",
        ["/Identity/Account/Lockout"] = "OOOOOOOO",
        ["/Identity/Account/Login"] = "OOOOOOOO",
        ["/Identity/Account/LoginWith2fa"] = "SSSSSSSS",
        ["/Identity/Account/LoginWithRecoveryCode"] = "SSSSSSSS",
        ["/Identity/Account/Logout"] = "OOOOOOOO",
        ["/Identity/Account/Manage"] = "SOOOOOOO",
        ["/Identity/Account/Manage/ChangePassword"] = "SOOOOOOO",
        ["/Identity/Account/Manage/DeletePersonalData"] = "SOOOOOOO",
        ["/Identity/Account/Manage/Disable2fa"] = "SOOOOOOO",
        ["/Identity/Account/Manage/DownloadPersonalData"] = "SRRRRRRR",
        ["/Identity/Account/Manage/Email"] = "SOOOOOOO",
        ["/Identity/Account/Manage/EnableAuthenticator"] = "SOOOOOOO",
        ["/Identity/Account/Manage/ExternalLogins"] = "SRRRRRRR",
        ["/Identity/Account/Manage/ExternalLogins ?handler=LinkLoginCallback"] = "SRRRRRRR",
        ["/Identity/Account/Manage/GenerateRecoveryCodes"] = "SOOOOOOO",
        ["/Identity/Account/Manage/Index"] = "SOOOOOOO",
        ["/Identity/Account/Manage/PersonalData"] = "SOOOOOOO",
        ["/Identity/Account/Manage/ResetAuthenticator"] = "SOOOOOOO",
        ["/Identity/Account/Manage/SetPassword"] = "SOOOOOOO",
        ["/Identity/Account/Manage/ShowRecoveryCodes"] = "SOOOOOOO",
        ["/Identity/Account/Manage/TwoFactorAuthentication"] = "SOOOOOOO",
        ["/Identity/Account/Register"] = "OOOOOOOO",
        ["/Identity/Account/RegisterConfirmation"] = "OOOOOOOO",
        ["/Identity/Account/ResendEmailConfirmation"] = "OOOOOOOO",
        ["/Identity/Account/ResetPassword"] = "RRRRRRRR",
        ["/Identity/Account/ResetPasswordConfirmation"] = "OOOOOOOO",
        ["/Identity/Error"] = "OOOOOOOO",
        ["/Index"] = "OOOOOOOO",
        ["/admin/audit"] = "SRRRRRRO",
        ["/checkin"] = "SOOOOOOO",
        ["/checkin/events/{id:int}"] = "SRRROORO",
        ["/delegations"] = "SOOOOOOO",
        ["/events/{eventId:int}/delegations/{delegationId:int}/members"] = "SRRRRORO",
        ["/events/{slug}"] = "OOOOOOOO",
        ["/events/{slug}/agenda"] = "OOOOOOOO",
        ["/events/{slug}/agenda.ics"] = "OOOOOOOO",
        ["/events/{slug}/agenda.pdf"] = "OOOOOOOO",
        ["/events/{slug}/outcomes"] = "RRRRRRRR",
        ["/events/{slug}/outcomes ?handler=Pdf"] = "RRRRRRRR",
        ["/events/{slug}/passport"] = "SRRORRRR",
        ["/events/{slug}/register"] = "SOOOOOOO",
        ["/events/{slug}/registration"] = "SOOOOOOO",
        ["/events/{slug}/registration/edit"] = "SRRORRRR",
        ["/events/{slug}/site-visits"] = "SOOOOOOO",
        ["/events/{slug}/site-visits/{visitId:int}"] = "SOOOOOOO",
        ["/events/{slug}/visa-letter"] = "SOOOOOOO",
        ["/events/{slug}/visa-letter ?handler=Pdf"] = "SRRRRRRR",
        ["/me/data"] = "SOOOOOOO",
        ["/me/data ?handler=Json"] = "SOOOOOOO",
        ["/me/itinerary"] = "SOOOOOOO",
        ["/me/itinerary ?handler=Pdf"] = "SRRORRRR",
        ["/me/profile"] = "SOOOOOOO",
        ["/organize"] = "SRRRROOO",
        ["/organize/events/new"] = "SRRRRROO",
        ["/organize/events/{id:int}/delegations"] = "SRRRRRRO",
        ["/organize/events/{id:int}/delegations/{delegationId:int}"] = "SRRRRRRO",
        ["/organize/events/{id:int}/edit"] = "SRRRRRRO",
        ["/organize/events/{id:int}/hosts"] = "SRRRRRRO",
        ["/organize/events/{id:int}/outbox"] = "SRRRRRRO",
        ["/organize/events/{id:int}/outcomes"] = "SRRRRRRO",
        ["/organize/events/{id:int}/outcomes ?handler=Pdf"] = "SRRRRRRO",
        ["/organize/events/{id:int}/programme"] = "SRRRRORO",
        ["/organize/events/{id:int}/rooms"] = "SRRRRRRO",
        ["/organize/events/{id:int}/team"] = "SRRRRRRO",
        ["/admin/users"] = "SRRRRRRO",
        ["/admin/users/{userId}"] = "SRRRRRRO",
        ["/organize/events/{id:int}/sessions/{sessionId:int?}"] = "SRRRRORO",
        ["/organize/events/{id:int}/site-visits"] = "SRRRRRRO",
        ["/organize/events/{id:int}/visa-letters"] = "SRRRRRRO",
        ["/outcomes/sessions/{sessionId:int}"] = "SRRORRRO",
        ["/secretariat"] = "SOOOOOOO",
        ["/secretariat/events/{id:int}/announcements"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/announcements/new"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/announcements/{announcementId:int}"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/dashboard"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/erasure-requests"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants ?handler=Badges"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants ?handler=Csv"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants ?handler=NameCards"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants ?handler=Pdf"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants ?handler=Xlsx"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants/{participantId:int}"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants/{participantId:int}/edit"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants/new"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants/bulk"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants/import"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/participants/import ?handler=Progress"] = "SRRRRRRR",
        ["/secretariat/events/{id:int}/participants/import ?handler=Rejected"] = "SRRRRRRR",
        ["/secretariat/events/{id:int}/print-pack"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/print-pack ?handler=Download"] = "SRRRRRRR",
        ["/secretariat/events/{id:int}/print-pack ?handler=Progress"] = "SRRRRRRR",
        ["/secretariat/events/{id:int}/site-visits"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/site-visits/{visitId:int}"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/site-visits/{visitId:int} ?handler=Buses"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/site-visits/{visitId:int} ?handler=Manifest"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/visa-letters"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/visa-letters ?handler=Progress"] = "SRRRRRRR",
        ["/secretariat/events/{id:int}/visa-letters/{requestId:int}"] = "SRRRRORO",
        ["/secretariat/events/{id:int}/visa-letters/{requestId:int} ?handler=Pdf"] = "SRRRRRRR",
        ["/status/{code:int}"] = "OOOOOOOO",
        ["/verify/{code}"] = "RRRRRRRR",

        // Posts, each person with their own valid token and an empty form. B = let in, and the empty form refused as bad
        // input (400) or as an edit over a newer version (409). Handlers that take the thing to act on from the form
        // (a room, a host, a delegation, a member, a notification) find nothing in an empty one and answer 404 even to
        // those allowed: R there says no more than that nothing happened.
        ["POST /Identity/Account/ForgotPassword"] = "OOOOOOOO",
        ["POST /Identity/Account/Login"] = "OOOOOOOO",
        ["POST /Identity/Account/LoginWith2fa"] = "SSSSSSSS",
        ["POST /Identity/Account/LoginWithRecoveryCode"] = "SSSSSSSS",
        ["POST /Identity/Account/Manage"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/ChangePassword"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/DeletePersonalData"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/Disable2fa"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/Email ?handler=ChangeEmail"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/Email ?handler=SendVerificationEmail"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/EnableAuthenticator"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/ExternalLogins ?handler=LinkLogin"] = "SRRRRRRR",
        ["POST /Identity/Account/Manage/ExternalLogins ?handler=RemoveLogin"] = "SRRRRRRR",
        ["POST /Identity/Account/Manage/GenerateRecoveryCodes"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/Index"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/ResetAuthenticator"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/SetPassword"] = "SOOOOOOO",
        ["POST /Identity/Account/Manage/TwoFactorAuthentication"] = "SOOOOOOO",
        ["POST /Identity/Account/Register"] = "OOOOOOOO",
        ["POST /Identity/Account/ResendEmailConfirmation"] = "OOOOOOOO",
        ["POST /Identity/Account/ResetPassword"] = "OOOOOOOO",
        ["POST /checkin/events/{id:int} ?handler=Person"] = "SRRRBBRB",
        ["POST /checkin/events/{id:int} ?handler=Scan"] = "SRRRBBRB",
        ["POST /events/{eventId:int}/delegations/{delegationId:int}/members ?handler=Nominate"] = "SRRRRORO",
        ["POST /events/{eventId:int}/delegations/{delegationId:int}/members ?handler=Withdraw"] = "SRRRRRRR",
        ["POST /events/{slug}/passport"] = "SRRORRRR",
        ["POST /events/{slug}/register"] = "SOOOOOOO",
        ["POST /events/{slug}/registration ?handler=Accept"] = "SRRORRRR",
        ["POST /events/{slug}/registration ?handler=Cancel"] = "SRRORRRR",
        ["POST /events/{slug}/registration/edit"] = "SRRORRRR",
        ["POST /events/{slug}/site-visits/{visitId:int}"] = "SOOOOOOO",
        ["POST /events/{slug}/site-visits/{visitId:int} ?handler=Cancel"] = "SRRORRRR",
        ["POST /events/{slug}/visa-letter"] = "SRRORRRR",
        ["POST /me/data ?handler=Erase"] = "SOOOOOOO",
        ["POST /me/profile"] = "SOOOOOOO",
        ["POST /organize/events/new"] = "SRRRRROO",
        ["POST /organize/events/{id:int}/delegations"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/delegations ?handler=Delete"] = "SRRRRRRR",
        ["POST /organize/events/{id:int}/delegations/{delegationId:int} ?handler=AddFocalPoint"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/delegations/{delegationId:int} ?handler=RemoveFocalPoint"] = "SRRRRRRR",
        ["POST /organize/events/{id:int}/delegations/{delegationId:int} ?handler=Settings"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/edit"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/edit ?handler=Archive"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/edit ?handler=Close"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/edit ?handler=Open"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/hosts"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/hosts ?handler=Remove"] = "SRRRRRRR",
        ["POST /organize/events/{id:int}/outbox ?handler=Resend"] = "SRRRRRRR",
        ["POST /organize/events/{id:int}/outbox ?handler=Rules"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/outcomes ?handler=Introduction"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/outcomes ?handler=Publish"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/outcomes ?handler=Withdraw"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/programme ?handler=Publish"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/rooms"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/rooms ?handler=Delete"] = "SRRRRRRR",
        ["POST /organize/events/{id:int}/team ?handler=Grant"] = "SRRRRRRO",
        ["POST /admin/users/{userId} ?handler=GiveRole"] = "SRRRRRRO",
        ["POST /admin/users/{userId} ?handler=TakeRole"] = "SRRRRRRO",
        ["POST /admin/users/{userId} ?handler=Lock"] = "SRRRRRRO",
        ["POST /admin/users/{userId} ?handler=Unlock"] = "SRRRRRRO",
        ["POST /admin/users/{userId} ?handler=ResetTwoFactor"] = "SRRRRRRO",
        ["POST /admin/users/{userId} ?handler=ResendConfirmation"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/team ?handler=Revoke"] = "SRRRRRRR",
        ["POST /organize/events/{id:int}/sessions/{sessionId:int?}"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/sessions/{sessionId:int?} ?handler=AddRole"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/sessions/{sessionId:int?} ?handler=Delete"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/sessions/{sessionId:int?} ?handler=LinkRole"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/sessions/{sessionId:int?} ?handler=MoveRole"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/sessions/{sessionId:int?} ?handler=RemoveRole"] = "SRRRRORO",
        ["POST /organize/events/{id:int}/site-visits"] = "SRRRRRRO",
        ["POST /organize/events/{id:int}/visa-letters"] = "SRRRRRRO",
        ["POST /outcomes/sessions/{sessionId:int}"] = "SRRORRRO",
        ["POST /secretariat/events/{id:int}/announcements/new ?handler=Chosen"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/announcements/new ?handler=Preview"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/announcements/new ?handler=Send"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/announcements/{announcementId:int} ?handler=CallOff"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/erasure-requests"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/{participantId:int}"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/{participantId:int} ?handler=Rank"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/{participantId:int}/edit ?handler=Details"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/{participantId:int}/edit ?handler=Move"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/new"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/bulk"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/import ?handler=Check"] = "SRRRRRRR",
        ["POST /secretariat/events/{id:int}/participants/import ?handler=Import"] = "SRRRRRRR",
        ["POST /secretariat/events/{id:int}/participants/import ?handler=Upload"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/participants/bulk ?handler=Apply"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/print-pack"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/site-visits/{visitId:int} ?handler=Send"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters ?handler=Approve"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters ?handler=Issue"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters/{requestId:int} ?handler=Approve"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters/{requestId:int} ?handler=Ask"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters/{requestId:int} ?handler=Issue"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters/{requestId:int} ?handler=Reject"] = "SRRRRORO",
        ["POST /secretariat/events/{id:int}/visa-letters/{requestId:int} ?handler=Revoke"] = "SRRRRORO",
        ["POST /status/{code:int}"] = "OOOOOOOO",
    };

    [Fact]
    public async Task Every_page_and_handler_answers_each_kind_of_user_as_the_table_says_and_none_answers_with_a_server_error()
    {
        await factory.PrepareAsync();
        var clients = await factory.ClientsAsync();
        var values = await PageWalk.RouteValuesAsync(factory, "TH");
        var mismatches = new List<string>();
        foreach (var (route, handler) in factory.GetTargets())
        {
            var key = route + (handler is null ? "" : $" ?handler={handler}");
            var url = PageWalk.Fill(route, values) + (handler is null ? "" : $"?handler={handler}");
            var actual = "";
            foreach (var who in Enum.GetValues<Who>())
            {
                actual += MatrixFactory.Classify(await clients[who].GetAsync(url)).ToString()[0];
            }

            if (!Expected.TryGetValue(key, out var expected))
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
