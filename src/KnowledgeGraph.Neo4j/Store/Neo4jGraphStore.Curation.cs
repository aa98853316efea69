using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphWriter curation: confirm, reject, correct, merge — each one transaction with a log entry.
public sealed partial class Neo4jGraphStore
{
    private static readonly HashSet<string> IntProperties = ["itemCount", "recipientCount", "year", "found", "rectified", "start", "end"];
    private static readonly HashSet<string> DateProperties = ["date", "issuedDate"];
    private static readonly HashSet<string> FixedProperties = ["id", "reportId", "aliases", "contentHash", "textLength", "loadedAt"];

    public Task<CurationResult> ConfirmFactAsync(string factId, CurationActor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(factId, FactStatus.Confirmed, "confirm", actor, cancellationToken);

    public Task<CurationResult> RejectFactAsync(string factId, CurationActor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(factId, FactStatus.Rejected, "reject", actor, cancellationToken);

    private Task<CurationResult> SetStatusAsync(string factId, FactStatus status, string action, CurationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var label = LabelOf(factId);
        return _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            await FindFactAsync(tx, label, factId, ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.SetStatus(label), P(("id", factId), ("status", status.ToString())), ct).ConfigureAwait(false);
            var version = await LogAsync(tx, factId, action, actor, null, ct).ConfigureAwait(false);
            return new CurationResult(factId, status, version);
        }, cancellationToken);
    }

    public Task<CurationResult> CorrectFactAsync(string factId, IReadOnlyDictionary<string, string?> changes, CurationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(actor);
        if (changes.Count == 0) throw new CurationException("A correction needs at least one change.");
        var label = LabelOf(factId);
        return _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            var node = await FindFactAsync(tx, label, factId, ct).ConfigureAwait(false);
            var known = NodeProperties.Of(node).Keys.Where(k => !FixedProperties.Contains(k)).ToHashSet(StringComparer.Ordinal);
            var typed = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in changes)
            {
                if (!known.Contains(key))
                    throw new CurationException($"A {label} has no correctable field '{key}'; it has {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
                typed[key] = Typed(label, key, value);
                if (typed[key] is decimal exact) typed["valueText"] = exact.ToString(CultureInfo.InvariantCulture);
            }
            await Run(tx, CurationStatements.Correct(label), P(("id", factId), ("changes", typed)), ct).ConfigureAwait(false);
            // All corrections of the fact so far, field → text, in the SQLite store's JSON (exports carry them alike).
            var merged = new SortedDictionary<string, string?>(StringComparer.Ordinal);
            var stored = (await Run(tx, CurationStatements.CorrectionOf, P(("factId", factId)), ct).ConfigureAwait(false)).Single().Get<string?>("changes");
            foreach (var (k, v) in stored is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string?>>(stored) ?? []) merged[k] = v;
            foreach (var (k, v) in changes) merged[k] = v;
            await Run(tx, CurationStatements.StoreCorrection, P(("factId", factId), ("changes", JsonSerializer.Serialize(merged))), ct).ConfigureAwait(false);
            var version = await LogAsync(tx, factId, "correct", actor, JsonSerializer.Serialize(changes), ct).ConfigureAwait(false);
            return new CurationResult(factId, FactStatus.Corrected, version);
        }, cancellationToken);
    }

    public Task<CurationResult> MergeEntitiesAsync(string keptId, string mergedId, CurationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var label = LabelOf(keptId);
        if (LabelOf(mergedId) != label) throw new CurationException($"Only nodes of one label merge: {keptId} and {mergedId} differ.");
        if (keptId == mergedId) throw new CurationException("A node cannot be merged into itself.");
        if (!GraphSchema.SharedLabels.Contains(label)) throw new CurationException($"{label} nodes belong to one report and are not merged; only {string.Join(", ", GraphSchema.SharedLabels)} are.");
        return _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            var kept = await FindFactAsync(tx, label, keptId, ct).ConfigureAwait(false);
            await FindFactAsync(tx, label, mergedId, ct).ConfigureAwait(false);
            var ids = P(("mergedId", mergedId), ("keptId", keptId));
            foreach (var (relation, direction) in CurationStatements.MovesFor(label))
                await Run(tx, CurationStatements.MoveRelationships(label, relation, direction), ids, ct).ConfigureAwait(false);
            foreach (var (owner, property) in CurationStatements.IdProperties)
                await Run(tx, CurationStatements.RepointProperty(owner, property), ids, ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.MergeBookkeeping(label), ids, ct).ConfigureAwait(false);
            var version = await LogAsync(tx, keptId, "merge", actor, mergedId, ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.LogSameVersion,
                P(("factId", mergedId), ("action", "merged-into"), ("actor", actor.Name), ("note", actor.Note), ("detail", keptId)), ct).ConfigureAwait(false);
            var status = kept switch
            {
                RegionNode r => r.Curation, AgencyNode a => a.Curation, DocumentNode d => d.Curation, _ => FactStatus.Extracted,
            };
            return new CurationResult(keptId, status, version);
        }, cancellationToken);
    }

    private static string LabelOf(string factId)
    {
        ArgumentException.ThrowIfNullOrEmpty(factId);
        var label = StableId.TypeOf(factId);
        return label is not null && NodeLabels.All.Contains(label) && label != NodeLabels.Report
            ? label
            : throw new CurationException($"'{factId}' is not the id of a fact that can be curated.");
    }

    private static async Task<GraphNode> FindFactAsync(Neo4jTransaction tx, string label, string id, CancellationToken ct)
    {
        var found = (await Run(tx, CurationStatements.FactById(label), P(("id", id)), ct).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new CurationException($"No fact has the id '{id}'.");
        return NodeProperties.Read(label, found.Get<IReadOnlyDictionary<string, object?>>("props"));
    }

    private static async Task<long> LogAsync(Neo4jTransaction tx, string factId, string action, CurationActor actor, string? detail, CancellationToken ct) =>
        (await Run(tx, CurationStatements.Log, P(("factId", factId), ("action", action), ("actor", actor.Name), ("note", actor.Note), ("detail", detail)), ct)
            .ConfigureAwait(false)).Single().Get<long>("version");

    /// <summary>A correction's text as the property's stored type; enum names are matched ignoring case and underscores (GraphQL's ENTRUST).</summary>
    private static object? Typed(string label, string key, string? value)
    {
        if (value is null) return null;
        try
        {
            if (IntProperties.Contains(key)) return int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
            if (DateProperties.Contains(key)) return DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (key == "value") return decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
            if (key == "number") return DocNumber.Parse(value).ToString();
            var enumType = (label, key) switch
            {
                (_, "level") => typeof(RegionLevel),
                (NodeLabels.Agency, "kind") => typeof(AgencyKind),
                (NodeLabels.Document, "kind") => typeof(DocumentKind),
                (_, "mode") => typeof(DelegationMode),
                (_, "role") => typeof(ResponsibilityRole),
                (_, "status") => typeof(ProblemStatus),
                (_, "section") => typeof(SectionKind),
                _ => null,
            };
            if (enumType is null) return value;
            var wanted = value.Replace("_", "", StringComparison.Ordinal);
            return Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new CurationException($"'{value}' is not a {enumType.Name}; one of {string.Join(", ", Enum.GetNames(enumType))}.");
        }
        catch (FormatException e)
        {
            throw new CurationException($"'{value}' is not a valid {key}: {e.Message}", e);
        }
    }
}
