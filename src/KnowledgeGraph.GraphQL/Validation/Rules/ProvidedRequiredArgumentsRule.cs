using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2.1 Required Arguments: non-null arguments without a default must be given.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;

        // Per directive of the schema: its required arguments, name → printed type (built once per schema).
        private static readonly Func<SchemaLookup, Dictionary<string, List<(string Name, string Type)>>> SchemaDirectiveRequired = lookup =>
            lookup.MapDirectives(d => d.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList());

        private readonly Dictionary<string, List<(string Name, string Type)>> _directiveRequired;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _directiveRequired = context.Lookup.RuleTable(SchemaDirectiveRequired);
            if (!SchemaLookup.DefinesDirectives(context.Document)) return;
            _directiveRequired = new Dictionary<string, List<(string Name, string Type)>>(_directiveRequired, StringComparer.Ordinal);
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _directiveRequired[definition.Name.Value] = definition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                    .ToList();
            }
        }

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            switch (node)
            {
                case FieldNode field:
                    CheckField(field);
                    break;
                case DirectiveNode directive:
                    CheckDirective(directive);
                    break;
            }
            return VisitAction.Continue;
        }

        private void CheckField(FieldNode field)
        {
            var fieldDef = _context.FieldDef;
            if (fieldDef is null || fieldDef.Arguments.Count == 0) return;
            var provided = field.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var argument in fieldDef.Arguments)
            {
                if (provided.Contains(argument.Name) || !argument.IsRequired) continue;
                _context.ReportError(new GraphQLError(
                    $"Argument \"{_context.FieldCoordinate}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                    field));
            }
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var name = directive.Name.Value;
            if (!_directiveRequired.TryGetValue(name, out var required)) return;
            var provided = directive.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (argumentName, type) in required)
            {
                if (provided.Contains(argumentName)) continue;
                _context.ReportError(new GraphQLError(
                    $"Argument \"@{name}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.",
                    directive));
            }
        }
    }
}
