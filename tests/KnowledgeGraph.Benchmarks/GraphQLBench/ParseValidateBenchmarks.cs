using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// Parse and validate of the suite's three documents under BenchmarkDotNet (`graphql --bdn`): its pilot, warm-up and
/// outlier handling make these figures steadier than the Stopwatch harness for operations of a few microseconds.
/// The cases are handed over by <see cref="ParseValidateRun"/> (BenchmarkDotNet runs in this process).
/// </summary>
[MemoryDiagnoser]
public class ParseValidateBenchmarks
{
    private BenchCase _case = null!;
    private DocumentNode _document = null!;

    [ParamsSource(nameof(CaseNames))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> CaseNames => ParseValidateRun.Cases.Select(c => c.Name);

    [GlobalSetup]
    public void Setup()
    {
        _case = ParseValidateRun.Cases.Single(c => c.Name == Case);
        _document = Parser.Parse(_case.Query);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_case.Query);

    [Benchmark]
    public IReadOnlyList<GraphQL.GraphQLError> Validate() => DocumentValidator.Validate(_case.Schema, _document);
}
