using DialogueOps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DialogueOps.IntegrationTests.Features.Notifications;

/// <summary>A second app on the first one's database file: what a restart looks like.</summary>
public sealed class RestartedReminderFactory(string folder) : ReminderFactory(folder);
