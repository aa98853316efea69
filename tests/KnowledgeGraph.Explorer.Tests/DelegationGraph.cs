using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>An edge as cytoscape drew it: source node label, edge label, target node label.</summary>
internal sealed record GraphEdge(string From, string Label, string To);

internal static class DelegationGraph
{
    /// <summary>
    /// Reads the edges from the cytoscape instance itself (cytoscape keeps it on its container as _cyreg),
    /// so the test sees what is drawn, not a copy.
    /// </summary>
    public static async Task<IReadOnlyList<GraphEdge>> EdgesAsync(IPage page)
    {
        var json = await page.Locator("#delegation-graph").EvaluateAsync<JsonElement>(
            """
            el => el._cyreg.cy.edges().map(e => ({
              from: e.source().data('label'), label: e.data('label'), to: e.target().data('label')
            }))
            """);
        return [.. json.EnumerateArray().Select(e => new GraphEdge(
            e.GetProperty("from").GetString() ?? "",
            e.GetProperty("label").GetString() ?? "",
            e.GetProperty("to").GetString() ?? ""))];
    }
}
