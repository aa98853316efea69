using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        // The schema's directives → their argument names, built once per schema.
        private static readonly Func<SchemaLookup, Dictionary<string, List<string>>> SchemaDirectiveArguments = lookup =>
            lookup.MapDirectives(d => d.Arguments.Select(a => a.Name).ToList());

        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _directiveArguments = context.Lookup.RuleTable(SchemaDirectiveArguments);
            if (!SchemaLookup.DefinesDirectives(context.Document)) return;
            _directiveArguments = new Dictionary<string, List<string>>(_directiveArguments, StringComparer.Ordinal);
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _directiveArguments[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).ToList();
            }
        }

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirective(directive);
                    // Directive arguments are settled here; the Argument case below is for fields only.
                    return VisitAction.SkipChildren;
                case ArgumentNode argument when _context.Argument is null && _context.FieldDef is { } fieldDef:
                    var name = argument.Name.Value;
                    var suggestions = _context.HideSuggestions
                        ? []
                        : Suggestions.List(name, fieldDef.Arguments.Select(a => a.Name));
                    _context.ReportError(new GraphQLError(
                        $"Unknown argument \"{name}\" on field \"{_context.FieldCoordinate}\"." + Suggestions.DidYouMean(suggestions),
                        argument));
                    break;
            }
            return VisitAction.Continue;
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known)) return;
            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (known.Contains(name)) continue;
                var suggestions = _context.HideSuggestions ? [] : Suggestions.List(name, known);
                _context.ReportError(new GraphQLError(
                    $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                    argument));
            }
        }
    }
}
