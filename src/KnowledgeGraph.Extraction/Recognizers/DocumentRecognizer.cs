using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>
/// Documents cited in 《》: title, number (normalized to 〔〕), issuer, kind, year, date, BASED_ON links
/// (根据/按照/依据/贯彻/落实《X》… 制定/印发/出台《Y》). Each document is one fact however often it is cited,
/// with one evidence per citing sentence.
/// </summary>
internal static partial class DocumentRecognizer
{
    // Words before 《 that mark a book, column or programme rather than a document (开设栏目《平安高邑》).
    [GeneratedRegex(@"(栏目|节目|专栏|录制|播出|拍摄|出版|刊登|报道|剧目|歌曲|书籍|读本|刊物)[“”""]?$")]
    private static partial Regex MediaBefore();

    // …or after 》: 《X》栏目, 《X》杂志, 《X》新华社、“学习强国”平台 (a list of media outlets).
    [GeneratedRegex(@"^[、和及]?[“""]?(栏目|节目|专栏|杂志|报刊|刊物|读本|新华社|学习强国|人民网|新华网|央视|中央电视台|等媒体|等主流媒体|等国家级)")]
    private static partial Regex MediaAfter();

    [GeneratedRegex(@"(制定|印发|出台|修订|修改|编制|制发|起草|发布|下发|颁布|研究制定|完善|形成|建立)(了|并印发|印发了|印发)?[^,。;《》]{0,8}$")]
    private static partial Regex MadeBefore();

    [GeneratedRegex(@"(根据|按照|依据|依照|贯彻|落实|遵照|对照|执行|实施)[^,。;《》]{0,14}$")]
    private static partial Regex BasisBefore();

    [GeneratedRegex(@"^(?<y>(19|20)\d{2})\s*年")]
    private static partial Regex LeadingYear();

    private sealed class Builder
    {
        public required string Title;
        public DocNumber? Number;
        public string? Issuer;
        public DocumentKind Kind;
        public int? Year;
        public DateOnly? Date;
        public bool MadeHere;
        public readonly List<string> BasedOn = [];
        public readonly List<Evidence> Evidence = [];
    }

    public static List<DocumentFact> Recognize(Analysis a)
    {
        var s = a.S;
        var byKey = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        var codeIssuers = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var i = 0; i < a.Sentences.Count; i++)
        {
            var titles = a.Titles[i];
            if (titles.Count == 0) continue;
            var sentence = a.Sentences[i];
            var evidence = a.EvidenceOf(sentence);
            var dates = DateReader.Find(s, sentence.Start, sentence.End, a.Context.Year);
            var pairDates = s.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains("分别", StringComparison.Ordinal);

            var cited = new List<(CitedTitle Title, Builder Doc, bool Basis, bool Made)>();
            CitedTitle? previous = null;
            bool previousMade = false, previousBasis = false;
            foreach (var t in titles)
            {
                var before = s.AsSpan(Math.Max(sentence.Start, t.Start - 16), t.Start - Math.Max(sentence.Start, t.Start - 16));
                if (PeriodicalTitle.Is(t.Title) || MediaBefore().IsMatch(before) || MediaAfter().IsMatch(s.AsSpan(t.TitleEnd, Math.Min(8, sentence.End - t.TitleEnd)))) continue;

                // A title listed right after another (《A》《B》, 《A》和《B》) shares its verb.
                var listed = previous is not null && IsListGap(s.AsSpan(previous.End, t.Start - previous.End));
                var basis = listed ? previousBasis : BasisBefore().IsMatch(before);
                var made = listed ? previousMade : !basis && MadeBefore().IsMatch(before);

                var key = TitleScanner.Key(t.Title);
                if (!byKey.TryGetValue(key, out var doc))
                {
                    doc = new Builder { Title = t.Title };
                    byKey[key] = doc;
                    order.Add(doc);
                }
                doc.Number ??= t.Number;
                doc.Issuer ??= IssuerResolver.Stated(s, sentence.Start, t.Start) ?? IssuerResolver.FromTitle(t.Title);
                doc.MadeHere |= made;
                if (!doc.Evidence.Contains(evidence)) doc.Evidence.Add(evidence);
                if (doc.Number is not null && doc.Issuer is not null) codeIssuers.TryAdd(doc.Number.IssuerCode, doc.Issuer);
                cited.Add((t, doc, basis, made));
                previous = t;
                previousMade = made;
                previousBasis = basis;
            }
            AssignDates(cited, dates, pairDates, s);

            // 根据《X》… 制定《Y》: Y is based on every X cited before it in the sentence.
            for (var y = 0; y < cited.Count; y++)
            {
                if (!cited[y].Made || cited[y].Basis) continue;
                for (var x = 0; x < y; x++)
                {
                    if (!cited[x].Basis || ReferenceEquals(cited[x].Doc, cited[y].Doc)) continue;
                    if (!cited[y].Doc.BasedOn.Contains(cited[x].Doc.Title)) cited[y].Doc.BasedOn.Add(cited[x].Doc.Title);
                }
            }
        }

        var facts = new List<DocumentFact>(order.Count);
        foreach (var d in order)
        {
            if (d.Issuer is null && d.Number is not null)
                d.Issuer = codeIssuers.GetValueOrDefault(d.Number.IssuerCode) ?? IssuerResolver.FromCode(d.Number.IssuerCode, a.Context);
            d.Kind = DocumentKindClassifier.Classify(d.Title, d.Issuer, d.Number, d.MadeHere, a.Context);
            d.Year = d.Number?.Year ?? LeadingYearOf(d.Title) ?? d.Date?.Year;
            facts.Add(new DocumentFact
            {
                Title = d.Title,
                Number = d.Number,
                Issuer = d.Issuer,
                Kind = d.Kind,
                Year = d.Year,
                Date = d.Date,
                BasedOn = d.BasedOn,
                Evidence = d.Evidence,
            });
        }
        return facts;
    }

    /// <summary>于2020年3月18日和4月29日分别印发了《A》和《B》: dates before the titles pair with them in order.</summary>
    private static void AssignDates(List<(CitedTitle Title, Builder Doc, bool Basis, bool Made)> cited, List<(int Start, int End, DateOnly Date)> dates, bool pair, string s)
    {
        if (dates.Count == 0 || cited.Count == 0) return;
        var made = cited.Where(c => c.Made).ToList();
        if (made.Count == 0) return;
        var before = dates.Where(d => d.End <= made[0].Title.Start).ToList();
        if (before.Count == 0) return;
        if (pair && before.Count == made.Count)
        {
            for (var k = 0; k < made.Count; k++) made[k].Doc.Date ??= before[k].Date;
        }
        else if (before.Count == 1 && made.Count == 1 && made[0].Title.Start - before[0].End <= 24 && !s.AsSpan(before[0].End, made[0].Title.Start - before[0].End).ContainsAny('。', ';'))
        {
            made[0].Doc.Date ??= before[0].Date;
        }
    }

    private static bool IsListGap(ReadOnlySpan<char> gap)
    {
        var g = gap.Trim();
        return g.IsEmpty || g is "、" or "和" or "及" or "与" or "以及" or "," or "、以及";
    }

    private static int? LeadingYearOf(string title)
    {
        var m = LeadingYear().Match(title);
        return m.Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
    }
}
