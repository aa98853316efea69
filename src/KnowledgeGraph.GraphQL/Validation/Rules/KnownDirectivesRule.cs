using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined, and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, HashSet<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Lookup.Directives)
            {
                _locations[directive.Name] = directive.Locations.Select(l => l.ToSpecName()).ToHashSet(StringComparer.Ordinal);
            }
            // Directives the document itself defines (SDL mixed into a request) count as known too.
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _locations[definition.Name.Value] = definition.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
            }
        }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not DirectiveNode directive) return VisitAction.Continue;
            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", directive));
                return VisitAction.Continue;
            }
            var candidate = DirectiveLocations.Of(ancestors);
            if (candidate is { } location && !locations.Contains(location.ToSpecName()))
            {
                _context.ReportError(new GraphQLError(
                    $"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive));
            }
            return VisitAction.Continue;
        }
    }
}
