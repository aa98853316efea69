using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public class ExecutionBehaviourTests
{
    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { first: Int second: Int }")
            .ResolveAsync("Mutation", "first", async _ =>
            {
                log.Add("first start");
                await Task.Delay(20);
                log.Add("first end");
                return 1;
            })
            .ResolveAsync("Mutation", "second", async _ =>
            {
                log.Add("second start");
                await Task.Yield();
                log.Add("second end");
                return 2;
            })
            .Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "mutation { second first again: second }" });
        Assert.Equal("""{"data":{"second":2,"first":1,"again":2}}""", result.ToJson());
        Assert.Equal(["second start", "second end", "first start", "first end", "second start", "second end"], log);
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        async ValueTask<int> Resolver(ResolveContext ctx)
        {
            if (Interlocked.Increment(ref started) == 2) bothStarted.SetResult();
            await bothStarted.Task.WaitAsync(ctx.CancellationToken); // deadlocks if fields ran one by one
            return 1;
        }
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
            .ResolveAsync("Query", "a", Resolver)
            .ResolveAsync("Query", "b", Resolver)
            .Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ a b }",
            Options = new ExecutionOptions { TimeLimit = TimeSpan.FromSeconds(30) },
        });
        Assert.Equal("""{"data":{"a":1,"b":1}}""", result.ToJson());
    }

    [Fact]
    public async Task The_time_limit_cancels_resolvers_and_keeps_the_partial_result()
    {
        var schema = SchemaBuilder.FromSdl("type Query { fast: String slow: String }")
            .Resolve("Query", "fast", _ => "平陆县")
            .ResolveAsync("Query", "slow", async ctx =>
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return "never";
            })
            .Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ fast slow }",
            Options = new ExecutionOptions { TimeLimit = TimeSpan.FromMilliseconds(50) },
        });
        var error = Assert.Single(result.Errors!);
        Assert.Equal("The request exceeded its time limit of 50 ms.", error.Message);
        Assert.Equal(["slow"], error.Path);
        Assert.Equal("REQUEST_CANCELLED", error.Code);
        Assert.Equal("平陆县", result.Data!["fast"]);
        Assert.Null(result.Data["slow"]);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_but_typename_still_works()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "a", _ => 1).Build();
        var off = new ExecutionOptions { EnableIntrospection = false };
        var blocked = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "query { a ...F } fragment F on Query { __schema { types { name } } }",
            Options = off,
        });
        Assert.Equal(
            """{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".","locations":[{"line":1,"column":40}]}]}""",
            blocked.ToJson());
        var allowed = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ __typename a }", Options = off });
        Assert.Equal("""{"data":{"__typename":"Query","a":1}}""", allowed.ToJson());
    }

    [Fact]
    public async Task Validation_runs_before_execution_and_resolvers_are_not_called()
    {
        var called = false;
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "a", _ => called = true).Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ a b }" });
        Assert.True(result.IsRequestError);
        Assert.Equal("Cannot query field \"b\" on type \"Query\". Did you mean \"a\"?", Assert.Single(result.Errors!).Message);
        Assert.False(called);
    }

    [Fact]
    public async Task A_pluggable_validator_replaces_the_default()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ a }",
            Options = new ExecutionOptions { Validator = (_, _) => [new GraphQLError("Query is too expensive.")] },
        });
        Assert.Equal("""{"errors":[{"message":"Query is too expensive."}]}""", result.ToJson());
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stops_execution()
    {
        var schema = SchemaBuilder.FromSdl("type Query { slow: String }")
            .ResolveAsync("Query", "slow", async ctx =>
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return "never";
            })
            .Build();
        using var cts = new CancellationTokenSource();
        var running = GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ slow }" }, cts.Token);
        await cts.CancelAsync();
        var result = await running;
        Assert.Equal("The request was cancelled.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Deeply_nested_hostile_documents_are_rejected_without_stack_overflow()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Query b: Int }").Build();
        var deep = string.Concat(Enumerable.Repeat("{ a ", 1000)) + "{ b }" + new string('}', 1000);
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = deep });
        Assert.True(result.IsRequestError);
        Assert.StartsWith("Syntax Error: Document nesting is deeper than", result.Errors![0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_variable_values_are_rejected_with_an_error()
    {
        var schema = SchemaBuilder.FromSdl("input Tree { child: Tree name: String } type Query { depth(tree: Tree): Int }")
            .Resolve("Query", "depth", _ => 0)
            .Build();
        var tree = new Dictionary<string, object?> { ["name"] = "leaf" };
        for (var i = 0; i < 100_000; i++) tree = new Dictionary<string, object?> { ["child"] = tree };
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "query ($t: Tree) { depth(tree: $t) }",
            Variables = new Dictionary<string, object?> { ["t"] = tree },
        });
        Assert.True(result.IsRequestError);
        Assert.StartsWith("Variable \"$t\" has invalid value at .child.child", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
        Assert.EndsWith(": Input value is nested more than 256 levels deep.", result.Errors![0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_thousand_aliases_execute_without_recursion_trouble()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "a", _ => 1).Build();
        var query = "{" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $" a{i}: a")) + " }";
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = query,
            Options = new ExecutionOptions { SkipValidation = true },
        });
        Assert.Null(result.Errors);
        Assert.Equal(100_000, result.Data!.Count);
    }

    [Fact]
    public void Unknown_and_misplaced_directives_in_sdl_fail_the_build()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(
            "type Query @deprecated { a: Int @cost b: Int @deprecated @deprecated } scalar Date @specifiedBy").Build());
        Assert.Equal(
            [
                "Directive \"@deprecated\" may not be used on OBJECT.",
                "Unknown directive \"@cost\".",
                "The directive \"@deprecated\" can only be used once at this location.",
                "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.",
            ],
            error.Errors.Select(e => e.Message));
    }
}
