using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>A parsed, printed and validated document, reused for every request with the same text.</summary>
public sealed record PreparedDocument(DocumentNode Document, string Printed, IReadOnlyList<GraphQLError> ValidationErrors);

/// <summary>
/// Parsing and validating is most of the work of a small query, and dashboards send the same texts again and
/// again: keep the results by document text. Bounded; when full, the oldest entries go. Syntax errors are not
/// kept (they are cheap to find again and would let a flood of junk evict real entries).
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Count => _entries.Count;

    /// <summary>The prepared document, or throws the parser's <see cref="GraphQLError"/>.</summary>
    public PreparedDocument GetOrPrepare(string query, ParserOptions parserOptions, Func<DocumentNode, IReadOnlyList<GraphQLError>> validate)
    {
        if (_entries.TryGetValue(query, out var cached)) return cached;
        var document = Parser.Parse(new Source(query), parserOptions);
        var prepared = new PreparedDocument(document, Printer.Print(document), validate(document));
        if (_entries.TryAdd(query, prepared))
        {
            _order.Enqueue(query);
            while (_entries.Count > capacity && _order.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
        }
        return prepared;
    }
}
