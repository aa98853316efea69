using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>Bodies named in the report, one fact per body (resolved name), with every written form as an alias.</summary>
internal static class AgencyRecognizer
{
    private sealed class Builder
    {
        public required string Name;
        public required string Normalized;
        public readonly List<string> Aliases = [];
        public readonly List<Evidence> Evidence = [];
    }

    public static List<AgencyFact> Recognize(Analysis a)
    {
        var byName = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var sentence = a.Sentences[i];
            Evidence? evidence = null;
            foreach (var found in AgencyScanner.Scan(a.S, sentence.Start, sentence.End, a.Context))
            {
                if (a.InsideTitle(i, found.Start, found.End)) continue;
                var (name, alias) = AgencyScanner.SplitAlias(found.Name);
                var normalized = AgencyScanner.Normalize(name, a.Context);
                if (!byName.TryGetValue(normalized, out var b))
                {
                    b = new Builder { Name = name, Normalized = normalized };
                    byName[normalized] = b;
                    order.Add(b);
                }
                if (name != b.Name && !b.Aliases.Contains(name)) b.Aliases.Add(name);
                if (alias is not null && !b.Aliases.Contains(alias)) b.Aliases.Add(alias);
                evidence ??= a.EvidenceOf(sentence);
                if (!b.Evidence.Contains(evidence)) b.Evidence.Add(evidence);
            }
        }
        return order.Select(b => new AgencyFact
        {
            Name = b.Name,
            Normalized = b.Normalized,
            Kind = AgencyScanner.KindOf(b.Normalized),
            Aliases = b.Aliases,
            Evidence = b.Evidence,
        }).ToList();
    }
}
