using DialogueOps.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>The same app in Production: the demo seed must not run even when asked.</summary>
public sealed class ProductionFactory : DialogueOpsFactory
{
    protected override string EnvironmentName => "Production";
}
