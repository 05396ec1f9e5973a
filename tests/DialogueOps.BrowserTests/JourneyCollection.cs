using Microsoft.Playwright;

namespace DialogueOps.BrowserTests;

/// <summary>One app and one browser for all journeys.</summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<AppProcess>, ICollectionFixture<Chromium>
{
    public const string Name = "journeys";
}
