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
        var label = LabelOf(factId);
        var properties = PropertiesOf(label, FactCorrections.Parse(label, changes)); // validated before the transaction
        return _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            await FindFactAsync(tx, label, factId, ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.Correct(label), P(("id", factId), ("changes", properties)), ct).ConfigureAwait(false);
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

    /// <summary>
    /// Typed corrections as the node's properties (see <see cref="NodeProperties"/>): enums and 文号 by name, the
    /// metric value as FLOAT with its exact text beside it; GraphQL's holderName is stored as holder.
    /// </summary>
    private static Dictionary<string, object?> PropertiesOf(string label, IReadOnlyList<(string Field, object? Value)> fields)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, value) in fields)
        {
            var key = (label, field) switch
            {
                (NodeLabels.Responsibility, "holderName") => "holder",
                _ => field,
            };
            properties[key] = value switch
            {
                Enum e => e.ToString(),
                DocNumber n => n.ToString(),
                _ => value,
            };
            if (value is decimal exact) properties["valueText"] = exact.ToString(CultureInfo.InvariantCulture);
        }
        return properties;
    }

    public Task<CurationResult> MergeEntitiesAsync(string keptId, string mergedId, CurationActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var label = EntityMerge.LabelOf(keptId, mergedId);
        return _client.ExecuteWriteAsync(async (tx, ct) =>
        {
            var kept = await FindFactAsync(tx, label, keptId, ct).ConfigureAwait(false);
            await FindFactAsync(tx, label, mergedId, ct).ConfigureAwait(false);
            var ids = P(("mergedId", mergedId), ("keptId", keptId));
            if (label == NodeLabels.Region
                && (await Run(tx, CurationStatements.RegionsNested, ids, ct).ConfigureAwait(false)).SingleOrDefault()?.Get<bool>("nested") == true)
            {
                throw EntityMerge.NestedRegions(keptId, mergedId);
            }
            var links = label == NodeLabels.Document ? await MovedBasedOnAsync(tx, keptId, mergedId, ct).ConfigureAwait(false) : [];
            foreach (var (relation, direction) in CurationStatements.MovesFor(label))
                await Run(tx, CurationStatements.MoveRelationships(label, relation, direction), ids, ct).ConfigureAwait(false);
            if (CurationStatements.FillFromMerged(label) is { } fill) await Run(tx, fill, ids, ct).ConfigureAwait(false);
            foreach (var (owner, property) in CurationStatements.IdProperties)
                await Run(tx, CurationStatements.RepointProperty(owner, property), ids, ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.MergeBookkeeping(label), ids, ct).ConfigureAwait(false);
            if (links.Count > 0) await Run(tx, CurationStatements.RekeyBasedOn, P(("links", links)), ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.DedupeEvidence, P(("factId", keptId)), ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.DedupeMentions, P(("factId", keptId)), ct).ConfigureAwait(false);
            foreach (var link in links.Select(l => l["newId"]).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                await Run(tx, CurationStatements.DedupeEvidence, P(("factId", link)), ct).ConfigureAwait(false);
                await Run(tx, CurationStatements.DedupeMentions, P(("factId", link)), ct).ConfigureAwait(false);
            }
            var version = await LogAsync(tx, keptId, "merge", actor, mergedId, ct).ConfigureAwait(false);
            await Run(tx, CurationStatements.LogSameVersion,
                P(("factId", mergedId), ("action", "merged-into"), ("actor", actor.Name), ("note", actor.Note), ("detail", keptId)), ct).ConfigureAwait(false);
            var status = kept switch
            {
                RegionNode r => r.Curation, AgencyNode a => a.Curation, DocumentNode d => d.Curation, _ => FactStatus.Extracted, // powers carry no status
            };
            return new CurationResult(keptId, status, version);
        }, cancellationToken);
    }

    /// <summary>The merged document's BASED_ON links as (old id, new id); the new id is null when both ends become the kept one.</summary>
    private static async Task<List<Dictionary<string, object?>>> MovedBasedOnAsync(Neo4jTransaction tx, string keptId, string mergedId, CancellationToken ct)
    {
        var links = new List<Dictionary<string, object?>>();
        foreach (var record in (await Run(tx, CurationStatements.BasedOnLinksOf, P(("mergedId", mergedId)), ct).ConfigureAwait(false)).Records)
        {
            var from = record.Get<string>("documentId") == mergedId ? keptId : record.Get<string>("documentId");
            var to = record.Get<string>("basisId") == mergedId ? keptId : record.Get<string>("basisId");
            links.Add(new() { ["oldId"] = record.Get<string?>("id"), ["newId"] = from == to ? null : FactIds.BasedOn(from, to) });
        }
        return links;
    }

    private static string LabelOf(string factId)
    {
        ArgumentException.ThrowIfNullOrEmpty(factId);
        var label = StableId.TypeOf(factId);
        return FactCorrections.IsCurated(label)
            ? label!
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
}
