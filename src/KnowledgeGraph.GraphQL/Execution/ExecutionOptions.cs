using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Switches and limits of one execution.</summary>
public sealed record ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    /// <summary>The whole request (parse, validate, execute) must finish within this time; null = no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>When false, documents selecting <c>__schema</c> or <c>__type</c> are rejected (<c>__typename</c> stays).</summary>
    public bool EnableIntrospection { get; init; } = true;

    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>
    /// The document validation step run before execution. Null uses <see cref="GraphQLExecutor.DefaultValidator"/>
    /// (all rules of the spec's Validation section).
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validator { get; init; }

    /// <summary>Skip validation (only for documents already validated against this schema, e.g. persisted ones).</summary>
    public bool SkipValidation { get; init; }

    /// <summary>
    /// When false (default), exceptions that are not <see cref="GraphQLError"/> surface as "Unexpected error." with
    /// code INTERNAL_SERVER_ERROR so internals do not leak; when true their message is shown (as graphql-js does).
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>Stop coercing variables after this many errors (graphql-js maxErrors).</summary>
    public int MaxVariableErrors { get; init; } = 50;
}
