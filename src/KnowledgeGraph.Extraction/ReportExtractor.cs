using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.Extraction.Recognizers;
using KnowledgeGraph.Extraction.Structure;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Reads one annual rule-of-law report (法治政府建设工作报告) into facts with evidence. Stateless and thread-safe:
/// one instance (or the static <see cref="Default"/>) can serve all cores at once.
/// </summary>
public sealed class ReportExtractor
{
    public static ReportExtractor Default { get; } = new();

    /// <summary>Decodes the bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) and extracts.</summary>
    /// <exception cref="ReportFormatException">Empty, binary or undecodable input, or text with no Chinese in it.</exception>
    public ReportFacts Extract(ReadOnlySpan<byte> bytes, ReportMetaOverrides? meta = null, string? sourceName = null) =>
        Extract(ReportDecoder.Decode(bytes), meta, sourceName);

    /// <inheritdoc cref="Extract(ReadOnlySpan{byte}, ReportMetaOverrides?, string?)"/>
    public ReportFacts Extract(byte[] bytes, ReportMetaOverrides? meta = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Extract(bytes.AsSpan(), meta, sourceName);
    }

    /// <summary>
    /// Extracts from decoded text. An HTML page is first reduced to its visible text, which then counts as the
    /// original text that evidence offsets point into.
    /// </summary>
    /// <exception cref="ReportFormatException">Empty or binary text, or text with no Chinese in it.</exception>
    public ReportFacts Extract(string text, ReportMetaOverrides? meta = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\0', StringComparison.Ordinal)) throw new ReportFormatException("The report looks binary (it contains NUL characters).");
        if (HtmlText.LooksLikeHtml(text)) text = HtmlText.ToPlainText(text);
        if (string.IsNullOrWhiteSpace(text)) throw new ReportFormatException("The report is empty (no text after decoding).");
        if (!ContainsChinese(text)) throw new ReportFormatException("The report contains no Chinese text; expected a Chinese government report.");

        // The offset maps live only while the facts are read, so they come from the pool and go back to it.
        var normalized = TextCleaner.Clean(text, pooledMaps: true);
        try
        {
            return Read(text, normalized, meta, sourceName);
        }
        finally
        {
            normalized.ReturnMaps();
        }
    }

    private static ReportFacts Read(string text, NormalizedText normalized, ReportMetaOverrides? meta, string? sourceName)
    {
        var (reportMeta, context) = MetadataReader.Read(normalized, meta);
        var sentences = SectionParser.Parse(normalized, reportMeta.Year == 0 ? null : reportMeta.Year);
        var analysis = new Analysis(normalized, context, sentences);

        return new ReportFacts
        {
            Report = reportMeta,
            OriginalText = text,
            SourceName = sourceName,
            Sentences = SentencesOf(analysis),
            Documents = DocumentRecognizer.Recognize(analysis),
            Agencies = AgencyRecognizer.Recognize(analysis),
            Townships = TownshipRecognizer.Recognize(analysis),
            Delegations = DelegationRecognizer.Recognize(analysis),
            Responsibilities = ResponsibilityRecognizer.Recognize(analysis),
            Problems = ProblemRecognizer.Recognize(analysis),
            Metrics = MetricRecognizer.Recognize(analysis),
        };
    }

    private static List<Sentence> SentencesOf(Analysis analysis)
    {
        var sentences = new List<Sentence>(analysis.Sentences.Count);
        foreach (var s in analysis.Sentences)
        {
            var e = analysis.Evidence[s.Index];
            sentences.Add(new Sentence(e.Start, e.End, e.Quote, s.SectionPath, s.Kind));
        }
        return sentences;
    }

    private static bool ContainsChinese(string text)
    {
        foreach (var c in text)
        {
            if (SectionParser.IsHan(c)) return true;
        }
        return false;
    }
}
