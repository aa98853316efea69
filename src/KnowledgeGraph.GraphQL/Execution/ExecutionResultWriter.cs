using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Serializes an <see cref="ExecutionResult"/> the way graphql-js builds its response object:
/// <c>errors</c> (when any), then <c>data</c> (when present), then <c>extensions</c>.
/// </summary>
public static class ExecutionResultWriter
{
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors) error.WriteTo(writer);
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            JsonValueWriter.Write(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.Write(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes UTF-8 JSON into a buffer writer (e.g. an HTTP response pipe).</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, JsonValueWriter.WriterOptions);
        Write(writer, result);
    }

    public static string ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
