using Bogus;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// The synthetic map: provinces → prefectures → county-level units → townships. Counties are spread over the real
/// provinces in proportion to their real number of county-level units; names are unique nationwide so every
/// jurisdiction is a distinct region in the graph. Small (a few MB at national scale), so it is built up front.
/// </summary>
public sealed class Atlas
{
    private Atlas(IReadOnlyList<CountyPlan> counties) => Counties = counties;

    public IReadOnlyList<CountyPlan> Counties { get; }

    public int TownshipCount => Counties.Sum(c => c.Townships.Count);

    public static Atlas Build(int counties, int meanTownships, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(counties);
        ArgumentOutOfRangeException.ThrowIfLessThan(meanTownships, 2);
        var random = new Randomizer(seed);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedAbbreviations = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<CountyPlan>(counties);
        var shares = Apportion(counties);
        for (var p = 0; p < Gazetteer.Provinces.Count; p++)
        {
            var province = Gazetteer.Provinces[p];
            var share = shares[p];
            if (share == 0) continue;
            var cities = province.IsMunicipality
                ? [null]
                : Enumerable.Range(0, Math.Min(province.Prefectures, share)).Select(_ => (string?)CityName(random, province, usedNames)).ToArray();
            for (var i = 0; i < share; i++)
            {
                var city = cities[i % cities.Length];
                var name = CountyName(random, province, city, usedNames);
                var level = Gazetteer.LevelOf(name);
                var townshipCount = random.Number(Math.Max(1, meanTownships - 6), meanTownships + 7);
                plans.Add(new CountyPlan
                {
                    Index = plans.Count,
                    Name = name,
                    Level = level,
                    Province = province.Name,
                    City = city,
                    Abbreviation = Abbreviate(name, level, usedAbbreviations),
                    Townships = TownshipNames(random, level, townshipCount),
                    // a park takes the county's stem (平鲁工业园区); a stem with 乡, 镇 or 和 would read as words, not a name
                    Park = level != RegionLevel.Zone && random.Bool(0.35f) && name[..^1].IndexOfAny(['乡', '镇', '和']) < 0
                        ? name[..^1] + random.ArrayElement(Gazetteer.ParkKinds) : null,
                });
            }
        }
        return new Atlas(plans);
    }

    /// <summary>
    /// The issuer code a county's document numbers open with: its name without the level word (高邑县 → 高邑, as in
    /// 高邑政办发〔2020〕65号); the full name when another county already uses that stem, so numbers never collide.
    /// </summary>
    private static string Abbreviate(string name, RegionLevel level, HashSet<string> used)
    {
        var stem = level == RegionLevel.Zone ? name[..2] + (name.Contains("高新", StringComparison.Ordinal) ? "高新" : "经开") : name[..^1];
        return used.Add(stem) ? stem : used.Add(name) ? name : throw new InvalidOperationException($"Two jurisdictions named {name}.");
    }

    /// <summary>Largest-remainder apportionment of the requested counties over the provinces' real counts.</summary>
    private static int[] Apportion(int counties)
    {
        var total = Gazetteer.Provinces.Sum(p => p.Counties);
        var exact = Gazetteer.Provinces.Select(p => (double)p.Counties * counties / total).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).ToArray();
        for (var k = 0; shares.Sum() < counties; k++) shares[order[k % order.Length]]++;
        return shares;
    }

    private static string CityName(Randomizer random, ProvinceSpec province, HashSet<string> used)
    {
        var suffix = Gazetteer.FrontierProvinces.Contains(province.Name) && random.Bool(0.3f) ? random.ArrayElement(["地区", "自治州"]) : "市";
        return Unique(random, used, stem => stem + suffix);
    }

    private static string CountyName(Randomizer random, ProvinceSpec province, string? city, HashSet<string> used)
    {
        // Municipalities are mostly districts; elsewhere counties dominate, then city districts, then county-level cities.
        var roll = random.Number(0, 99);
        if (province.IsMunicipality) return Unique(random, used, stem => stem + (roll < 85 ? "区" : "县"));
        if (roll < 2 && city is not null && city.EndsWith('市'))
        {
            // Zones take the prefecture's name (唐山高新技术产业开发区); one of each kind per prefecture.
            foreach (var kind in (string[])["高新技术产业开发区", "经济技术开发区"])
            {
                if (used.Add(city[..^1] + kind)) return city[..^1] + kind;
            }
        }
        var suffix = roll < 58 ? "县" : roll < 88 ? "区" : "市";
        if (suffix == "县" && province.Name == "内蒙古自治区" && random.Bool(0.5f)) suffix = "旗";
        return Unique(random, used, stem => stem + suffix);
    }

    /// <summary>Two-character stems, growing to three when the pairs run out, so names stay unique nationwide.</summary>
    private static string Unique(Randomizer random, HashSet<string> used, Func<string, string> shape)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stem = random.ArrayElement(Gazetteer.Heads) + random.ArrayElement(Gazetteer.Tails);
            if (attempt > 20) stem += random.ArrayElement(Gazetteer.Tails);
            var name = shape(stem);
            if (used.Add(name)) return name;
        }
    }

    private static string[] TownshipNames(Randomizer random, RegionLevel level, int count)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new string[count];
        var streetShare = level is RegionLevel.District or RegionLevel.Zone ? 0.55f : 0.12f;
        for (var i = 0; i < count; i++)
        {
            string name;
            do
            {
                var suffix = random.Bool(streetShare) ? "街道" : random.Bool(0.62f) ? "镇" : "乡";
                name = random.ArrayElement(Gazetteer.TownshipHeads) + random.ArrayElement(Gazetteer.TownshipTails) + suffix;
            }
            // …城乡 and …下乡 read as the collectives 城乡 (town and country) and 下乡, never as a name: not used
            while (name.EndsWith("城乡", StringComparison.Ordinal) || name.EndsWith("下乡", StringComparison.Ordinal) || !used.Add(name));
            names[i] = name;
        }
        return names;
    }
}
