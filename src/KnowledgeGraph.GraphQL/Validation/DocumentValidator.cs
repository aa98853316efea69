using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): every rule walks the document in one pass, in
/// parallel, with shared type information; errors come back in graphql-js's order. An empty list means valid.
/// </summary>
public static class DocumentValidator
{
    private const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    /// <param name="rules">The rules to check; null means all of <see cref="SpecifiedRules.All"/>.</param>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IEnumerable<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var errors = new List<GraphQLError>();
        var lookup = SchemaLookup.For(schema);
        var typeInfo = new TypeInfo(lookup);
        var context = new ValidationContext(lookup, document, typeInfo, error =>
        {
            if (errors.Count >= options.MaxErrors) throw new ValidationAbortedException(TooManyErrors);
            errors.Add(error);
        }, options);
        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToArray();
        try
        {
            AstWalker.Visit(document, new DescriptionFilter(new TypeInfoVisitor(typeInfo, new ParallelVisitor(visitors))), visitsNames: false);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }
        return errors;
    }
}
