using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.1 Values of Correct Type (and §5.6.4 Input Object Required Fields, @oneOf): every literal is
/// checked whole against the input type expected where it stands; variables are checked elsewhere.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            // A list literal's own expected type is one level up: the type info has already stepped into its items.
            var expected = node switch
            {
                ListValueNode => context.ParentInputType,
                NullValueNode or ObjectValueNode or EnumValueNode or IntValueNode or FloatValueNode
                    or StringValueNode or BooleanValueNode => context.InputType,
                _ => null,
            };
            if (node is not ValueNode value || node is VariableNode) return VisitAction.Continue;
            if (expected is not null)
            {
                InputLiteralValidator.Validate(value, expected, context.ReportError, context.HideSuggestions);
            }
            // Whole literals are checked at once; their parts need no second visit.
            return VisitAction.SkipChildren;
        }
    }
}
