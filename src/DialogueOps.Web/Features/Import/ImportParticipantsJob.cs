using DialogueOps.Data;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Jobs;
using DialogueOps.Web.Features.Participants;
using DialogueOps.Web.Features.Registration;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Import;

/// <summary>
/// Imports an uploaded participant list in the background, so a file of thousands of rows shows its progress: rows are
/// checked (the count advances as they are), then every valid row is saved in one transaction, then the rows left out are
/// written back as a spreadsheet with a Problem column, to correct and import again.
/// </summary>
public sealed class ImportParticipantsJob(DialogueOpsDbContext db, RegistrationDesk desk, ProtocolRanks ranks, TimeProvider clock, ILogger<ImportParticipantsJob> logger)
{
    public const string UploadKind = "participant-upload";
    public const string Kind = "participant-import";
    public const string RejectedFileName = "rejected-rows.xlsx";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int runId, int uploadRunId, ImportField[] mapping, bool invite, string userId, CancellationToken ct)
    {
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId, ct);
        try
        {
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == run.EventId, ct);
            var sheet = await LoadAsync(db, run.EventId, uploadRunId, ct) ?? throw new InvalidDataException("The uploaded file is no longer there.");
            var checks = await ImportPlan.CheckAsync(db, ev, sheet, mapping, new Progress(db, runId), ct);
            var valid = checks.Where(c => c.Person is not null).Select(c => c.Person!).ToList();
            var emails = valid.Select(p => p.Email.ToUpperInvariant()).ToList();
            accounts = (await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => new { u.NormalizedEmail, u.Id }).ToListAsync(ct))
                .ToDictionary(u => u.NormalizedEmail!, u => u.Id);
            delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == ev.Id).ToDictionaryAsync(d => d.CountryCode, ct);
            var people = new List<Participant>(valid.Count);
            foreach (var row in valid)
            {
                people.Add(await ToParticipantAsync(ev.Id, row));
            }

            await desk.AddManyAsync(ev, people, userId, RegistrationDesk.AddedBySecretariat + " (import)", invite, ct);
            var rejected = checks.Where(c => c.Problem is not null).ToList();
            if (rejected.Count > 0)
            {
                var rows = rejected.Select(c => c.Cells.Select(v => (string?)v).Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, c.Problem!, c.ProblemArgument)).ToArray());
                db.JobRunFiles.Add(new JobRunFile(runId, RejectedFileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    await ParticipantExports.XlsxAsync(rows, ct, [.. sheet.Header, "Problem"], "Rejected rows"), clock.GetUtcNow().UtcDateTime));
            }

            run = await db.JobRuns.SingleAsync(r => r.Id == runId, ct);
            run.Progress(people.Count, rejected.Count, null);
            run.Finish(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Nothing was saved (one transaction); the page says so instead of spinning for ever.
            logger.LogError(error, "Import {Run} failed", runId);
            db.ChangeTracker.Clear();
            await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(r => r
                .SetProperty(x => x.LastError, "The import stopped before saving anything. Try again; if it fails again, split the file.")
                .SetProperty(x => x.FinishedAt, clock.GetUtcNow().UtcDateTime), ct);
        }
    }

    /// <summary>The uploaded spreadsheet, read again from the database (any instance may run the job or serve the page).</summary>
    public static async Task<Sheet?> LoadAsync(DialogueOpsDbContext db, int eventId, int uploadRunId, CancellationToken ct)
    {
        var file = await db.JobRunFiles.AsNoTracking()
            .Where(f => f.JobRunId == uploadRunId && db.JobRuns.Any(r => r.Id == uploadRunId && r.EventId == eventId && r.Kind == UploadKind))
            .SingleOrDefaultAsync(ct);
        return file is null ? null : Sheet.Read(new MemoryStream(file.Content), file.FileName);
    }

    // Read once per import, not once per row: a file of 5,000 rows would otherwise ask the database 15,000 times.
    private Dictionary<string, string> accounts = [];
    private Dictionary<string, Delegation> delegations = [];
    private readonly Dictionary<string, int> organizations = new(StringComparer.Ordinal);

    private async Task<Participant> ToParticipantAsync(int eventId, ImportedPerson row)
    {
        var person = new Participant(eventId, new PersonName(row.Honorific, row.GivenName, row.FamilyName, row.NameOrder, row.NativeName), row.Email, row.Nationality, row.Category);
        person.SetContact(row.Email, row.Phone);
        int? organizationId = null;
        if (row.Organization is { } name && row.Represented is { } country)
        {
            if (!organizations.TryGetValue(name, out var found))
            {
                organizations[name] = found = await OrganizationPicker.FindOrCreateAsync(db, name, country);
            }

            organizationId = found;
        }

        person.SetAffiliation(row.Position, organizationId);
        person.RankByPosition(ranks);
        person.SetNeeds(row.DietaryNeeds, row.AccessibilityNeeds, row.InterpretationLanguage);
        person.SetTravel(null, row.ArrivalFlight, null, row.DepartureFlight, row.Hotel);
        if (row.Represented is { } code && delegations.TryGetValue(code, out var delegation))
        {
            person.JoinDelegation(delegation);
        }

        if (accounts.TryGetValue(row.Email.ToUpperInvariant(), out var userId))
        {
            person.LinkAccount(userId);
        }

        if (row.Consented)
        {
            person.GiveConsent(Pages.Events.RegisterModel.PrivacyNoticeVersion, clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            person.MarkNominated();
        }

        return person;
    }

    /// <summary>Writes the count of checked rows as it goes; its own statement, so the page polling the run sees it at once.</summary>
    private sealed class Progress(DialogueOpsDbContext db, int runId) : IProgress<int>
    {
        public void Report(int value) => db.JobRuns.Where(r => r.Id == runId).ExecuteUpdate(r => r.SetProperty(x => x.Completed, value));
    }
}
