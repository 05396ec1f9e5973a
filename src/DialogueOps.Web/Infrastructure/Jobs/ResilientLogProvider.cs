using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace DialogueOps.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a static, so when several hosts live in one process (the test suite) and the one that
/// configured Hangfire last is disposed, creating a Hangfire client would throw. This provider falls back to silence instead.
/// </summary>
internal sealed class ResilientLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception) => false;
    }
}
