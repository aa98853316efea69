namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>"Did you mean …?" hints worded and ordered as graphql-js (didYouMean, suggestionList, naturalCompare).</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0) return string.Empty;
        var message = " Did you mean ";
        if (subMessage is not null) message += subMessage + " ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return message + list + "?";
    }

    /// <summary>Distinct options within a Damerau–Levenshtein distance of 40 % of the input's length, nearest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var byDistance = new List<(string Option, int Distance)>();
        // graphql-js keys its candidates by name, so a name offered twice is suggested once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option)) continue;
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d) byDistance.Add((option, d));
        }
        byDistance.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        return byDistance.Select(x => x.Option).ToList();
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option) return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return null;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }
                if (cell < smallest) smallest = cell;
                current[j] = cell;
            }
            if (smallest > threshold) return null;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with embedded numbers by numeric value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai], bc = b[bi];
            if (char.IsAsciiDigit((char)ac) && char.IsAsciiDigit((char)bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = (an * 10) + ac - '0';
                    ac = ai < a.Length ? a[ai] : -1;
                }
                while (ac >= '0' && ac <= '9' && an > 0);
                long bn = 0;
                do
                {
                    ++bi;
                    bn = (bn * 10) + bc - '0';
                    bc = bi < b.Length ? b[bi] : -1;
                }
                while (bc >= '0' && bc <= '9' && bn > 0);
                if (an < bn) return -1;
                if (an > bn) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }
}
