using DialogueOps.Pdf.Tests;
using DialogueOps.Pdf;
using DialogueOps.Pdf.Bench;

return args switch
{
    ["sample", var path] => WriteSample(path),
    ["run", .. var rest] => await Benchmark.RunAsync(rest),
    _ => Usage(),
};

static int WriteSample(string path)
{
    File.WriteAllBytes(path, new SampleDocument().GeneratePdf());
    Console.WriteLine($"{path}: {new FileInfo(path).Length / 1024.0:0.0} KB");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: sample <out.pdf> | run [--seconds N] [--skip-chromium]");
    return 2;
}
