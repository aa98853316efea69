using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is not DocumentNode document) return VisitAction.Continue;
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                    TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                    DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                    _ => "\"" + definition.Kind + "\"",
                };
                context.ReportError(new GraphQLError($"The {name} definition is not executable.", definition));
            }
            return VisitAction.SkipChildren;
        }
    }
}
