using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Suites;

// dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- <suite> [options]
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: <graphql|extraction|storage|seed|cache> [options]   (see docs/benchmarks.md)");
    return 2;
}
var options = new Options(args.Skip(1));
return args[0] switch
{
    "graphql" => await GraphQLSuite.RunAsync(options, Console.Out, cancel.Token),
    "extraction" => await ExtractionSuite.RunAsync(options, Console.Out, cancel.Token),
    "storage" => await StorageSuite.RunAsync(options, Console.Out, cancel.Token),
    "seed" => await SeedSuite.RunAsync(options, Console.Out, cancel.Token),
    "cache" => await CacheSuite.RunAsync(options, Console.Out, cancel.Token),
    "regions" => await RegionDashboardSuite.RunAsync(options, Console.Out, cancel.Token),
    "loadgen" => await KnowledgeGraph.Benchmarks.Load.LoadGenerator.RunAsync(options, Console.Out, cancel.Token),
    _ => Usage(args[0]),
};

static int Usage(string suite)
{
    Console.Error.WriteLine($"unknown suite '{suite}': graphql, extraction, storage, seed, cache");
    return 2;
}
