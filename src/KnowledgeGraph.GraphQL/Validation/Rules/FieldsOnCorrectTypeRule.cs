using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.1 Field Selections: a field must exist on the type it is selected on. Suggests the types that do
/// have it (for abstract types), else similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not FieldNode field || context.ParentType is not { } parentType || context.FieldDef is not null)
            {
                return VisitAction.Continue;
            }
            var fieldName = field.NameValue;
            var suggestion = Suggestions.DidYouMean(
                "to use an inline fragment on", context.HideSuggestions ? [] : SuggestedTypeNames(parentType, fieldName));
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : SuggestedFieldNames(parentType, fieldName));
            }
            context.ReportError(new GraphQLError(
                $"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, field));
            return VisitAction.Continue;
        }

        // Object types first by how many of their interfaces also have the field, sub-interfaces before
        // their super-interfaces, then by name.
        private List<string> SuggestedTypeNames(NamedType type, string fieldName)
        {
            if (!TypeHelpers.IsAbstractType(type)) return [];
            var lookup = context.Lookup;
            var schema = context.Schema;
            var suggested = new List<NamedType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(type))
            {
                if (possibleType.GetField(fieldName) is null) continue;
                if (!suggested.Contains(possibleType)) suggested.Add(possibleType);
                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null) continue;
                    if (!suggested.Contains(possibleInterface)) suggested.Add(possibleInterface);
                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }
            var ordered = suggested.ToList();
            ordered.Sort((a, b) =>
            {
                var diff = usageCount[b.Name] - usageCount[a.Name];
                if (diff != 0) return diff;
                if (a is InterfaceType && lookup.IsSubType(a, b)) return -1;
                if (b is InterfaceType && lookup.IsSubType(b, a)) return 1;
                return Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return ordered.Select(t => t.Name).ToList();
        }

        private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
            type is ComplexType complex ? Suggestions.List(fieldName, complex.Fields.Keys) : [];
    }
}
