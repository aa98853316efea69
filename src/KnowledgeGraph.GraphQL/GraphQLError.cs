using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL;

/// <summary>
/// A GraphQL error (spec §7.1.2): a message, the source locations it refers to, the response path of the field
/// that raised it and extensions (e.g. <c>code</c>). Thrown by the parser and by resolvers; collected by the executor.
/// </summary>
public class GraphQLError : Exception
{
    public GraphQLError(string message)
        : this(message, nodes: null)
    {
    }

    public GraphQLError(string message, Exception innerException)
        : this(message, nodes: null, originalError: innerException)
    {
    }

    public GraphQLError(string message, AstNode? node)
        : this(message, node is null ? null : [node])
    {
    }

    public GraphQLError(
        string message,
        IEnumerable<AstNode?>? nodes,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes?.Where(n => n is not null).Select(n => n!).ToArray() ?? [];
        Path = path;
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions;
        DocumentSource = source ?? Nodes.FirstOrDefault(n => n.Location is not null)?.Location!.Source;
        if (positions is not null && DocumentSource is not null)
        {
            Positions = positions;
            Locations = positions.Select(p => DocumentSource.GetLocation(p)).ToArray();
        }
        else
        {
            var located = Nodes.Where(n => n.Location is not null).ToArray();
            if (located.Length > 0)
            {
                Positions = located.Select(n => n.Location!.Start).ToArray();
                Locations = located.Select(n => n.Location!.StartLocation).ToArray();
            }
        }
    }

    /// <summary>The AST nodes the error refers to (empty when none).</summary>
    public IReadOnlyList<AstNode> Nodes { get; }

    public Source? DocumentSource { get; }

    public IReadOnlyList<int>? Positions { get; }

    /// <summary>1-based line/column pairs; null when the error has no source position.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path segments: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The value of <c>extensions.code</c>, when present.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>A copy of this error located at a response path (executor use).</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, DocumentSource, Positions, path, InnerException, Extensions);

    /// <summary>A copy of this error with extra extension entries (existing keys win).</summary>
    public GraphQLError WithExtensions(IReadOnlyDictionary<string, object?> extensions)
    {
        var merged = new Dictionary<string, object?>(extensions);
        if (Extensions is not null)
        {
            foreach (var kv in Extensions) merged[kv.Key] = kv.Value;
        }
        return new GraphQLError(Message, Nodes, DocumentSource, Positions, Path, InnerException, merged);
    }

    /// <summary>Writes the spec's error shape: message, locations, path, extensions (graphql-js toJSON order).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is { Count: > 0 })
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var l in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (Path is not null)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in Path)
            {
                if (segment is int i) writer.WriteNumberValue(i);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            Execution.JsonValueWriter.Write(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>The error as JSON text.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Execution.JsonValueWriter.WriterOptions))
        {
            WriteTo(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
