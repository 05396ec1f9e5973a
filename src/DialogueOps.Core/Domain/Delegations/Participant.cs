using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.Delegations;

public enum NameOrder
{
    GivenFirst = 0,
    FamilyFirst = 1,
}

public enum ParticipantCategory
{
    Official = 1,
    Expert = 2,
    Speaker = 3,
    Observer = 4,
    Media = 5,
    Staff = 6,
}

public enum ParticipantStatus
{
    Nominated = 0,
    Registered = 1,
    Confirmed = 2,
    Waitlisted = 3,
    Declined = 4,
    Cancelled = 5,
}

public sealed record PersonName(
    string? Honorific,
    string GivenName,
    string FamilyName,
    NameOrder Order,
    string? NativeScript);

/// <summary>A person taking part in one event; may have no account when a focal point nominated them.</summary>
public class Participant : IVersioned
{
    private Participant()
    {
    }

    public Participant(int eventId, PersonName name, string email, string nationality, ParticipantCategory category)
    {
        EventId = eventId;
        Rename(name);
        SetContact(email, null);
        if (!Countries.IsKnown(nationality))
        {
            throw new DomainException("Unknown country.", nameof(Nationality));
        }

        Nationality = nationality.ToUpperInvariant();
        Category = category;
        Status = ParticipantStatus.Registered;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int? DelegationId { get; private set; }
    public string? UserId { get; private set; }
    public string? Honorific { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public NameOrder NameOrder { get; private set; }
    public string? NativeName { get; private set; }
    public string? Position { get; private set; }
    public int? OrganizationId { get; private set; }
    public string Nationality { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Phone { get; private set; }
    public ParticipantCategory Category { get; private set; }

    /// <summary>Lower comes first in protocol order (ministers before senior officials before experts).</summary>
    public int ProtocolRank { get; private set; } = 100;

    /// <summary>Set by the secretariat; a manual rank is kept when the position changes.</summary>
    public bool ProtocolRankManual { get; private set; }

    public ParticipantStatus Status { get; private set; }
    public string? DietaryNeeds { get; private set; }
    public string? AccessibilityNeeds { get; private set; }
    public string? InterpretationLanguage { get; private set; }
    public DateTime? ArrivalAt { get; private set; }
    public string? ArrivalFlight { get; private set; }
    public DateTime? DepartureAt { get; private set; }
    public string? DepartureFlight { get; private set; }
    public string? Hotel { get; private set; }
    /// <summary>Every form of the name and the email, folded (<see cref="Common.SearchText"/>), for search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Unguessable token printed as the badge's QR code; check-in looks it up.</summary>
    public string CheckInToken { get; private set; } = NewToken();

    /// <summary>When the person joined the waitlist; the earliest is promoted first.</summary>
    public DateTime? WaitlistedAt { get; private set; }

    public DateTime? PrivacyConsentAt { get; private set; }
    public string? PrivacyConsentVersion { get; private set; }

    /// <summary>The person asked for their data to be erased; the secretariat carries it out.</summary>
    public DateTime? ErasureRequestedAt { get; private set; }

    public DateTime? ErasedAt { get; private set; }
    public Guid Version { get; set; }

    /// <summary>The Latin form in the order the person's culture uses: "Gao Fei" for family-first, "Siti Rahman" otherwise.</summary>
    public string LatinName => InOrder(GivenName, FamilyName, NameOrder);

    /// <summary>The Latin name in the order the person's culture uses; the one rule every list, badge and letter follows.</summary>
    public static string InOrder(string given, string family, NameOrder order) =>
        (order == NameOrder.FamilyFirst ? $"{family} {given}" : $"{given} {family}").Trim();

    public void Rename(PersonName name)
    {
        if (string.IsNullOrWhiteSpace(name.GivenName) && string.IsNullOrWhiteSpace(name.FamilyName))
        {
            throw new DomainException("A participant needs a given or a family name.", nameof(GivenName));
        }

        Honorific = string.IsNullOrWhiteSpace(name.Honorific) ? null : name.Honorific.Trim();
        GivenName = name.GivenName?.Trim() ?? "";
        FamilyName = name.FamilyName?.Trim() ?? "";
        NameOrder = name.Order;
        NativeName = string.IsNullOrWhiteSpace(name.NativeScript) ? null : name.NativeScript.Trim();
        Reindex();
    }

    public void SetContact(string email, string? phone)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@') || email.Length > 256)
        {
            throw new DomainException("A valid email address is required.", nameof(Email));
        }

        Email = email.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Reindex();
    }

    /// <summary>A lost or copied badge is replaced by a new token; the old QR code stops working.</summary>
    public void ReissueCheckInToken() => CheckInToken = NewToken();

    private static string NewToken() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private void Reindex() => SearchText = Common.SearchText.Fold(
        string.Join(" ", new[] { GivenName, FamilyName, $"{FamilyName}{GivenName}", NativeName, Email }.Where(s => !string.IsNullOrEmpty(s))));

    public void SetAffiliation(string? position, int? organizationId)
    {
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        OrganizationId = organizationId;
    }

    public void SetCategory(ParticipantCategory category) => Category = Enum.IsDefined(category)
        ? category
        : throw new DomainException("Unknown category.", nameof(Category));

    public void JoinDelegation(Delegation delegation)
    {
        if (delegation.EventId != EventId)
        {
            throw new DomainException("The delegation belongs to another event.", nameof(DelegationId));
        }

        DelegationId = delegation.Id;
    }

    public void LeaveDelegation() => DelegationId = null;

    /// <summary>For a registration decided again after a lost race: the delegation is known by id only.</summary>
    public void AssignDelegation(int delegationId) => DelegationId = delegationId;

    public void SetProtocolRank(int rank) => ProtocolRank = rank is < 1 or > 1000
        ? throw new DomainException("Protocol rank must be between 1 and 1,000.", nameof(ProtocolRank))
        : rank;

    /// <summary>The rank from the position table, unless the secretariat set one by hand.</summary>
    public void RankByPosition(ProtocolRanks ranks)
    {
        if (!ProtocolRankManual)
        {
            ProtocolRank = ranks.RankFor(Position);
        }
    }

    /// <summary>The secretariat's override; null returns to the position table.</summary>
    public void OverrideProtocolRank(int? rank, ProtocolRanks ranks)
    {
        if (rank is null)
        {
            ProtocolRankManual = false;
            RankByPosition(ranks);
            return;
        }

        SetProtocolRank(rank.Value);
        ProtocolRankManual = true;
    }

    public void LinkAccount(string userId) => UserId = userId;

    public void RequestErasure(DateTime atUtc)
    {
        if (ErasedAt is not null)
        {
            throw new DomainException("This participant's data was already erased.");
        }

        ErasureRequestedAt ??= atUtc;
    }

    /// <summary>
    /// Removes everything that identifies the person. What counts (status, category, nationality, delegation) stays, so the
    /// event's statistics and any issued letter's verification status survive.
    /// </summary>
    public void Anonymise(DateTime atUtc)
    {
        if (ErasedAt is not null)
        {
            return;
        }

        Honorific = null;
        GivenName = "";
        FamilyName = $"Erased participant {Id}";
        NativeName = null;
        Position = null;
        Email = $"erased-{Id}@invalid";
        Phone = null;
        UserId = null;
        DietaryNeeds = null;
        AccessibilityNeeds = null;
        InterpretationLanguage = null;
        ArrivalAt = null;
        ArrivalFlight = null;
        DepartureAt = null;
        DepartureFlight = null;
        Hotel = null;
        CheckInToken = NewToken();
        ErasureRequestedAt ??= atUtc;
        ErasedAt = atUtc;
        Reindex();
    }

    public void SetNeeds(string? dietary, string? accessibility, string? interpretationLanguage)
    {
        DietaryNeeds = string.IsNullOrWhiteSpace(dietary) ? null : dietary.Trim();
        AccessibilityNeeds = string.IsNullOrWhiteSpace(accessibility) ? null : accessibility.Trim();
        InterpretationLanguage = string.IsNullOrWhiteSpace(interpretationLanguage) ? null : interpretationLanguage.Trim();
    }

    public void SetTravel(DateTime? arrivalUtc, string? arrivalFlight, DateTime? departureUtc, string? departureFlight, string? hotel)
    {
        if (arrivalUtc is not null && departureUtc is not null && departureUtc < arrivalUtc)
        {
            throw new DomainException("Departure cannot be before arrival.", nameof(DepartureAt));
        }

        ArrivalAt = arrivalUtc;
        ArrivalFlight = arrivalFlight;
        DepartureAt = departureUtc;
        DepartureFlight = departureFlight;
        Hotel = hotel;
    }

    public void GiveConsent(string version, DateTime atUtc)
    {
        PrivacyConsentVersion = version;
        PrivacyConsentAt = atUtc;
    }

    public void Confirm()
    {
        if (Status == ParticipantStatus.Nominated || (Status == ParticipantStatus.Waitlisted && PrivacyConsentAt is null))
        {
            throw new DomainException("The nominee has not yet accepted the nomination and the privacy notice.", nameof(Status));
        }

        MoveTo(ParticipantStatus.Confirmed, ParticipantStatus.Registered, ParticipantStatus.Waitlisted);
        WaitlistedAt = null;
    }

    /// <summary>
    /// A focal point put this person forward: the place is held, but the person has not yet said yes nor accepted the privacy
    /// notice, so the secretariat cannot confirm them until <see cref="Accept"/>.
    /// </summary>
    public void MarkNominated()
    {
        MoveTo(ParticipantStatus.Nominated, ParticipantStatus.Registered, ParticipantStatus.Nominated);
        PrivacyConsentAt = null;
        PrivacyConsentVersion = null;
    }

    /// <summary>The nominee says yes and accepts the privacy notice: the registration goes to the secretariat's review.</summary>
    public void Accept(string privacyNoticeVersion, DateTime atUtc)
    {
        if (Status == ParticipantStatus.Waitlisted)
        {
            GiveConsent(privacyNoticeVersion, atUtc);
            return;
        }

        MoveTo(ParticipantStatus.Registered, ParticipantStatus.Nominated);
        GiveConsent(privacyNoticeVersion, atUtc);
    }

    /// <summary>A withdrawn or declined person is put forward again: the same row comes back, so the history stays in one place.</summary>
    public void Renominate()
    {
        MoveTo(ParticipantStatus.Nominated, ParticipantStatus.Cancelled, ParticipantStatus.Declined);
        WaitlistedAt = null;
        PrivacyConsentAt = null;
        PrivacyConsentVersion = null;
    }

    /// <summary>
    /// A confirmed person changed what badges and letters are printed from (name, nationality, position):
    /// the secretariat reviews it again, as Indico resets approval on modification. Returns whether it did.
    /// </summary>
    public bool ReturnToReviewIfChanged(string keyBefore)
    {
        if (Status != ParticipantStatus.Confirmed || keyBefore == KeyFields)
        {
            return false;
        }

        Status = ParticipantStatus.Registered;
        return true;
    }

    /// <summary>The fields whose change sends a confirmed registration back to review.</summary>
    public string KeyFields => string.Join("|", Honorific, GivenName, FamilyName, NameOrder, NativeName, Nationality, Position, OrganizationId);

    public void ChangeNationality(string nationality) => Nationality = Countries.IsKnown(nationality)
        ? nationality.ToUpperInvariant()
        : throw new DomainException("Unknown country.", nameof(Nationality));

    public void Waitlist(DateTime atUtc)
    {
        MoveTo(ParticipantStatus.Waitlisted, ParticipantStatus.Registered, ParticipantStatus.Nominated, ParticipantStatus.Waitlisted);
        WaitlistedAt ??= atUtc;
    }

    /// <summary>A place came free: back to the secretariat's review, or to the nominee's own yes when it is still missing.</summary>
    public void Promote()
    {
        MoveTo(PrivacyConsentAt is null ? ParticipantStatus.Nominated : ParticipantStatus.Registered, ParticipantStatus.Waitlisted);
        WaitlistedAt = null;
    }

    /// <summary>Nominated, registered or confirmed people hold a place against capacity and quotas.</summary>
    public bool HoldsPlace => HoldingPlace.Contains(Status);

    /// <summary>The statuses that count against capacity and quotas, for queries.</summary>
    public static readonly ParticipantStatus[] HoldingPlace = [ParticipantStatus.Nominated, ParticipantStatus.Registered, ParticipantStatus.Confirmed];

    public void Decline() => MoveTo(ParticipantStatus.Declined, ParticipantStatus.Registered, ParticipantStatus.Waitlisted, ParticipantStatus.Nominated, ParticipantStatus.Confirmed);

    public void Cancel() => MoveTo(ParticipantStatus.Cancelled, ParticipantStatus.Registered, ParticipantStatus.Waitlisted, ParticipantStatus.Nominated, ParticipantStatus.Confirmed);

    private void MoveTo(ParticipantStatus target, params ParticipantStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new DomainException($"A registration that is {Status} cannot become {target}.", nameof(Status));
        }

        Status = target;
    }
}
