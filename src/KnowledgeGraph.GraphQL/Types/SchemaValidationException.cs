namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Thrown when SDL cannot become a valid schema. The message lists every problem with its source name, line and
/// column, e.g. <c>knowledge-graph.graphql:12:3: Unknown type "Regoin".</c>
/// </summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : this([new GraphQLError(message)])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message, innerException)];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string Format(IReadOnlyList<GraphQLError> errors)
    {
        var lines = errors.Select(e =>
        {
            var where = e.Locations is { Count: > 0 } locations
                ? $"{e.DocumentSource?.Name ?? "schema"}:{locations[0].Line}:{locations[0].Column}: "
                : string.Empty;
            return where + e.Message;
        });
        return "Invalid schema:" + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
