using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Storage.Tests.Fixtures;

/// <summary>The five real reports of graph-seed/reports, read byte for byte, and evidence spans found in them.</summary>
public static class ReportTexts
{
    public const string Gaoyi = "gaoyi-county-2020.txt";
    public const string Yueyang = "yueyang-county-2021.txt";
    public const string Pinglu = "pinglu-district-2020.txt";
    public const string Tangshan = "tangshan-hitech-zone-2023.txt";
    public const string Fuyun = "fuyun-county-2024.txt";

    public static IReadOnlyList<string> All { get; } = [Gaoyi, Yueyang, Tangshan, Fuyun, Pinglu];

    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "graph-seed", "reports");
                if (File.Exists(Path.Combine(candidate, Gaoyi))) return candidate;
            }
            throw new DirectoryNotFoundException("graph-seed/reports not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    /// <summary>The sentence of <paramref name="text"/> holding <paramref name="fragment"/>, as evidence: [start, end) and the quote.</summary>
    public static Evidence Quote(string text, string fragment)
    {
        var at = text.IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{fragment}' is not in the report.", nameof(fragment));
        var start = at;
        while (start > 0 && text[start - 1] is not ('。' or '\n' or '；' or ';')) start--;
        var end = at + fragment.Length;
        while (end < text.Length && text[end - 1] != '。' && text[end] != '\n') end++;
        return new Evidence(start, end, text[start..end]);
    }
}
