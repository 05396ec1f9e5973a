using DialogueOps.Domain.Delegations;
using DialogueOps.Domain.VisaLetters;
using DialogueOps.UnitTests.Builders;

namespace DialogueOps.UnitTests.Domain.VisaLetters;

public class VisaLetterApplicationTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private readonly DialogueOps.Domain.Events.Event dialogue = new EventDetailsBuilder().BuildEvent();

    private static VisaLetterApplication Valid(string country = "MY", string number = "A12345678") => new(
        "SITI RAHMAN", number, country, new DateOnly(1985, 3, 14), new DateOnly(2031, 1, 1), country,
        "Embassy of China in Malaysia", new DateOnly(2027, 7, 7), new DateOnly(2027, 7, 10), null);

    private IEnumerable<string> Fields(VisaLetterApplication application, VisaLetterPolicy? policy = null) =>
        application.Validate(dialogue, policy ?? VisaLetterPolicy.Default, Today).All.Select(e => e.Field);

    [Fact]
    public void A_complete_application_has_no_errors() => Assert.Empty(Fields(Valid()));

    [Theory]
    [InlineData("CN", "E12345678", true)]
    [InlineData("CN", "EA1234567", true)]
    [InlineData("CN", "A12345678", false)]
    [InlineData("SG", "K1234567A", true)]
    [InlineData("SG", "K12345678", false)]
    [InlineData("VN", "C1234567", true)]
    [InlineData("TH", "AA1234567", true)]
    [InlineData("AU", "PA1234567", true)]
    [InlineData("AU", "PA-12", false)]
    public void Passport_numbers_follow_the_issuing_countrys_pattern_where_known_else_a_generic_one(string country, string number, bool valid) =>
        Assert.Equal(!valid, Fields(Valid(country, number)).Contains(nameof(VisaLetterApplication.PassportNumber)));

    [Fact]
    public void Spaces_and_hyphens_typed_into_the_number_are_ignored_and_letters_upper_cased() =>
        Assert.Equal("A12345678", (Valid() with { PassportNumber = " a1234-5678 " }).NormalizedNumber);

    [Fact]
    public void The_passport_must_outlast_the_exit_date_by_the_events_months()
    {
        var application = Valid() with { PassportExpiry = new DateOnly(2027, 12, 1) };
        Assert.Contains(nameof(VisaLetterApplication.PassportExpiry), Fields(application));
        Assert.DoesNotContain(nameof(VisaLetterApplication.PassportExpiry),
            Fields(application, new VisaLetterPolicy("QH", true, null, null, minimumValidityMonths: 3)));
    }

    [Theory]
    [InlineData("2027-06-20", "2027-07-10", "EntryDate")]
    [InlineData("2027-07-07", "2027-07-30", "ExitDate")]
    [InlineData("2027-07-09", "2027-07-07", "ExitDate")]
    public void The_stay_must_be_around_the_event(string entry, string exit, string field) =>
        Assert.Contains(field, Fields(Valid() with { EntryDate = DateOnly.Parse(entry), ExitDate = DateOnly.Parse(exit) }));

    [Theory]
    [InlineData("高飞")]
    [InlineData("Nguyễn Văn An")]
    [InlineData("<script>")]
    public void The_name_is_in_the_Latin_letters_of_the_machine_readable_zone(string name) =>
        Assert.Contains(nameof(VisaLetterApplication.NameAsInPassport), Fields(Valid() with { NameAsInPassport = name }));

    [Fact]
    public void Names_are_kept_upper_case_with_single_spaces() =>
        Assert.Equal("SITI NURHALIZA RAHMAN", (Valid() with { NameAsInPassport = "  Siti   Nurhaliza Rahman " }).Facts.NameAsInPassport);
}
