using AngleSharp.Dom;
using DialogueOps.Domain.Programme;
using DialogueOps.IntegrationTests.Infrastructure;
using DialogueOps.Web.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DialogueOps.IntegrationTests.Pages;

public class ProductionSeedTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Production_never_seeds_the_demo_even_when_asked()
    {
        _ = factory.Server;

        Assert.Equal(0, await factory.WithDbAsync(db => db.Events.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }
}
