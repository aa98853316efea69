using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2/§5.5.1.2: every named type a document references (variables, fragments) exists.</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly HashSet<string> StandardTypeNames = new(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private HashSet<string>? _definedTypeNames;
        private List<string>? _typeNames;

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not NamedTypeNode namedType) return VisitAction.Continue;
            var typeName = namedType.Name.Value;
            if (context.Lookup.GetType(typeName) is not null) return VisitAction.Continue;
            _definedTypeNames ??= context.Document.Definitions
                .OfType<TypeDefinitionNode>()
                .Select(d => d.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            if (_definedTypeNames.Contains(typeName)) return VisitAction.Continue;

            // graphql-js looks two levels above the parent: the definition (operation, fragment, type) in use.
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.LastOrDefault();
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName)) return VisitAction.Continue;

            IReadOnlyList<string> suggested = [];
            if (!context.HideSuggestions)
            {
                _typeNames ??= context.Lookup.Types.Select(t => t.Name)
                    .Concat(_definedTypeNames)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                // graphql-js ranks distinct names: a standard name that is also in the schema counts once.
                suggested = Suggestions.List(
                    typeName, isSdl ? StandardTypeNames.Concat(_typeNames).Distinct(StringComparer.Ordinal) : _typeNames);
            }
            context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggested), namedType));
            return VisitAction.Continue;
        }
    }
}
