using System.Text.RegularExpressions;
using DialogueOps.Domain.Common;

namespace DialogueOps.Domain.VisaLetters;

/// <summary>How an event's invitation letters read and what they demand; organizers set it, the letter and the form follow it.</summary>
public partial class VisaLetterPolicy
{
    public const int CoveredCostsMaxLength = 500;

    private VisaLetterPolicy()
    {
    }

    public VisaLetterPolicy(string referencePrefix, bool bilingual, string? coveredCosts, string? coveredCostsLocal, int minimumValidityMonths)
    {
        var errors = Validate(referencePrefix, coveredCosts, coveredCostsLocal, minimumValidityMonths);
        errors.ThrowIfAny();
        ReferencePrefix = referencePrefix.Trim().ToUpperInvariant();
        Bilingual = bilingual;
        CoveredCosts = string.IsNullOrWhiteSpace(coveredCosts) ? null : coveredCosts.Trim();
        CoveredCostsLocal = string.IsNullOrWhiteSpace(coveredCostsLocal) ? null : coveredCostsLocal.Trim();
        MinimumValidityMonths = minimumValidityMonths;
    }

    public static VisaLetterPolicy Default => new("DLG", bilingual: true, null, null, minimumValidityMonths: 6);

    /// <summary>Letters are numbered PREFIX-YEAR-0001, e.g. QH-2026-0042.</summary>
    public string ReferencePrefix { get; private set; } = "DLG";

    /// <summary>Whether the letter carries a Chinese text beside the English one.</summary>
    public bool Bilingual { get; private set; } = true;

    /// <summary>What the hosts pay for, as the letter says it ("accommodation and local transport"); null: nothing is promised.</summary>
    public string? CoveredCosts { get; private set; }

    public string? CoveredCostsLocal { get; private set; }

    /// <summary>The passport must stay valid this many months after the exit date (consulates commonly ask for six).</summary>
    public int MinimumValidityMonths { get; private set; } = 6;

    public static RuleErrors Validate(string? referencePrefix, string? coveredCosts, string? coveredCostsLocal, int minimumValidityMonths) =>
        new RuleErrors()
            .When(referencePrefix is null || !PrefixPattern().IsMatch(referencePrefix.Trim().ToUpperInvariant()), nameof(ReferencePrefix),
                "The reference prefix may use 2 to 10 capital letters or digits.")
            .When(coveredCosts?.Length > CoveredCostsMaxLength || coveredCostsLocal?.Length > CoveredCostsMaxLength, nameof(CoveredCosts),
                "At most 500 characters.")
            .When(minimumValidityMonths is < 0 or > 24, nameof(MinimumValidityMonths), "Between 0 and 24 months.");

    [GeneratedRegex("^[A-Z0-9]{2,10}$")]
    private static partial Regex PrefixPattern();
}
