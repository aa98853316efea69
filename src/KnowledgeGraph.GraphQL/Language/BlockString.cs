using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Block string semantics (spec §2.9.4 BlockStringValue) and graphql-js's block string printing.</summary>
public static class BlockString
{
    /// <summary>Removes the common indentation and the leading/trailing blank lines of raw block string lines.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length) continue;
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return string.Empty;
        var sb = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty) sb.Append('\n');
            var line = lines[i];
            if (i == 0 || commonIndent == int.MaxValue) sb.Append(line);
            else if (line.Length > commonIndent) sb.Append(line, commonIndent, line.Length - commonIndent);
        }
        return sb.ToString();
    }

    /// <summary>graphql-js printBlockString: the value as a <c>"""</c> literal.</summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var sb = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) sb.Append('\n');
        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline) sb.Append('\n');
        sb.Append("\"\"\"");
        return sb.ToString();
    }

    /// <summary>graphql-js isPrintableAsBlockString: whether the value survives a block string round trip.</summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0) return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007'
                    or '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }

    private static int LeadingWhitespace(string s)
    {
        var i = 0;
        while (i < s.Length && IsWhiteSpace(s[i])) i++;
        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
