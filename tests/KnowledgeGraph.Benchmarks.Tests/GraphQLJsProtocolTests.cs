using System.Text.Json;
using KnowledgeGraph.Benchmarks.GraphQLBench;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.Tests;

/// <summary>The JSON lines exchanged with <c>bench.mjs --phases</c> (see the protocol comment at the top of that script).</summary>
public sealed class GraphQLJsProtocolTests
{
    [Fact]
    public void A_command_is_one_line_naming_the_case_phase_warm_up_and_operations()
    {
        var line = GraphQLJsPhases.Command("introspection", "parse", ops: 1000, warmMs: 250);
        Assert.DoesNotContain('\n', line);
        using var command = JsonDocument.Parse(line);
        var root = command.RootElement;
        Assert.Equal(["case", "phase", "warmMs", "ops"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("introspection", root.GetProperty("case").GetString());
        Assert.Equal("parse", root.GetProperty("phase").GetString());
        Assert.Equal(250, root.GetProperty("warmMs").GetInt32());
        Assert.Equal(1000, root.GetProperty("ops").GetInt32());
    }

    [Fact]
    public void A_case_name_with_quotes_and_chinese_survives_the_line()
    {
        var line = GraphQLJsPhases.Command("区\"政\"发\n", "validate", ops: 0, warmMs: 1000);
        Assert.DoesNotContain('\n', line);
        using var command = JsonDocument.Parse(line);
        Assert.Equal("区\"政\"发\n", command.RootElement.GetProperty("case").GetString());
    }

    [Fact]
    public void An_answer_line_gives_the_batch_s_figures() =>
        Assert.Equal(
            new LatencyStats(50, 2.5, 2.25, 9.75, 400_000),
            GraphQLJsPhases.ParseAnswer("""{"count":50,"meanUs":2.5,"p50Us":2.25,"p99Us":9.75,"opsPerSec":400000}"""));

    [Fact]
    public void An_error_line_throws_with_node_s_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GraphQLJsPhases.ParseAnswer(
            """{"error":"no case 'nope' with phase 'parse' (parse, validate or execute)"}"""));
        Assert.Equal("bench.mjs --phases: no case 'nope' with phase 'parse' (parse, validate or execute)", error.Message);
    }
}
