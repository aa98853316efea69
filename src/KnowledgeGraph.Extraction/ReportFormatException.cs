namespace KnowledgeGraph.Extraction;

/// <summary>The input is not a report we can read: empty, binary, an unknown encoding, or no Chinese text at all.</summary>
public sealed class ReportFormatException : Exception
{
    public ReportFormatException() { }

    public ReportFormatException(string message) : base(message) { }

    public ReportFormatException(string message, Exception innerException) : base(message, innerException) { }
}
