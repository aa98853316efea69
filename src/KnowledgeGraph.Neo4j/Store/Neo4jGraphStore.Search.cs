using System.Text;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphSearch over the cjk full-text index.
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<SearchKind>? kinds = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needle = text.Trim();
        if (needle.Length == 0 || limit <= 0) return [];
        var labels = (kinds is { Count: > 0 } ? kinds : Enum.GetValues<SearchKind>()).Select(k => k.ToString()).Distinct().ToList();
        var parameters = P(("labels", labels), ("text", needle), ("limit", limit));
        var statement = SearchStatements.Scan;
        if (needle.Length >= 2)
        {
            parameters["query"] = LucenePhrase(needle);
            statement = SearchStatements.FullText;
        }
        var result = await ReadAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r =>
        {
            var hitText = r.Get<string>("text");
            return new SearchHit(Enum.Parse<SearchKind>(r.Get<string>("label")), r.Get<string>("id"), hitText, Snippet(hitText, needle), r.Get<double>("score"));
        }).ToList();
    }

    /// <summary>The user's text as one quoted Lucene phrase: quotes and backslashes escaped, so no query syntax gets through.</summary>
    internal static string LucenePhrase(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The hit's text around the first match, the match marked with 【】.</summary>
    internal static string Snippet(string text, string needle, int context = 30)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return text.Length <= context * 2 ? text : text[..(context * 2)] + "…";
        var from = Math.Max(0, at - context);
        var to = Math.Min(text.Length, at + needle.Length + context);
        return (from > 0 ? "…" : "") + text[from..at] + "【" + needle + "】" + text[(at + needle.Length)..to] + (to < text.Length ? "…" : "");
    }
}
