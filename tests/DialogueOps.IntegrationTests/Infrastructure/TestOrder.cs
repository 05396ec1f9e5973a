using DialogueOps.IntegrationTests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestMethodOrderer(typeof(TestOrder))]
[assembly: TestCaseOrderer(typeof(TestOrder))]

namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>
/// A stable order (by id, as xunit's default), reversed when DIALOGUEOPS_TEST_ORDER=reverse: the way to prove that no
/// test leans on another having run first (a class's tests share its fixture's database).
/// </summary>
public sealed class TestOrder : ITestMethodOrderer, ITestCaseOrderer
{
    private static readonly bool Reverse = string.Equals(Environment.GetEnvironmentVariable("DIALOGUEOPS_TEST_ORDER"), "reverse", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
        where TTestMethod : notnull, ITestMethod =>
        Order(testMethods, m => m?.UniqueID ?? "");

    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        Order(testCases, c => c.UniqueID);

    private static IReadOnlyCollection<T> Order<T>(IReadOnlyCollection<T> items, Func<T, string> key)
    {
        var ordered = items.OrderBy(key, StringComparer.Ordinal).ToList();
        if (Reverse)
        {
            ordered.Reverse();
        }

        return ordered;
    }
}
