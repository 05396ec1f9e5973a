using DialogueOps.Domain.Common;
using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.VisaLetters;

namespace DialogueOps.UnitTests.Domain.VisaLetters;

public class VisaLetterRequestTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static VisaLetterRequest Submitted() => new(1, 7,
        new VisaLetterTrip("Embassy", new DateOnly(2027, 7, 7), new DateOnly(2027, 7, 10), null),
        new PassportFacts("SITI RAHMAN", "MY", "MY", new DateOnly(2031, 1, 1)), "cipher-number", "cipher-birth", Now);

    [Fact]
    public void A_letter_is_numbered_only_once_approved_and_revoked_only_once_issued()
    {
        var request = Submitted();
        Assert.Throws<DomainException>(() => request.Issue("QH", 2027, 1, "hash", [1], Now));
        Assert.Throws<DomainException>(() => request.Revoke("staff", "reason", Now));

        request.Approve("staff", Now);
        request.Issue("QH", 2027, 42, "hash", [1], Now);

        Assert.Equal("QH-2027-0042", request.ReferenceNumber);
        Assert.Equal(VisaLetterStatus.Issued, request.Status);
        Assert.Throws<DomainException>(() => request.Revoke("staff", " ", Now));
        request.Revoke("staff", "Delegation withdrew", Now.AddDays(1));
        Assert.Equal(VisaLetterStatus.Revoked, request.Status);
        Assert.Equal(Now.AddDays(1), request.RevokedAt);
    }

    [Fact]
    public void Only_a_question_reopens_a_request_for_the_delegate()
    {
        var request = Submitted();
        Assert.False(request.CanBeAmended);
        Assert.Throws<DomainException>(() => request.AskForInformation("staff", "", Now));

        request.AskForInformation("staff", "Which consulate?", Now);
        Assert.True(request.CanBeAmended);
        request.Amend(new VisaLetterTrip("Consulate in Penang", new DateOnly(2027, 7, 7), new DateOnly(2027, 7, 10), null),
            new PassportFacts("SITI RAHMAN", "MY", "MY", new DateOnly(2031, 1, 1)), "c2", "b2", reply: null, Now.AddHours(1));

        Assert.Equal(VisaLetterStatus.Submitted, request.Status);
        Assert.Equal("Consulate in Penang", request.Consulate);
    }

    [Fact]
    public void Verification_codes_are_128_random_bits()
    {
        var codes = Enumerable.Range(0, 100).Select(_ => Submitted().VerificationCode).ToHashSet();
        Assert.Equal(100, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[0-9a-f]{32}$", c));
    }

    [Fact]
    public void Erasing_the_holder_keeps_the_reference_and_status_but_nothing_personal()
    {
        var request = Submitted();
        request.Approve("staff", Now);
        request.Issue("QH", 2027, 3, "hash", [1], Now);

        request.EraseHolder(Now.AddDays(40));

        Assert.Equal("", request.NameAsInPassport);
        Assert.Equal("", request.ProtectedPassportNumber);
        Assert.Null(request.ProtectedDocument);
        Assert.Equal("QH-2027-0003", request.ReferenceNumber);
        Assert.Equal(VisaLetterStatus.Issued, request.Status);
    }
}
