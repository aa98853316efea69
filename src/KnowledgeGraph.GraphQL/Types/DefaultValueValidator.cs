using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Checks that the default value of an argument or input field fits its type (graphql-js validateSchema's
/// validateDefaultValue): every problem is reported as "&lt;coordinate&gt; has invalid default value[ at path]:
/// &lt;problem&gt;", located at the offending part of the literal.
/// </summary>
internal static class DefaultValueValidator
{
    /// <param name="coordinate">How messages name the value: <c>Type.field(arg:)</c>, <c>@directive(arg:)</c> or <c>Input.field</c>.</param>
    public static void Validate(InputValueDefinition value, string coordinate, Action<string, AstNode?[]> report)
    {
        if (value.DefaultValueLiteral is not { } literal) return;
        InputLiteralValidator.ValidateWithPath(literal, value.Type, (error, path) =>
            report($"{coordinate} has invalid default value{path}: {error.Message}",
                error.Nodes.Count > 0 ? [.. error.Nodes] : [literal]),
            hideSuggestions: false);
    }
}
