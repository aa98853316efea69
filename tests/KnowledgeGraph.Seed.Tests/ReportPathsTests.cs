using KnowledgeGraph.Seed.Loading;

namespace KnowledgeGraph.Seed.Tests;

public sealed class ReportPathsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ReportPathsTests()
    {
        foreach (var file in new[] { "河北省/高邑县-2020.txt", "河北省/高邑县-2020.meta.json", "湖南省/岳阳县-2021.txt", "湖南省/旧/岳阳县-2020.txt", "notes.md" })
        {
            var path = _temp.File(file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "报告");
        }
    }

    [Fact]
    public void A_folder_means_every_report_below_it_and_never_a_sidecar()
    {
        var found = ReportPaths.Expand([_temp.Path]);

        Assert.Equal(["河北省/高邑县-2020.txt", "湖南省/岳阳县-2021.txt", "湖南省/旧/岳阳县-2020.txt"], Relative(found.Files).Order(StringComparer.Ordinal));
        Assert.Empty(found.Unmatched);
    }

    [Fact]
    public void Globs_match_one_folder_level_with_a_star_and_any_depth_with_two()
    {
        Assert.Equal(["湖南省/岳阳县-2021.txt"], Relative(ReportPaths.Expand([_temp.File("湖南省/*.txt")]).Files));
        Assert.Equal(["湖南省/岳阳县-2021.txt", "湖南省/旧/岳阳县-2020.txt"], Relative(ReportPaths.Expand([_temp.File("湖南省/**/*.txt")]).Files).Order(StringComparer.Ordinal));
        Assert.Equal(["河北省/高邑县-2020.txt", "湖南省/岳阳县-2021.txt"], Relative(ReportPaths.Expand([_temp.File("*/*县-202?.txt")]).Files).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_named_twice_is_read_once_and_a_path_that_names_nothing_is_reported()
    {
        var report = _temp.File("河北省/高邑县-2020.txt");

        var found = ReportPaths.Expand([report, report, _temp.File("河北省"), _temp.File("山西省/*.txt")]);

        Assert.Equal(["河北省/高邑县-2020.txt"], Relative(found.Files));
        Assert.Equal([_temp.File("山西省/*.txt")], found.Unmatched);
    }

    public void Dispose() => _temp.Dispose();

    private List<string> Relative(IEnumerable<string> files) => files.Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/')).ToList();
}
