using System.Globalization;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>What a load or generate run did: reports added, revised, unchanged, failed (with reasons), and facts by type.</summary>
public sealed class LoadSummary
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, long> _factsByType = new(StringComparer.Ordinal);
    private readonly List<(string Source, string Reason)> _failures = [];

    public int Added { get; private set; }
    public int Revised { get; private set; }
    public int Unchanged { get; private set; }
    public int Failed => _failures.Count;
    public long FactsAdded { get; private set; }
    public long FactsUpdated { get; private set; }
    public long FactsRemoved { get; private set; }

    public IReadOnlyList<(string Source, string Reason)> Failures
    {
        get { lock (_gate) return _failures.OrderBy(f => f.Source, StringComparer.Ordinal).ToArray(); }
    }

    /// <summary>Facts stated by the reports that were added or revised, by type (documents, delegations …).</summary>
    public IReadOnlyDictionary<string, long> FactsByType
    {
        get { lock (_gate) return new SortedDictionary<string, long>(_factsByType, StringComparer.Ordinal); }
    }

    public void Record(ReportFacts facts, IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            switch (result.Outcome)
            {
                case IngestOutcome.Unchanged: Unchanged++; return;
                case IngestOutcome.Revised: Revised++; break;
                default: Added++; break;
            }
            FactsAdded += result.FactsAdded;
            FactsUpdated += result.FactsUpdated;
            FactsRemoved += result.FactsRemoved;
            Count("documents", facts.Documents.Count);
            Count("agencies", facts.Agencies.Count);
            Count("townships", facts.Townships.Count);
            Count("delegations", facts.Delegations.Count);
            Count("responsibilities", facts.Responsibilities.Count);
            Count("problems", facts.Problems.Count);
            Count("metrics", facts.Metrics.Count);
        }
    }

    /// <summary>A report already loaded with the same content, skipped before extraction.</summary>
    public void RecordSkipped()
    {
        lock (_gate) Unchanged++;
    }

    public void RecordFailure(string source, string reason)
    {
        lock (_gate) _failures.Add((source, reason));
    }

    public void Render(IAnsiConsole console, string store)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().Title($"graph-seed → {Markup.Escape(store)}").AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("reports loaded", N(Added));
        table.AddRow("reports revised", N(Revised));
        table.AddRow("unchanged duplicates", N(Unchanged));
        table.AddRow("failures", N(Failed));
        foreach (var (type, count) in FactsByType) table.AddRow(Markup.Escape("facts: " + type), N(count));
        table.AddRow("graph facts added", N(FactsAdded));
        table.AddRow("graph facts updated", N(FactsUpdated));
        table.AddRow("graph facts removed", N(FactsRemoved));
        console.Write(table);
        foreach (var (source, reason) in Failures)
            console.MarkupLine($"[red]failed[/] {Markup.Escape(source)}: {Markup.Escape(reason)}");
    }

    private void Count(string type, long n) => _factsByType[type] = _factsByType.GetValueOrDefault(type) + n;

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
