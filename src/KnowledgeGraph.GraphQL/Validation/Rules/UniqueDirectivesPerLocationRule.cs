using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location, unless the directive is repeatable.</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        // The schema's directives → whether they may appear only once per location, built once per schema.
        private static readonly Func<SchemaLookup, Dictionary<string, bool>> SchemaDirectiveUnique = lookup =>
            lookup.MapDirectives(d => !d.IsRepeatable);

        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _unique;
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            _unique = context.Lookup.RuleTable(SchemaDirectiveUnique);
            if (!SchemaLookup.DefinesDirectives(context.Document)) return;
            _unique = new Dictionary<string, bool>(_unique, StringComparer.Ordinal);
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _unique[definition.Name.Value] = !definition.Repeatable;
            }
        }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            var directives = DirectivesOf(node);
            if (directives is null || directives.Count == 0) return VisitAction.Continue;
            // A type's definition and its extensions share one location, as do schema definition and extensions.
            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
                TypeDefinitionNode type => TypeDirectives(type.Name.Value),
                TypeExtensionNode extension => TypeDirectives(extension.Name.Value),
                // Elsewhere each node is its own location: one directive cannot repeat.
                _ => directives.Count > 1 ? new Dictionary<string, DirectiveNode>(StringComparer.Ordinal) : null,
            };
            if (seen is null) return VisitAction.Continue;
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.TryGetValue(name, out var unique) || !unique) continue;
                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError(new GraphQLError(
                        $"The directive \"@{name}\" can only be used once at this location.",
                        new AstNode[] { first, directive }));
                }
                else
                {
                    seen[name] = directive;
                }
            }
            return VisitAction.Continue;
        }

        private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out var seen))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                _typeDirectives[typeName] = seen;
            }
            return seen;
        }

        private static IReadOnlyList<DirectiveNode>? DirectivesOf(AstNode node) => node switch
        {
            ExecutableDefinitionNode definition => definition.Directives,
            SelectionNode selection => selection.Directives,
            VariableDefinitionNode variable => variable.Directives,
            SchemaDefinitionNode schema => schema.Directives,
            SchemaExtensionNode schemaExtension => schemaExtension.Directives,
            TypeDefinitionNode type => type.Directives,
            TypeExtensionNode extension => extension.Directives,
            FieldDefinitionNode field => field.Directives,
            InputValueDefinitionNode input => input.Directives,
            EnumValueDefinitionNode enumValue => enumValue.Directives,
            _ => null,
        };
    }
}
