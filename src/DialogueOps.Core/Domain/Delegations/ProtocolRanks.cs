namespace DialogueOps.Domain.Delegations;

/// <summary>
/// Protocol order of precedence derived from a position title: the first entry whose words the position contains
/// gives the rank (lower comes first). More specific titles come before the general ones they contain
/// ("Vice-Minister" before "Minister"). Organizations replace the table in configuration (Protocol:Positions).
/// </summary>
public sealed class ProtocolRanks(IReadOnlyList<(string Title, int Rank)> table)
{
    public const int Unranked = 100;

    public static readonly IReadOnlyList<(string Title, int Rank)> Default =
    [
        ("Deputy Prime Minister", 5), ("Prime Minister", 3), ("Vice-Minister", 12), ("Vice Minister", 12), ("Deputy Minister", 12),
        ("Minister", 10), ("Secretary of State", 14), ("Ambassador", 15), ("Secretary-General", 16), ("Secretary General", 16),
        ("Deputy Secretary-General", 18), ("Director-General", 20), ("Director General", 20), ("Vice-President", 24), ("Vice President", 24),
        ("President", 22), ("Chairman", 22), ("Chair", 22), ("Chief Executive", 23), ("Dean", 26), ("Deputy Director", 32), ("Director", 30),
        ("Professor", 40), ("Senior Fellow", 45), ("Lecturer", 55), ("Researcher", 60), ("Analyst", 60), ("Officer", 80),
    ];

    public static ProtocolRanks Standard { get; } = new(Default);

    public int RankFor(string? position)
    {
        if (string.IsNullOrWhiteSpace(position))
        {
            return Unranked;
        }

        // The most specific title wins whatever the table's order: "Deputy Secretary-General" is not a Secretary-General.
        var best = (Length: 0, Rank: Unranked);
        foreach (var (title, rank) in table)
        {
            if (title.Length > best.Length && position.Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                best = (title.Length, rank);
            }
        }

        return best.Rank;
    }
}
