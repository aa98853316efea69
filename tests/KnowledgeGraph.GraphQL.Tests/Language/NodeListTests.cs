using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Tests.Language;

/// <summary>
/// The parser gathers list items on one stack per thread and closes each list into its own array: nested lists
/// keep their own items, a parse that fails midway leaves nothing behind for the next one, and lists never set in
/// code read as empty.
/// </summary>
public class NodeListTests
{
    [Fact]
    public void Nested_lists_keep_their_own_items_in_order()
    {
        var document = Parser.Parse("""
            query Q($a: Int, $b: [ID!]) {
              regions(first: 3, where: {levels: [COUNTY, TOWNSHIP], name: "城关镇"}) @include(if: true) {
                id
                documents(first: $a) { title issuer { name } }
                ... on Region { level }
              }
              node(id: "Region:1") { id }
            }
            """);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(["a", "b"], operation.VariableDefinitions.Select(v => v.Variable.Name.Value));
        var top = operation.SelectionSet.Selections.Cast<FieldNode>().ToList();
        Assert.Equal(["regions", "node"], top.Select(f => f.Name.Value));
        var regions = top[0];
        Assert.Equal(["first", "where"], regions.Arguments.Select(a => a.Name.Value));
        var where = Assert.IsType<ObjectValueNode>(regions.Arguments[1].Value);
        Assert.Equal(["levels", "name"], where.Fields.Select(f => f.Name.Value));
        Assert.Equal(["COUNTY", "TOWNSHIP"], Assert.IsType<ListValueNode>(where.Fields[0].Value).Values.Cast<EnumValueNode>().Select(v => v.Value));
        Assert.Equal("include", Assert.Single(regions.Directives).Name.Value);
        var inner = regions.SelectionSet!.Selections;
        Assert.Equal(3, inner.Count);
        Assert.Equal(["title", "issuer"], ((FieldNode)inner[1]).SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.IsType<InlineFragmentNode>(inner[2]);
        Assert.Equal("Region:1", Assert.IsType<StringValueNode>(Assert.Single(top[1].Arguments).Value).Value);
    }

    [Fact]
    public void A_parse_that_fails_inside_nested_lists_leaves_the_next_parse_unaffected()
    {
        Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: [1, 2, {y: 3 }) { b c d"));
        var document = Parser.Parse("{ e f }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(["e", "f"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Parses_on_several_threads_at_once_build_their_own_lists()
    {
        var texts = Enumerable.Range(0, 8).Select(i => "{ " + string.Join(" ", Enumerable.Range(0, 20 + i).Select(j => $"f{i}_{j}(a: [{j}, {i}])")) + " }").ToArray();
        Parallel.For(0, 400, n =>
        {
            var i = n % texts.Length;
            var fields = ((OperationDefinitionNode)Parser.Parse(texts[i]).Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToList();
            Assert.Equal(20 + i, fields.Count);
            for (var j = 0; j < fields.Count; j++)
            {
                Assert.Equal($"f{i}_{j}", fields[j].Name.Value);
                var values = Assert.IsType<ListValueNode>(Assert.Single(fields[j].Arguments).Value).Values.Cast<IntValueNode>().Select(v => v.Value);
                Assert.Equal([$"{j}", $"{i}"], values);
            }
        });
    }

    [Fact]
    public void Lists_of_a_node_built_in_code_read_as_empty()
    {
        var field = new FieldNode { Name = new NameNode { Value = "id" } };
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Empty(new SelectionSetNode().Selections);
        Assert.Empty(new DocumentNode().Definitions);
    }
}
