using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Seed.Loading;

/// <summary>
/// Turns load arguments — files, folders (every *.txt under them) and globs (*, ?, ** for any depth) — into a
/// sorted, de-duplicated list of report files. Sidecars (*.meta.json) are never reports themselves.
/// </summary>
public static class ReportPaths
{
    public const string SidecarSuffix = ".meta.json";

    public static ReportPathSet Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var argument in arguments)
        {
            var matched = File.Exists(argument) ? [Path.GetFullPath(argument)]
                : Directory.Exists(argument) ? Reports(Directory.EnumerateFiles(argument, "*.txt", SearchOption.AllDirectories))
                : argument.AsSpan().IndexOfAny('*', '?') >= 0 ? Reports(Glob(argument))
                : [];
            if (matched.Count == 0) unmatched.Add(argument);
            files.UnionWith(matched);
        }
        return new ReportPathSet(files.ToArray(), unmatched);
    }

    private static List<string> Reports(IEnumerable<string> candidates) =>
        candidates.Where(f => !f.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase)).Select(Path.GetFullPath).ToList();

    /// <summary>Files matching a glob: the part before the first wildcard segment is the folder searched.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].AsSpan().IndexOfAny('*', '?') < 0) fixedCount++;
        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var regex = ToRegex(string.Join('/', segments[fixedCount..]));
        var recursive = segments[fixedCount..].Length > 1 || normalized.Contains("**", StringComparison.Ordinal);
        return Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')));
    }

    private static Regex ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches any number of folders, including none.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

/// <summary>The report files a load will read, and the arguments that named nothing.</summary>
public sealed record ReportPathSet(IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched);
