using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Tests.Language;

/// <summary>
/// A parsed field keeps its name as text and makes its <see cref="NameNode"/> on first read: the node read later must
/// be the one the parser would have made (value, location, source), the same instance on every read, also when many
/// requests sharing one cached document read it at once.
/// </summary>
public class FieldNameTests
{
    private const string Text = "{ region(id: 1) { id  label: name @include(if: true) documents { title } } }";

    [Fact]
    public void A_name_read_later_has_the_value_and_location_of_its_text()
    {
        var region = Field(Parser.Parse(new Source(Text, "request.graphql")));
        var fields = region.SelectionSet!.Selections.Cast<FieldNode>().ToList();
        foreach (var field in new[] { region, fields[0], fields[1], fields[2] })
        {
            var name = field.Name;
            Assert.Equal(field.NameValue, name.Value);
            Assert.Equal(field.NameValue, Text[name.Location!.Start..name.Location.End]);
            Assert.Equal("request.graphql", name.Location.Source.Name);
        }
        // An aliased field's name starts after its alias, not where the field does.
        var aliased = fields[1];
        Assert.Equal("label", aliased.Alias!.Value);
        Assert.Equal("label: name", Text[aliased.Location!.Start..(aliased.Name.Location!.End)]);
        Assert.Equal("label", aliased.ResponseKey);
        Assert.Equal("id", fields[0].ResponseKey);
    }

    [Fact]
    public void Without_locations_the_name_has_none()
    {
        var region = Field(Parser.Parse(Text, new ParserOptions { NoLocation = true }));
        Assert.Equal("region", region.Name.Value);
        Assert.Null(region.Name.Location);
    }

    [Fact]
    public void Every_reader_gets_the_same_name_node()
    {
        for (var round = 0; round < 50; round++)
        {
            var region = Field(Parser.Parse(Text));
            var seen = new NameNode[8];
            Parallel.For(0, seen.Length, i => seen[i] = region.Name);
            Assert.All(seen, name => Assert.Same(seen[0], name));
            Assert.Same(seen[0], region.Name);
        }
    }

    [Fact]
    public void A_visitor_of_names_still_meets_every_field_name_in_order()
    {
        var names = new List<string>();
        AstWalker.Visit(Parser.Parse(Text), new DelegateVisitor(enter: (node, _) =>
        {
            if (node is NameNode name) names.Add(name.Value);
            return VisitAction.Continue;
        }));
        Assert.Equal(["region", "id", "id", "label", "name", "include", "if", "documents", "title"], names);
    }

    [Fact]
    public void A_field_built_in_code_reads_the_name_it_was_given()
    {
        var name = new NameNode { Value = "regions" };
        var field = new FieldNode { Name = name, Alias = new NameNode { Value = "all" } };
        Assert.Same(name, field.Name);
        Assert.Equal("regions", field.NameValue);
        Assert.Equal("all", field.ResponseKey);
        Assert.Empty(field.Arguments);
        Assert.Equal("all: regions", Printer.Print(field));
    }

    private static FieldNode Field(DocumentNode document) =>
        (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
}
