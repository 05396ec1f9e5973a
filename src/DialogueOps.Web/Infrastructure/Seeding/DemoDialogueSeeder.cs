using System.Security.Cryptography;
using DialogueOps.Data;
using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.Events;
using DialogueOps.Domain.Identity;
using DialogueOps.Domain.Programme;
using DialogueOps.Domain.SiteVisits;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Infrastructure.Seeding;

/// <summary>
/// Seeds the China–ASEAN Think Tank Network AI Policy Dialogue and one account per role.
/// Idempotent: roles and accounts are ensured one by one; the event is created only when its slug is absent,
/// so a second run changes nothing. Passwords are printed once, when an account is created.
/// </summary>
public sealed class DemoDialogueSeeder(
    DialogueOpsDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    PassportVault vault,
    ILogger<DemoDialogueSeeder> logger)
{
    public const string Slug = "cattn-ai-dialogue-2027";
    public const string EmailDomain = "demo.dialogueops.test";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var created = new List<(string Email, string Role, string Password)>();
        var admin = await EnsureUserAsync("admin", "Demo Administrator", Roles.Administrator, created);
        var organizer = await EnsureUserAsync("organizer", "Demo Organizer", Roles.Organizer, created);
        var secretariat = await EnsureUserAsync("secretariat", "Demo Secretariat", Roles.Secretariat, created);
        var focalPoint = await EnsureUserAsync("focalpoint.my", "Demo Focal Point (Malaysia)", Roles.Delegate, created);
        var delegate_ = await EnsureUserAsync("delegate", "Demo Delegate (Siti Rahman)", Roles.Delegate, created);
        var checkIn = await EnsureUserAsync("checkin", "Demo Check-in Desk", Roles.Delegate, created);
        _ = admin;

        if (!await db.Events.AnyAsync(e => e.Slug == Slug, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeedDialogueAsync(organizer, secretariat, focalPoint, delegate_, checkIn, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Seeded the demo dialogue /events/{Slug}", Slug);
        }

        if (created.Count > 0)
        {
            PrintOnce(created);
        }
    }

    private async Task<ApplicationUser> EnsureUserAsync(string name, string displayName, string role, List<(string, string, string)> created)
    {
        var email = $"{name}@{EmailDomain}";
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            return user;
        }

        user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var password = configuration["Seed:DemoPassword"] is { Length: > 0 } fixedPassword ? fixedPassword : NewPassword();
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        created.Add((email, role, password));
        return user;
    }

    private static string NewPassword() =>
        $"Demo-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}-{RandomNumberGenerator.GetInt32(10, 99)}a";

    private void PrintOnce(List<(string Email, string Role, string Password)> created)
    {
        var lines = new List<string> { "", "Demo accounts (printed once; also appended to App_Data/demo-accounts.txt):" };
        lines.AddRange(created.Select(c => $"  {c.Role,-14} {c.Email,-42} {c.Password}"));
        lines.Add("");
        // Test hosts seed dozens of times; the file is enough for them.
        if (configuration.GetValue("Seed:PrintAccounts", true))
        {
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }
        }

        var file = Path.Combine(environment.ContentRootPath, configuration["Seed:AccountsFile"] ?? "App_Data/demo-accounts.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.AppendAllLines(file, lines);
    }

    private async Task SeedDialogueAsync(ApplicationUser organizer, ApplicationUser secretariat, ApplicationUser focalPoint, ApplicationUser delegateUser, ApplicationUser checkIn, CancellationToken ct)
    {
        var zone = EventTimeZone.Find("Asia/Shanghai");
        var start = new DateOnly(2027, 7, 8);
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime At(int day, int hour, int minute = 0) => EventTimeZone.ToUtc(start.AddDays(day).ToDateTime(new TimeOnly(hour, minute)), zone);

        var dialogue = Event.Create(new EventDetails(
            Slug,
            "China–ASEAN Think Tank Network AI Policy Dialogue",
            "中国—东盟思想库网络人工智能政策对话",
            "Governing AI together: national perspectives and regional cooperation",
            "Qianhai International Conference Centre",
            "Shenzhen",
            "Asia/Shanghai",
            start,
            start.AddDays(1),
            80,
            RegistrationOpensAtUtc: now.Date.AddDays(-30),
            RegistrationClosesAtUtc: At(-21, 23, 59),
            VisaRequestDeadlineUtc: At(-45, 23, 59)));
        dialogue.Open();
        dialogue.SetVisaLetterPolicy(new VisaLetterPolicy("QH", bilingual: true,
            "accommodation for three nights, meals during the dialogue and local transport in Shenzhen",
            "会议期间三晚住宿、餐饮及深圳市内交通", minimumValidityMonths: 6));

        var cfau = new Organization("Asia Research Institute, China Foreign Affairs University", "外交学院亚洲研究所", "CFAU-ARI", OrganizationKind.University, "CN");
        var isis = new Organization("Institute of Strategic and International Studies (ISIS) Malaysia", null, "ISIS", OrganizationKind.ThinkTank, "MY");
        var tencent = new Organization("Tencent", "腾讯", null, OrganizationKind.Company, "CN");
        var webank = new Organization("WeBank", "微众银行", null, OrganizationKind.Company, "CN");
        var ubtech = new Organization("UBTECH Robotics", "优必选科技", "UBTECH", OrganizationKind.Company, "CN");
        db.AddRange(cfau, isis, tencent, webank, ubtech);
        db.Events.Add(dialogue);
        await db.SaveChangesAsync(ct);

        dialogue.AddHost(cfau.Id, HostRole.Host, "Prof. Gao Fei", "Director, Asia Research Institute");
        dialogue.AddHost(isis.Id, HostRole.CoHost, "Dato' Farah Aziz", "Chief Executive, ISIS Malaysia");

        var hall = new Room(dialogue.Id, "Qianhai Hall", "前海厅", 200, 2);
        var roomA = new Room(dialogue.Id, "Meeting Room A", "A会议室", 60, 1);
        var roomB = new Room(dialogue.Id, "Meeting Room B", "B会议室", 40, 0);
        var vip = new Room(dialogue.Id, "VIP Lounge", "贵宾室", 20, 0);
        db.AddRange(hall, roomA, roomB, vip);
        db.EventGrants.Add(new EventGrant(organizer.Id, dialogue.Id, GrantKind.Organizer));
        db.EventGrants.Add(new EventGrant(secretariat.Id, dialogue.Id, GrantKind.Secretariat));
        db.EventGrants.Add(new EventGrant(checkIn.Id, dialogue.Id, GrantKind.CheckInStaff));
        await db.SaveChangesAsync(ct);

        var people = new Dictionary<string, Participant>();
        var organizations = new Dictionary<string, Organization>(StringComparer.Ordinal)
        {
            [cfau.Name] = cfau, [isis.Name] = isis,
        };
        foreach (var team in DemoPeople.Teams)
        {
            var delegation = new Delegation(dialogue.Id, team.Country);
            delegation.SetQuota(ParticipantCategory.Official, 3);
            delegation.SetQuota(ParticipantCategory.Expert, 4);
            db.Delegations.Add(delegation);
            await db.SaveChangesAsync(ct);

            Participant? head = null;
            foreach (var person in team.People)
            {
                if (!organizations.TryGetValue(person.Organization, out var organization))
                {
                    organization = new Organization(person.Organization, null, null, OrganizationKind.ThinkTank, team.Country);
                    organizations[person.Organization] = organization;
                    db.Organizations.Add(organization);
                    await db.SaveChangesAsync(ct);
                }

                var email = $"{Ascii(person.Given)}.{Ascii(person.Family)}.{team.Country.ToLowerInvariant()}@{EmailDomain}";
                var participant = new Participant(dialogue.Id, new PersonName(person.Honorific, person.Given, person.Family, person.Order, person.Native),
                    email, team.Country, person.Category);
                participant.SetAffiliation(person.Position, organization.Id);
                participant.SetProtocolRank(person.Rank);
                participant.JoinDelegation(delegation);
                participant.GiveConsent("2027-01", now);
                participant.Confirm();
                if (person is { Given: "Siti", Family: "Rahman" })
                {
                    participant.LinkAccount(delegateUser.Id);
                    participant.SetTravel(At(-1, 14, 25), "MH376", At(2, 11, 40), "MH377", "Hilton Shenzhen Shekou Nanhai");
                }

                db.Participants.Add(participant);
                people[$"{person.Given} {person.Family}"] = participant;
                head ??= participant;
            }

            await db.SaveChangesAsync(ct);
            delegation.SetHead(head!);
            if (team.Country == "MY")
            {
                db.EventGrants.Add(new EventGrant(focalPoint.Id, dialogue.Id, GrantKind.FocalPoint, delegation.Id));
            }
        }

        await db.SaveChangesAsync(ct);

        Session Add(SessionKind kind, string title, string local, int day, (int H, int M) from, (int H, int M) to, Room room, string? description = null)
        {
            var session = new Session(dialogue.Id, title, local, kind, At(day, from.H, from.M), At(day, to.H, to.M), room.Id);
            session.Describe(description, "en,zh-Hans", room.InterpretationBooths > 0);
            db.Sessions.Add(session);
            return session;
        }

        var opening = Add(SessionKind.Opening, "Opening Ceremony and Welcome Remarks", "开幕式及致辞", 0, (9, 0), (9, 40), hall,
            "Welcome remarks by the two co-hosts and the Qianhai Authority.");
        opening.Assign(people["Wenjun Li"].Id, SessionRoleKind.Speaker);
        opening.Assign(people["Farah Aziz"].Id, SessionRoleKind.Speaker);
        opening.Assign(people["Jing Chen"].Id, SessionRoleKind.Speaker);
        opening.Assign(people["Fei Gao"].Id, SessionRoleKind.Moderator);

        var keynote = Add(SessionKind.Keynote, "Keynote: AI Governance in a Multipolar Asia", "主旨演讲：多极化亚洲的人工智能治理", 0, (9, 40), (10, 20), hall);
        keynote.Assign(people["Wei Ming Lim"].Id, SessionRoleKind.Speaker);
        keynote.Assign(people["Fei Gao"].Id, SessionRoleKind.Chair);

        Add(SessionKind.Break, "Coffee Break", "茶歇", 0, (10, 20), (10, 40), hall);

        var rt1 = Add(SessionKind.Roundtable, "Roundtable 1: National Perspectives on AI Governance", "圆桌一：人工智能治理的国别视角", 0, (10, 40), (12, 30), hall,
            "Each delegation presents its national AI strategy and regulatory approach.");
        rt1.Assign(people["Somchai Jaidee"].Id, SessionRoleKind.Chair);
        foreach (var name in new[] { "Siti Rahman", "Pimchanok Srisuk", "Văn Hùng Trần", "Sopheap Chea", "Phet Souvanna", "Thandar Hlaing" })
        {
            rt1.Assign(people[name].Id, SessionRoleKind.Speaker);
        }

        rt1.Assign(people["Xiaomei Zhang"].Id, SessionRoleKind.Rapporteur);

        Add(SessionKind.Meal, "Lunch", "午餐", 0, (12, 30), (14, 0), vip);

        var rt2 = Add(SessionKind.Roundtable, "Roundtable 2: Regional Perspectives and China–ASEAN Cooperation", "圆桌二：区域视角与中国—东盟合作", 0, (14, 0), (15, 45), hall);
        rt2.Assign(people["Maria Teresa Santos"].Id, SessionRoleKind.Chair);
        foreach (var name in new[] { "Fei Gao", "Dewi Fortuna", "Jose Reyes", "Priya Raman" })
        {
            rt2.Assign(people[name].Id, SessionRoleKind.Speaker);
        }

        rt2.Assign(people["Hafiz Ismail"].Id, SessionRoleKind.Discussant);
        rt2.Assign(people["Jun Hao Ong"].Id, SessionRoleKind.Rapporteur);

        Add(SessionKind.Break, "Coffee Break", "茶歇", 0, (15, 45), (16, 0), hall);

        var rt3 = Add(SessionKind.Roundtable, "Roundtable 3: Cross-border Data Governance", "圆桌三：跨境数据治理", 0, (16, 0), (17, 30), roomA);
        rt3.Assign(people["Dewi Fortuna"].Id, SessionRoleKind.Moderator);
        foreach (var name in new[] { "Hao Wang", "Anan Wongsawat", "Thu Hà Lê", "Budi Santoso" })
        {
            rt3.Assign(people[name].Id, SessionRoleKind.Speaker);
        }

        rt3.Assign(people["Ayu Lestari"].Id, SessionRoleKind.Rapporteur);

        Add(SessionKind.Meal, "Welcome Dinner", "欢迎晚宴", 0, (18, 30), (20, 30), hall);

        var rt4 = Add(SessionKind.Roundtable, "Roundtable 4: Capacity Building and Talent", "圆桌四：能力建设与人才培养", 1, (14, 0), (15, 30), hall);
        rt4.Assign(people["Somphone Phommavong"].Id, SessionRoleKind.Chair);
        foreach (var name in new[] { "Kanya Thongchai", "Min Thu", "Rithy Heng", "Miguel Bautista" })
        {
            rt4.Assign(people[name].Id, SessionRoleKind.Speaker);
        }

        rt4.Assign(people["Carmela Villanueva"].Id, SessionRoleKind.Rapporteur);

        var closing = Add(SessionKind.Closing, "Closing Session: Towards the Leaders' Summit", "闭幕式：迈向领导人会议", 1, (16, 0), (16, 45), hall);
        closing.Assign(people["Fei Gao"].Id, SessionRoleKind.Speaker);
        closing.Assign(people["Farah Aziz"].Id, SessionRoleKind.Speaker);
        closing.Assign(people["Siti Rahman"].Id, SessionRoleKind.Rapporteur);

        Add(SessionKind.SiteVisit, "Site visits to host companies", "企业参访", 1, (8, 30), (12, 30), vip,
            "Three parallel visits; sign up for one.");

        var visits = new[]
        {
            (tencent, "Visit to Tencent Qianhai", "参访腾讯前海", 20, "Photography only in the exhibition hall. Visitors sign a non-disclosure form at the gate.", "visits@tencent.example.cn"),
            (webank, "Visit to WeBank", "参访微众银行", 20, "No photography inside the operations centre. Business attire.", "security@webank.example.cn"),
            (ubtech, "Visit to UBTECH Robotics", "参访优必选科技", 25, "Closed-toe shoes required in the lab. Photography allowed in the showroom.", "protocol@ubtech.example.cn"),
        };
        foreach (var (host, title, local, capacity, rules, contact) in visits)
        {
            db.SiteVisits.Add(SiteVisit.Create(dialogue.Id, new SiteVisitDetails(host.Id, title, local, At(1, 9), At(1, 12), capacity,
                "Main entrance, Qianhai International Conference Centre, 08:30", "Coaches leave at 08:40 and return by 12:30.",
                capacity > 20 ? [new Vehicle("Coach A", 15), new Vehicle("Coach B", 15)] : [new Vehicle("Coach A", 22)],
                At(-5, 18), rules, PassportRequired: host != ubtech, contact)));
        }

        await db.SaveChangesAsync(ct);
        foreach (var session in await db.Sessions.Include(s => s.Roles).Where(s => s.EventId == dialogue.Id).ToListAsync(ct))
        {
            var ids = session.Roles.Select(r => r.ParticipantId).ToHashSet();
            session.SortByProtocol(people.Values.Where(p => ids.Contains(p.Id))
                .ToDictionary(p => p.Id, p => (p.ProtocolRank, Countries.Name(p.Nationality, chinese: false), p.FamilyName)));
        }

        dialogue.PublishProgramme(now);
        await db.SaveChangesAsync(ct);
        await SeedVisaLettersAsync(dialogue, people.Values, secretariat, ct);
    }

    /// <summary>A queue the secretariat can work: one waiting, one asked for more, one approved. The demo delegate has none yet.</summary>
    private async Task SeedVisaLettersAsync(Event dialogue, IEnumerable<Participant> people, ApplicationUser secretariat, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (vn, th, ph) = (people.First(p => p.Nationality == "VN"), people.First(p => p.Nationality == "TH"), people.First(p => p.Nationality == "PH"));
        var samples = new[]
        {
            (vn, "C1234567", "Embassy of the People's Republic of China in Viet Nam"),
            (th, "AA1234567", "Consulate-General of the People's Republic of China in Chiang Mai"),
            (ph, "P1234567A", "Embassy of the People's Republic of China in the Philippines"),
        };
        var requests = new List<VisaLetterRequest>();
        foreach (var (person, number, consulate) in samples)
        {
            var name = string.Join(' ', $"{person.FamilyName} {person.GivenName}".Split(' ').Select(Ascii)).ToUpperInvariant();
            var (protectedNumber, protectedBirth) = vault.Seal(number, new DateOnly(1980, 5, 17));
            var facts = new PassportFacts(name, person.Nationality, person.Nationality, dialogue.EndDate.AddYears(4));
            var request = new VisaLetterRequest(dialogue.Id, person.Id,
                new VisaLetterTrip(consulate, dialogue.StartDate.AddDays(-1), dialogue.EndDate.AddDays(1), null), facts, protectedNumber, protectedBirth, now);
            db.PassportDetails.Add(new PassportDetails(person.Id, facts, protectedNumber, protectedBirth, now));
            db.VisaLetterRequests.Add(request);
            requests.Add(request);
        }

        requests[1].AskForInformation(secretariat.Id, "Please confirm the consulate: your registration says Bangkok.", now);
        requests[2].Approve(secretariat.Id, now);
        await db.SaveChangesAsync(ct);
    }

    private static string Ascii(string value)
    {
        var normalized = value.Replace("Đ", "D").Replace("đ", "d").Normalize(System.Text.NormalizationForm.FormD);
        var letters = normalized.Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z').ToArray();
        return new string(letters).ToLowerInvariant();
    }
}
