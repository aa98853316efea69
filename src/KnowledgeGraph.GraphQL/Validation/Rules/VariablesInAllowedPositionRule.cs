using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.5 All Variable Usages Are Allowed: a variable's type must fit every position it is used in
/// (a nullable variable may fill a non-null position only when a default value stands behind it), and
/// variables filling a @oneOf field must be non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                _definitions.Clear();
                foreach (var definition in operation.VariableDefinitions) _definitions[definition.Variable.Name.Value] = definition;
            }
            return VisitAction.Continue;
        }

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not OperationDefinitionNode operation) return VisitAction.Continue;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
                var variableType = TypeHelpers.TypeFromAst(context.Lookup.Schema, definition.Type);
                if (variableType is null) continue;
                if (!Allowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        new AstNode[] { definition, usage.Node }));
                }
                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        new AstNode[] { definition, usage.Node }));
                }
            }
            return VisitAction.Continue;
        }

        private bool Allowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault) return false;
                return TypeHelpers.IsTypeSubTypeOf(context.Lookup.Schema, variableType, nonNullLocation.OfType);
            }
            return TypeHelpers.IsTypeSubTypeOf(context.Lookup.Schema, variableType, locationType);
        }
    }
}
