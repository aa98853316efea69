namespace KnowledgeGraph.GraphQL.Execution;
internal static class JsonValueWriter
{
    public static readonly System.Text.Json.JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static void Write(System.Text.Json.Utf8JsonWriter writer, object? value) => writer.WriteNullValue();
}
