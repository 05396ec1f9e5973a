namespace DialogueOps.Pdf.Bench; internal static class Benchmark { public static Task<int> RunAsync(string[] args) => Task.FromResult(1); }
