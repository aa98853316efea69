using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Recognizers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// The hand-written scans that replaced regexes and repeated searches find exactly what those found: each is run
/// beside its reference (the regex or the plain search it replaced, kept here as the specification) on many random
/// strings built from the characters that matter to it.
/// </summary>
public sealed partial class ScannerEquivalenceTests
{
    private const int Cases = 20_000;

    [GeneratedRegex(@"(?:(?<y>(19|20)\d{2})\s*年\s*)?(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(办公厅|办公室|国务院|党中央|中共中央|人民政府|政府|行政公署|委员会|管委会|党工委|工委|党委|领导小组|[^工]委|省委|局|厅|部|院|署|办|中心|司法局|高新区|开发区)$")]
    private static partial Regex OrganEnd();

    [Fact]
    public void DateReader_finds_what_the_date_regex_found()
    {
        var random = new Random(20201);
        var pieces = new[]
        {
            "2020", "2019", "1998", "20", "19", "0", "1", "2", "3", "5", "12", "31", "年", "月", "日", " ", "\u3000", "底", "于", "和", "分别", "٣",
            "2020年", "3月", "18日", "5月18日", "2月30日", "12月31日", "5 月 18 日", "2021 年 ",
        };
        var found = 0;
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, pieces, 14);
            var start = random.Next(0, Math.Min(3, text.Length + 1));
            var end = random.Next(start, text.Length + 1);
            var expected = Catch(() => DatesByRegex(text, start, end, 2021));
            var actual = Catch(() => DateReader.Find(text, start, end, 2021).Select(d => $"{d.Start}-{d.End}:{d.Date:yyyy-MM-dd}").ToList());
            Assert.True(expected == actual, $"\"{text}\"[{start}..{end}): regex {expected}, scan {actual}");
            if (actual.Contains(':', StringComparison.Ordinal)) found++;
        }
        Assert.True(found > Cases / 20, $"only {found} of {Cases} random texts held a date: the generator no longer tests much");
    }

    /// <summary>The reader as it was: the regex, its groups, the year carried from one date to the next.</summary>
    private static List<string> DatesByRegex(string s, int start, int end, int reportYear)
    {
        var found = new List<string>();
        var year = reportYear;
        foreach (var m in DatePattern().EnumerateMatches(s.AsSpan(start, end - start)))
        {
            var match = DatePattern().Match(s, start + m.Index, m.Length);
            if (match.Groups["y"].Success) year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            found.Add($"{match.Index}-{match.Index + match.Length}:{new DateOnly(year, month, day):yyyy-MM-dd}");
        }
        return found;
    }

    [Fact]
    public void LastWord_finds_what_a_LastIndexOf_per_word_found()
    {
        var random = new Random(47);
        string[] words = ["组织", "协调", "推动", "向", "经", "各", "全", "期限内", "接受", "接受", "落实", "推进"];
        var pieces = words.Concat(["局", "县", "司法", "和", "推", "内"]).ToArray();
        var lastWord = new LastWord(words);
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, pieces, 8);
            var minRemaining = 1 + n % 2;
            var expected = 0;
            foreach (var w in words)
            {
                var at = text.LastIndexOf(w, StringComparison.Ordinal);
                if (at >= 0 && text.Length - (at + w.Length) >= minRemaining) expected = Math.Max(expected, at + w.Length);
            }
            Assert.True(expected == lastWord.LastEnd(text, minRemaining), $"\"{text}\" (at least {minRemaining} after): LastIndexOf {expected}, LastWord {lastWord.LastEnd(text, minRemaining)}");
        }
    }

    [Fact]
    public void Organ_ends_are_what_the_organ_end_regex_matched()
    {
        var random = new Random(7);
        var pieces = new[] { "办公", "厅", "室", "国务院", "党中央", "中共中央", "人民", "政府", "行政公署", "委员会", "管委会", "工", "委", "党", "省", "局", "部", "院", "署", "办", "中心", "司法", "高新区", "开发区", "县", "\n" };
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, pieces, 5);
            Assert.True(OrganEnd().IsMatch(text) == IssuerResolver.EndsInOrgan(text), $"\"{text}\": regex {OrganEnd().IsMatch(text)}");
        }
    }

    [Fact]
    public void Prefecture_names_with_organs_are_what_the_run_by_run_scan_found()
    {
        var random = new Random(11);
        var pieces = new[] { "石家庄", "阿勒泰", "岳阳", "唐", "山", "市", "场", "地区", "自治州", "盟", "人民政府", "政府", "行政公署", "行署", "市委", "委员会", "司法局", "信用", "中级人民法院", ",", "。", "《", "a", "1" };
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, pieces, 12);
            var expected = string.Join("|", CityNamesRunByRun(text));
            var actual = string.Join("|", Metadata.CityWithOrganScanner.Names(text));
            Assert.True(expected == actual, $"\"{text}\": run by run {expected}, scan {actual}");
        }
    }

    /// <summary>The scan as it was: every run of Chinese text, from its start, the shortest prefix of 2–6 that a suffix and an organ word follow.</summary>
    private static List<string> CityNamesRunByRun(string text)
    {
        string[] suffixes = ["市", "地区", "自治州", "盟"];
        string[] organs = ["人民政府", "政府", "行政公署", "行署", "市委", "委员会", "司法局", "信用", "中级人民法院"];
        static bool Cjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
        var names = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!Cjk(text[i])) { i++; continue; }
            var runStart = i;
            while (i < text.Length && Cjk(text[i])) i++;
            for (var k = 2; k <= 6; k++)
            {
                var at = runStart + k;
                if (at > text.Length || !Cjk(text[at - 1])) break;
                var rest = text[at..];
                var suffix = suffixes.FirstOrDefault(x => rest.StartsWith(x, StringComparison.Ordinal) && !(x == "市" && rest[1..].StartsWith('场')) && organs.Any(o => rest[x.Length..].StartsWith(o, StringComparison.Ordinal)));
                if (suffix is null) continue;
                names.Add(text[runStart..(at + suffix.Length)]);
                break;
            }
        }
        return names;
    }

    private static string RandomText(Random random, string[] pieces, int maxPieces)
    {
        var count = random.Next(0, maxPieces + 1);
        var parts = new string[count];
        for (var k = 0; k < count; k++) parts[k] = pieces[random.Next(pieces.Length)];
        return string.Concat(parts);
    }

    /// <summary>The result as text, or the exception's type: both sides must fail the same way too.</summary>
    private static string Catch(Func<List<string>> read)
    {
        try
        {
            return string.Join(" ", read());
        }
        catch (FormatException)
        {
            return "FormatException";
        }
    }
}
