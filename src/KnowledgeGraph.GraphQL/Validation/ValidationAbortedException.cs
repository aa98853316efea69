namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Unwinds the walk when validation must stop (error limit or work budget); carries the error to report.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(GraphQLError error)
        : base(error.Message) => Error = error;

    public ValidationAbortedException()
        : this(new GraphQLError("Validation aborted."))
    {
    }

    public ValidationAbortedException(string message)
        : this(new GraphQLError(message))
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException) => Error = new GraphQLError(message);

    public GraphQLError Error { get; }

    /// <summary>graphql-js aborts when fragment or overlap analysis would cost too much work.</summary>
    public static ValidationAbortedException WorkBudgetExceeded() => new();

    /// <summary>
    /// Called by the recursive analyses (fragment chains can nest far deeper than the parser's depth limit): a
    /// hostile document ends validation with "Validation aborted." instead of overflowing the stack.
    /// </summary>
    public static void EnsureSufficientStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new ValidationAbortedException();
    }
}
