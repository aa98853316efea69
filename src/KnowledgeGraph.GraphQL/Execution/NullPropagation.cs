namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Signals that a non-null position became null (its error is already recorded), so the nearest nullable parent
/// must become null (spec §6.4.4 "Handling Field Errors"). Thrown only on the error path.
/// </summary>
internal sealed class NullPropagation : Exception
{
    public NullPropagation()
        : base("A null value propagated to a nullable parent.")
    {
    }

    public NullPropagation(string message)
        : base(message)
    {
    }

    public NullPropagation(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
