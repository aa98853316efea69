using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class VisitorTests
{
    private const string Query = "query { region { id agencies { name } } report { year } }";

    [Fact]
    public void Enter_and_leave_visit_in_document_order_with_ancestors()
    {
        var events = new List<string>();
        new DelegateVisitor(
            (node, ancestors) =>
            {
                if (node is FieldNode f) events.Add($"enter {f.Name.Value} depth {ancestors.Count}");
                return VisitAction.Continue;
            },
            (node, _) =>
            {
                if (node is FieldNode f) events.Add($"leave {f.Name.Value}");
                return VisitAction.Continue;
            }).Visit(Parser.Parse(Query));
        Assert.Equal(
            new[]
            {
                "enter region depth 3", "enter id depth 5", "leave id", "enter agencies depth 5", "enter name depth 7",
                "leave name", "leave agencies", "leave region", "enter report depth 3", "enter year depth 5",
                "leave year", "leave report",
            },
            events);
    }

    [Fact]
    public void Skipping_a_subtree_skips_its_children_and_its_leave()
    {
        var names = new List<string>();
        new DelegateVisitor(
            (node, _) =>
            {
                if (node is not FieldNode f) return VisitAction.Continue;
                names.Add(f.Name.Value);
                return f.Name.Value == "region" ? VisitAction.SkipChildren : VisitAction.Continue;
            }).Visit(Parser.Parse(Query));
        Assert.Equal(new[] { "region", "report", "year" }, names);
    }

    [Fact]
    public void Break_stops_the_walk()
    {
        var names = new List<string>();
        new DelegateVisitor(
            (node, _) =>
            {
                if (node is not FieldNode f) return VisitAction.Continue;
                names.Add(f.Name.Value);
                return f.Name.Value == "id" ? VisitAction.Break : VisitAction.Continue;
            }).Visit(Parser.Parse(Query));
        Assert.Equal(new[] { "region", "id" }, names);
    }

    [Fact]
    public void Parallel_visitors_skip_independently()
    {
        var first = new List<string>();
        var second = new List<string>();
        var skipper = new DelegateVisitor((node, _) =>
        {
            if (node is not FieldNode f) return VisitAction.Continue;
            first.Add(f.Name.Value);
            return f.Name.Value == "region" ? VisitAction.SkipChildren : VisitAction.Continue;
        });
        var all = new DelegateVisitor((node, _) =>
        {
            if (node is FieldNode f) second.Add(f.Name.Value);
            return VisitAction.Continue;
        });
        new ParallelVisitor([skipper, all]).Visit(Parser.Parse(Query));
        Assert.Equal(new[] { "region", "report", "year" }, first);
        Assert.Equal(new[] { "region", "id", "agencies", "name", "report", "year" }, second);
    }

    [Fact]
    public void Parallel_visitors_that_only_enter_or_only_leave_are_each_called_as_they_declare()
    {
        var entering = new EnterOnly();
        var leaving = new LeaveOnly();
        new ParallelVisitor([entering, leaving]).Visit(Parser.Parse(Query));
        Assert.Equal(new[] { "region", "id", "agencies", "name", "report", "year" }, entering.Fields);
        // Leaving is children first, and each leave sees the path down to the field's parent.
        Assert.Equal(new[] { "id", "name", "agencies", "region", "year", "report" }, leaving.Fields);
        Assert.All(leaving.Depths, depth => Assert.True(depth >= 3));
    }

    private sealed class EnterOnly : AstVisitor
    {
        public List<string> Fields { get; } = [];

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is FieldNode field) Fields.Add(field.NameValue);
            return VisitAction.Continue;
        }
    }

    private sealed class LeaveOnly : AstVisitor
    {
        public List<string> Fields { get; } = [];

        public List<int> Depths { get; } = [];

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node is FieldNode field)
            {
                Fields.Add(field.NameValue);
                Depths.Add(ancestors.Count);
                Assert.IsType<SelectionSetNode>(ancestors[^1]);
            }
            return VisitAction.Continue;
        }
    }
}
