using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Ingestion;

/// <summary>
/// Resolves a report's facts into graph rows with stable ids. Backend-neutral, so every store resolves entities
/// the same way:
/// - regions: provinces and prefectures by name; a county-level unit within its parent (the prefecture when the
///   report names it, else the province), so the 鼓楼区 of 南京市 and the 鼓楼区 of 福州市 stay two regions; by name
///   alone only when the report names no parent; townships and parks scoped to their county;
/// - agencies by their region-qualified name (县司法局 of 高邑县 → 高邑县司法局, a different node from 岳阳县司法局);
/// - documents by number when they have one, else national ones (laws, regulations, central policy) by title
///   alone, else titles opening with a full place name (湖南省…) by title — within the jurisdiction when the place
///   is the jurisdiction itself (two 鼓楼区 both have a 《鼓楼区…》) — else by title and issuer, else by title within
///   the citing jurisdiction;
/// - powers by category and field, catalogued matters by category, field and item; everything else (delegations, problems …) belongs to the report.
/// </summary>
public sealed class ReportGraphBuilder
{
    private static readonly JsonSerializerOptions FingerprintJson = new() { WriteIndented = false };
    private readonly TimeProvider _time;

    public ReportGraphBuilder(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>
    /// The report's rows. <paramref name="placement"/> (from <see cref="JurisdictionPlacement"/>) puts its county where
    /// the graph already has it; every id made within the county (townships, agencies, documents, the report) follows.
    /// </summary>
    public ReportGraph Build(ReportFacts facts, CountyPlacement? placement = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new Resolution(facts, placement, _time.GetUtcNow()).Build();
    }

    /// <summary>A province or prefecture (names unique nationwide), or a county-level unit whose parent is unknown.</summary>
    public static string RegionIdFor(string name) => StableId.For(NodeLabels.Region, name);

    /// <summary>A county-level unit within its parent region (a prefecture, or the province when no prefecture is known).</summary>
    public static string CountyIdFor(string? parentId, string name) =>
        parentId is null ? RegionIdFor(name) : StableId.For(NodeLabels.Region, parentId, name);

    /// <summary>The id of the region a report is about, from what the report says about itself.</summary>
    public static string JurisdictionIdOf(ReportMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var province = string.IsNullOrWhiteSpace(meta.Province) ? null : RegionIdFor(StableId.Normalize(meta.Province));
        var city = string.IsNullOrWhiteSpace(meta.ParentCity) ? null : RegionIdFor(StableId.Normalize(meta.ParentCity));
        return CountyIdFor(city ?? province, StableId.Normalize(meta.Jurisdiction));
    }

    public static string TownshipIdFor(string countyId, string name) => StableId.For(NodeLabels.Region, countyId, name);

    /// <summary>A power by category and field; a catalogued matter by category, field and item name.</summary>
    public static string PowerIdFor(string? category, string? field, string? item = null) =>
        item is null ? StableId.For(NodeLabels.Power, category ?? "", field ?? "") : StableId.For(NodeLabels.Power, category ?? "", field ?? "", item);

    public static string ReportIdFor(string regionId, int year) =>
        StableId.For(NodeLabels.Report, regionId, year.ToString(CultureInfo.InvariantCulture));

    internal static string Fingerprint(object row)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(row, row.GetType(), FingerprintJson);
        return Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 12));
    }

    /// <summary>The state of resolving one report.</summary>
    private sealed class Resolution(ReportFacts facts, CountyPlacement? placement, DateTimeOffset loadedAt)
    {
        private readonly ReportMeta _meta = facts.Report;
        private readonly string _jurisdiction = StableId.Normalize(facts.Report.Jurisdiction);
        private readonly List<RegionNode> _regions = [];
        private readonly Dictionary<string, AgencyNode> _agencies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _agencyIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DocumentNode> _documents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _titleIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PowerNode> _powers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BasisEdge> _basis = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DelegationNode> _delegations = new(StringComparer.Ordinal);
        private readonly List<DelegationRecipient> _recipients = [];
        private readonly HashSet<CoversEdge> _covers = [];
        private readonly Dictionary<string, ResponsibilityNode> _responsibilities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ProblemNode> _problems = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MetricNode> _metrics = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SentenceNode> _sentences = new(StringComparer.Ordinal);
        private readonly HashSet<EvidenceRecord> _evidence = [];
        private string _regionId = "";
        private string? _cityId;
        private string? _provinceId;
        private string _cityName = "\u0000";
        private string _provinceName = "\u0000";
        private string _reportId = "";

        public ReportGraph Build()
        {
            if (_jurisdiction.Length == 0) throw new ArgumentException("A report needs its jurisdiction.", nameof(facts));
            ResolveRegions();
            foreach (var agency in facts.Agencies) AddAgency(agency);
            foreach (var document in facts.Documents.Where(d => d.Number is not null)) AddDocument(document);
            foreach (var document in facts.Documents.Where(d => d.Number is null)) AddDocument(document);
            foreach (var document in facts.Documents) AddBasis(document);
            foreach (var township in facts.Townships) AddTownship(township.Name, township.Level, township.Evidence);
            foreach (var delegation in facts.Delegations) AddDelegation(delegation);
            foreach (var responsibility in facts.Responsibilities) AddResponsibility(responsibility);
            foreach (var problem in facts.Problems) AddProblem(problem);
            AddMetrics();
            AddSentences();

            var report = new ReportNode(_reportId, _regionId, _jurisdiction, _meta.Year, _meta.Title, _meta.Issuer,
                _meta.IssuedDate, facts.ContentHash, facts.SourceName, facts.OriginalText.Length, loadedAt);
            var regions = _regions.GroupBy(r => r.Id).Select(g => g.Last()).ToList();
            var delegations = _delegations.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            var recipients = _recipients.Distinct().ToList();
            var covers = _covers.OrderBy(c => c.DelegationId, StringComparer.Ordinal).ThenBy(c => c.PowerId, StringComparer.Ordinal).ToList();
            var graph = new ReportGraph
            {
                Report = report,
                OriginalText = facts.OriginalText,
                Regions = regions,
                Agencies = Sorted(_agencies.Values),
                Documents = Sorted(_documents.Values),
                Powers = Sorted(_powers.Values),
                BasedOn = _basis.Values.OrderBy(b => b.Id, StringComparer.Ordinal).ToList(),
                Delegations = delegations,
                Recipients = recipients,
                Covers = covers,
                Responsibilities = Sorted(_responsibilities.Values),
                Problems = Sorted(_problems.Values),
                Metrics = Sorted(_metrics.Values),
                Sentences = Sorted(_sentences.Values),
                Evidence = _evidence.OrderBy(e => e.FactId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End).ToList(),
                Mentions = [],
            };
            return graph with { Mentions = Mentions(graph) };
        }

        private static List<T> Sorted<T>(IEnumerable<T> nodes) where T : GraphNode =>
            nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();

        private static IReadOnlyList<Mention> Mentions(ReportGraph g)
        {
            var recipientsOf = g.Recipients.ToLookup(r => r.DelegationId);
            var coversOf = g.Covers.ToLookup(c => c.DelegationId);
            var rows = new List<(string Id, object Row)> { (g.Report.Id, g.Report with { LoadedAt = default }) };
            rows.AddRange(g.Regions.Select(r => (r.Id, (object)r)));
            rows.AddRange(g.Agencies.Select(a => (a.Id, (object)a)));
            rows.AddRange(g.Documents.Select(d => (d.Id, (object)d)));
            rows.AddRange(g.Powers.Select(p => (p.Id, (object)p)));
            rows.AddRange(g.BasedOn.Select(b => (b.Id, (object)b)));
            rows.AddRange(g.Delegations.Select(d => (d.Id, (object)new { d, To = recipientsOf[d.Id].ToList(), Covers = coversOf[d.Id].ToList() })));
            rows.AddRange(g.Responsibilities.Select(r => (r.Id, (object)r)));
            rows.AddRange(g.Problems.Select(p => (p.Id, (object)p)));
            rows.AddRange(g.Metrics.Select(m => (m.Id, (object)m)));
            rows.AddRange(g.Sentences.Select(s => (s.Id, (object)s)));
            return rows.GroupBy(r => r.Id, StringComparer.Ordinal)
                .Select(grp => new Mention(grp.Key, Fingerprint(grp.Last().Row)))
                .OrderBy(m => m.FactId, StringComparer.Ordinal).ToList();
        }

        private void ResolveRegions()
        {
            if (!string.IsNullOrWhiteSpace(_meta.Province))
            {
                _provinceName = StableId.Normalize(_meta.Province);
                _provinceId = RegionIdFor(_provinceName);
                _regions.Add(new RegionNode(_provinceId, _provinceName, RegionLevel.Province, null, FactStatus.Extracted));
            }
            var city = string.IsNullOrWhiteSpace(_meta.ParentCity) ? placement?.ParentCity : _meta.ParentCity;
            if (!string.IsNullOrWhiteSpace(city))
            {
                _cityName = StableId.Normalize(city);
                _cityId = RegionIdFor(_cityName);
                _regions.Add(new RegionNode(_cityId, _cityName, RegionLevel.City, _provinceId, FactStatus.Extracted));
            }
            _regionId = placement?.CountyId ?? CountyIdFor(_cityId ?? _provinceId, _jurisdiction);
            var level = _meta.Level != RegionLevel.Unknown ? _meta.Level : EntityNames.LevelFromName(_jurisdiction);
            _regions.Add(new RegionNode(_regionId, _jurisdiction, level, _cityId ?? _provinceId, FactStatus.Extracted));
            _reportId = ReportIdFor(_regionId, _meta.Year);
        }

        private string AddTownship(string name, RegionLevel level, IReadOnlyList<Evidence> evidence)
        {
            var normalized = StableId.Normalize(name);
            var id = TownshipIdFor(_regionId, normalized);
            if (!_regions.Any(r => r.Id == id))
            {
                _regions.Add(new RegionNode(id, normalized, level == RegionLevel.Unknown ? RegionLevel.Township : level, _regionId, FactStatus.Extracted));
            }
            AddEvidence(id, evidence);
            return id;
        }

        private string? RegionOfBody(string qualifiedName)
        {
            if (EntityNames.BelongsTo(qualifiedName, _jurisdiction)) return _regionId;
            var name = EntityNames.WithoutParty(qualifiedName);
            if (name.StartsWith(_cityName, StringComparison.Ordinal)) return _cityId;
            if (name.StartsWith(_provinceName, StringComparison.Ordinal)) return _provinceId;
            return null;
        }

        private void AddAgency(AgencyFact fact)
        {
            var qualified = EntityNames.Qualify(string.IsNullOrWhiteSpace(fact.Normalized) ? fact.Name : fact.Normalized, _jurisdiction);
            var id = EnsureAgency(qualified, fact.Kind);
            var existing = _agencies[id];
            var aliases = existing.Aliases.Concat(fact.Aliases.Append(fact.Name).Select(StableId.Normalize))
                .Where(a => a.Length > 0 && a != qualified).Distinct().Order(StringComparer.Ordinal).ToList();
            _agencies[id] = existing with { Aliases = aliases, Kind = fact.Kind != AgencyKind.Other ? fact.Kind : existing.Kind };
            foreach (var alias in aliases) _agencyIndex.TryAdd(alias, id);
            AddEvidence(id, fact.Evidence);
        }

        private string EnsureAgency(string qualified, AgencyKind kind)
        {
            if (_agencyIndex.TryGetValue(qualified, out var known)) return known;
            var region = RegionOfBody(qualified);
            // a body of unknown region (市司法局 in a county report, 两办) is that jurisdiction's view of it, not a
            // node shared with every report naming a 市司法局; central bodies are shared
            var scope = region ?? (EntityNames.IsNationalBody(qualified) ? "" : _regionId);
            var id = StableId.For(NodeLabels.Agency, scope, qualified);
            _agencies.TryAdd(id, new AgencyNode(id, qualified, kind, region, [], FactStatus.Extracted));
            _agencyIndex[qualified] = id;
            return id;
        }

        /// <summary>A body named in passing (a delegating body, an issuer, a recipient) resolved to an agency.</summary>
        private string ResolveAgency(string written)
        {
            var text = StableId.Normalize(written);
            if (_agencyIndex.TryGetValue(text, out var id)) return id;
            var qualified = EntityNames.Qualify(text, _jurisdiction);
            if (_agencyIndex.TryGetValue(qualified, out id)) return id;
            id = EnsureAgency(qualified, EntityNames.AgencyKindFromName(qualified));
            if (text != qualified)
            {
                var agency = _agencies[id];
                _agencies[id] = agency with { Aliases = agency.Aliases.Append(text).Distinct().Order(StringComparer.Ordinal).ToList() };
                _agencyIndex[text] = id;
            }
            return id;
        }

        private string DocumentId(string titleKey, DocNumber? number, DocumentKind kind, string? issuerId)
        {
            if (number is not null) return StableId.For(NodeLabels.Document, number.ToString());
            if (EntityNames.IsNational(kind)) return StableId.For(NodeLabels.Document, "", EntityNames.NationalKey(titleKey));
            if (EntityNames.NamesItsPlace(titleKey))
            {
                // 《鼓楼区…》 is the document of this 鼓楼区, not of every county of that name
                return titleKey.StartsWith(_jurisdiction, StringComparison.Ordinal)
                    ? StableId.For(NodeLabels.Document, titleKey, _regionId)
                    : StableId.For(NodeLabels.Document, titleKey);
            }
            if (issuerId is not null) return StableId.For(NodeLabels.Document, titleKey, issuerId);
            return StableId.For(NodeLabels.Document, titleKey, _regionId);
        }

        private void AddDocument(DocumentFact fact)
        {
            var titleKey = EntityNames.TitleKey(fact.Title);
            if (titleKey.Length == 0) return;
            var issuerId = string.IsNullOrWhiteSpace(fact.Issuer) ? null : ResolveAgency(fact.Issuer);
            var kind = fact.Kind != DocumentKind.Unknown ? fact.Kind : EntityNames.KindFromTitle(titleKey);
            var id = fact.Number is null && _titleIndex.TryGetValue(titleKey, out var cited) ? cited : DocumentId(titleKey, fact.Number, kind, issuerId);
            var node = new DocumentNode(id, titleKey, fact.Number, fact.Issuer is null ? null : StableId.Normalize(fact.Issuer), issuerId, kind,
                fact.Year ?? fact.Number?.Year ?? fact.Date?.Year, fact.Date, kind == DocumentKind.Local ? _regionId : null, FactStatus.Extracted);
            _documents[id] = _documents.TryGetValue(id, out var seen) ? Combine(seen, node) : node;
            _titleIndex.TryAdd(titleKey, id);
            AddEvidence(id, fact.Evidence);
        }

        private static DocumentNode Combine(DocumentNode a, DocumentNode b) => a with
        {
            Number = a.Number ?? b.Number,
            IssuerName = a.IssuerName ?? b.IssuerName,
            IssuerId = a.IssuerId ?? b.IssuerId,
            Kind = a.Kind != DocumentKind.Unknown ? a.Kind : b.Kind,
            Year = a.Year ?? b.Year,
            Date = a.Date ?? b.Date,
            RegionId = a.RegionId ?? b.RegionId,
        };

        /// <summary>A document named only by title (a BASED_ON target, an authorizing document).</summary>
        private string ResolveDocument(string title)
        {
            var titleKey = EntityNames.TitleKey(title);
            if (_titleIndex.TryGetValue(titleKey, out var id)) return id;
            var kind = EntityNames.KindFromTitle(titleKey);
            id = DocumentId(titleKey, null, kind, null);
            _documents[id] = new DocumentNode(id, titleKey, null, null, null, kind, null, null, null, FactStatus.Extracted);
            _titleIndex[titleKey] = id;
            return id;
        }

        private void AddBasis(DocumentFact fact)
        {
            var titleKey = EntityNames.TitleKey(fact.Title);
            if (titleKey.Length == 0 || !_titleIndex.TryGetValue(titleKey, out var documentId)) return;
            foreach (var basisTitle in fact.BasedOn.Where(t => EntityNames.TitleKey(t).Length > 0))
            {
                var basisId = ResolveDocument(basisTitle);
                if (basisId == documentId) continue;
                var edgeId = FactIds.BasedOn(documentId, basisId);
                _basis[edgeId] = new BasisEdge(edgeId, documentId, basisId);
                AddEvidence(edgeId, fact.Evidence);
            }
        }

        private void AddDelegation(DelegationFact fact)
        {
            var fromId = string.IsNullOrWhiteSpace(fact.From) ? null : ResolveAgency(fact.From);
            var authorizedById = string.IsNullOrWhiteSpace(fact.AuthorizedBy) ? null : ResolveDocument(fact.AuthorizedBy);
            var to = fact.To.Select(StableId.Normalize).Where(t => t.Length > 0).Distinct().ToList();
            var id = StableId.For(NodeLabels.Delegation, _reportId, fact.Mode.ToString(), fromId ?? StableId.Normalize(fact.From ?? ""),
                string.Join('|', to), fact.Matters, authorizedById, fact.Date?.ToString("O", CultureInfo.InvariantCulture));
            AddEvidence(id, fact.Evidence);
            if (authorizedById is not null) AddEvidence(FactIds.AuthorizedBy(id, authorizedById), fact.Evidence);
            if (_delegations.ContainsKey(id)) return; // the same act stated twice: one node, evidence of both
            _delegations[id] = new DelegationNode(id, _reportId, _regionId, fact.Mode, fromId,
                fact.From is null ? null : StableId.Normalize(fact.From), fact.Matters, fact.ItemCount, fact.RecipientCount, fact.Date,
                authorizedById, FactStatus.Extracted);
            foreach (var name in to) _recipients.Add(Recipient(id, name));
            foreach (var power in fact.Powers)
            {
                if (string.IsNullOrWhiteSpace(power.Category) && string.IsNullOrWhiteSpace(power.Field)) continue;
                var category = power.Category is null ? null : StableId.Normalize(power.Category);
                var field = power.Field is null ? null : StableId.Normalize(power.Field);
                var item = string.IsNullOrWhiteSpace(power.Item) ? null : StableId.Normalize(power.Item);
                var powerId = PowerIdFor(category, field, item);
                _powers.TryAdd(powerId, new PowerNode(powerId, category, field, item));
                _covers.Add(new CoversEdge(id, powerId));
            }
        }

        private DelegationRecipient Recipient(string delegationId, string name)
        {
            if (EntityNames.IsCollective(name)) return new DelegationRecipient(delegationId, _regionId, NodeLabels.Region, name, true);
            if (_agencyIndex.TryGetValue(name, out var agencyId)) return new DelegationRecipient(delegationId, agencyId, NodeLabels.Agency, name, false);
            var township = _regions.FirstOrDefault(r => r.ParentId == _regionId && r.Name == name);
            if (township is not null || EntityNames.IsTownshipOrPark(name))
            {
                var id = township?.Id ?? AddTownship(name, EntityNames.LevelFromName(name) is RegionLevel.Zone ? RegionLevel.Zone : RegionLevel.Township, []);
                return new DelegationRecipient(delegationId, id, NodeLabels.Region, name, false);
            }
            return new DelegationRecipient(delegationId, ResolveAgency(name), NodeLabels.Agency, name, false);
        }

        private void AddResponsibility(ResponsibilityFact fact)
        {
            var holder = StableId.Normalize(fact.Holder);
            if (holder.Length == 0) return;
            string? holderId = null;
            if (_agencyIndex.TryGetValue(holder, out var known) || _agencyIndex.TryGetValue(EntityNames.Qualify(holder, _jurisdiction), out known))
            {
                holderId = known;
            }
            else if (EntityNames.AgencyKindFromName(holder) != AgencyKind.Other)
            {
                holderId = ResolveAgency(holder);
            }
            var id = StableId.For(NodeLabels.Responsibility, _reportId, fact.Role.ToString(), holder, fact.Task);
            _responsibilities.TryAdd(id, new ResponsibilityNode(id, _reportId, _regionId, _meta.Year, fact.Role, holder, holderId, fact.Task, FactStatus.Extracted));
            AddEvidence(id, fact.Evidence);
        }

        private void AddProblem(ProblemFact fact)
        {
            var id = StableId.For(NodeLabels.Problem, _reportId, fact.Text);
            _problems.TryAdd(id, new ProblemNode(id, _reportId, _regionId, _meta.Year, fact.Text, fact.Category, fact.Found,
                fact.Rectified, fact.Status, FactStatus.Extracted));
            AddEvidence(id, fact.Evidence);
        }

        private void AddMetrics()
        {
            // The same figure name may occur more than once: the occurrence number keeps ids stable across revisions.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var fact in facts.Metrics)
            {
                var key = fact.Name + '\u001f' + fact.Unit;
                var n = seen[key] = seen.GetValueOrDefault(key) + 1;
                var id = StableId.For(NodeLabels.Metric, _reportId, fact.Name, fact.Unit, n.ToString(CultureInfo.InvariantCulture));
                _metrics[id] = new MetricNode(id, _reportId, _regionId, fact.Year ?? _meta.Year, fact.Name, fact.Value, fact.Unit, FactStatus.Extracted);
                AddEvidence(id, fact.Evidence);
            }
        }

        private void AddSentences()
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var sentence in facts.Sentences)
            {
                var n = seen[sentence.Text] = seen.GetValueOrDefault(sentence.Text) + 1;
                var id = StableId.For(NodeLabels.Sentence, _reportId, sentence.Text, n.ToString(CultureInfo.InvariantCulture));
                _sentences[id] = new SentenceNode(id, _reportId, sentence.Start, sentence.End, sentence.Text, sentence.SectionPath, sentence.Section);
            }
        }

        private void AddEvidence(string factId, IEnumerable<Evidence> evidence)
        {
            foreach (var e in evidence) _evidence.Add(new EvidenceRecord(factId, _reportId, e.Start, e.End, e.Quote));
        }
    }
}
