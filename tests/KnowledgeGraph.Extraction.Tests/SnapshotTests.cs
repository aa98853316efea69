using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Extraction.Json;
using KnowledgeGraph.Extraction.Metadata;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// Pins what the five real reports extract to, so a speed-up or a refactoring cannot change it silently:
/// the stable extract JSON (as `graph-seed extract --json` prints it, sidecar metadata included) and, beyond it,
/// every fact field the JSON leaves out (sentences with their sections, aliases, powers, recipient counts, status).
/// The snapshots were written from the extractor before the span-scanner rewrite. To accept an intended change,
/// run the tests with KG_UPDATE_SNAPSHOTS=1 and review the diff of Snapshots/.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly JsonSerializerOptions FullOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        // Absent means null: a nullable field added to a fact type later (null from extraction) leaves these as they are.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void Extract_json_matches_the_snapshot(string name) =>
        AssertSnapshot(name + ".json", FactsJson.Serialize(ExtractAsTheCliDoes(name)) + "\n");

    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void All_fact_fields_match_the_snapshot(string name)
    {
        // The original text is the input, not a result; everything else the extractor returns is compared.
        var facts = ExtractAsTheCliDoes(name) with { OriginalText = string.Empty };
        AssertSnapshot(name + ".facts.json", JsonSerializer.Serialize(facts, FullOptions) + "\n");
    }

    private static ReportFacts ExtractAsTheCliDoes(string name)
    {
        var path = Reports.PathOf(name);
        return ReportExtractor.Default.Extract(File.ReadAllBytes(path), ReportMetaOverrides.LoadSidecar(path), Path.GetFileName(path));
    }

    private static void AssertSnapshot(string file, string actual)
    {
        var path = Path.Combine(Reports.TestsFolder, "Snapshots", file);
        if (Environment.GetEnvironmentVariable("KG_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {path}; create it with KG_UPDATE_SNAPSHOTS=1 and review it.");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        var from = Math.Max(0, at - 80);
        Assert.Fail($"{file} differs from the snapshot at character {at}:\n  expected …{Excerpt(expected, from)}…\n  actual   …{Excerpt(actual, from)}…");
    }

    private static string Excerpt(string s, int from) => from >= s.Length ? string.Empty : s.Substring(from, Math.Min(200, s.Length - from));
}
