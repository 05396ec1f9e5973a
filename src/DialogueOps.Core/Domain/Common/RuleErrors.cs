namespace DialogueOps.Domain.Common;

/// <summary>Collects broken rules so a page can show all of them at once, and an entity can refuse them.</summary>
public sealed class RuleErrors
{
    private readonly List<(string Field, string Message)> errors = [];

    public IReadOnlyList<(string Field, string Message)> All => errors;
    public bool Any => errors.Count > 0;

    public RuleErrors Add(string field, string message)
    {
        errors.Add((field, message));
        return this;
    }

    public RuleErrors When(bool broken, string field, string message) => broken ? Add(field, message) : this;

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new DomainException(errors[0].Message, errors[0].Field);
        }
    }
}
