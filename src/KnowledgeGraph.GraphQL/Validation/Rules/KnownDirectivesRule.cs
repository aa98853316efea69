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
        // The schema's directives → the names of their locations, built once per schema.
        private static readonly Func<SchemaLookup, Dictionary<string, HashSet<string>>> SchemaDirectiveLocations = lookup =>
            lookup.MapDirectives(d => d.Locations.Select(l => l.ToSpecName()).ToHashSet(StringComparer.Ordinal));

        private readonly ValidationContext _context;
        private readonly Dictionary<string, HashSet<string>> _locations;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _locations = context.Lookup.RuleTable(SchemaDirectiveLocations);
            if (!SchemaLookup.DefinesDirectives(context.Document)) return;
            _locations = new Dictionary<string, HashSet<string>>(_locations, StringComparer.Ordinal);
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
