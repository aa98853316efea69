using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public class SuggestionsTests
{
    [Fact]
    public void A_name_offered_twice_is_suggested_once_as_graphql_js_suggestion_list_does()
    {
        var suggestions = Suggestions.List("regoin", ["region", "regions", "region", "document"]);
        Assert.Equal(["region", "regions"], suggestions);
    }
}
