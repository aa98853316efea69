using Bogus;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The facts mode's addition to what a report's text says: a delegation's authorizing document lists the matters
/// handed down in its appendix (事项清单), so each delegation of N items also covers N catalogued matters of its
/// categories and fields, as if that appendix had been loaded beside the report. Text mode never adds them: the
/// extractor reads only what the report says, and the round trip compares against that.
/// </summary>
internal static class MatterAppendix
{
    /// <summary>What an appendix lists when the text names no category (审批服务事项): licences and confirmations.</summary>
    private static readonly PowerRef[] ServiceMatters = [new("行政许可", null), new("行政确认", null)];

    public static ReportFacts Attach(ReportFacts report, int seed)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Delegations.Count == 0) return report;
        var delegations = new DelegationFact[report.Delegations.Count];
        for (var k = 0; k < delegations.Length; k++)
        {
            var delegation = report.Delegations[k];
            var items = Items(delegation, new Randomizer(unchecked(seed * 31 + k + 1)));
            delegations[k] = items.Count == 0 ? delegation : delegation with { Powers = [.. delegation.Powers, .. items] };
        }
        return report with { Delegations = delegations };
    }

    /// <summary>ItemCount matters spread over the delegation's (category, field) powers, each drawn once.</summary>
    private static List<PowerRef> Items(DelegationFact delegation, Randomizer random)
    {
        var total = delegation.ItemCount ?? 0;
        var kinds = delegation.Powers.Where(p => p.Category is not null && p.Item is null && MatterCatalogue.Categories.Contains(p.Category)).ToArray();
        if (kinds.Length == 0) kinds = ServiceMatters;
        var result = new List<PowerRef>(total);
        for (var i = 0; i < kinds.Length; i++)
        {
            var share = total / kinds.Length + (i < total % kinds.Length ? 1 : 0);
            var matters = MatterCatalogue.Matters(kinds[i].Category!, kinds[i].Field);
            foreach (var (field, item) in random.Shuffle(matters).Take(share)) result.Add(new PowerRef(kinds[i].Category, field, item));
        }
        return result;
    }
}
