using System.Text;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Client;
using KnowledgeGraph.Neo4j.Client.Values;

namespace KnowledgeGraph.Neo4j.Tests.Client;

public sealed class ValueAndOptionTests
{
    [Fact]
    public void A_connection_string_carries_credentials_host_and_database()
    {
        var o = Neo4jOptions.FromConnectionString("http://neo4j:p%40ss@localhost:7474/kg");

        Assert.Equal(new Uri("http://localhost:7474/"), o.BaseAddress);
        Assert.Equal(("neo4j", "p@ss", "kg"), (o.User, o.Password, o.Database));
        Assert.DoesNotContain("p@ss", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_without_path_uses_the_default_database()
    {
        var o = Neo4jOptions.FromConnectionString("https://neo4j.example.org");

        Assert.Equal(("neo4j", null), (o.Database, o.User));
        Assert.Throws<FormatException>(() => Neo4jOptions.FromConnectionString("bolt://localhost:7687"));
    }

    [Theory]
    [InlineData("P14DT16H12M", 0, 14, 58320, 0)]
    [InlineData("P1Y2M", 14, 0, 0, 0)]
    [InlineData("PT0.000000001S", 0, 0, 0, 1)]
    [InlineData("P2W", 0, 14, 0, 0)]
    [InlineData("PT-1.5S", 0, 0, -1, -500000000)]
    public void Durations_parse_into_months_days_seconds_and_nanoseconds(string text, long months, long days, long seconds, int nanos) =>
        Assert.Equal(new Neo4jDuration(months, days, seconds, nanos), Neo4jDuration.Parse(text));

    [Fact]
    public void Durations_and_points_survive_printing_and_parsing()
    {
        var d = new Neo4jDuration(14, 3, 3725, 5);
        Assert.Equal(d, Neo4jDuration.Parse(d.ToString()));
        var p = new Neo4jPoint(4979, 1.5, -2.25, 30);
        Assert.Equal(p, Neo4jPoint.Parse(p.ToString()));
    }

    [Fact]
    public void Parameters_of_every_supported_type_round_trip_through_typed_json()
    {
        var values = new Dictionary<string, object?>
        {
            ["long"] = long.MaxValue,
            ["double"] = 0.1 + 0.2,
            ["text"] = "各乡镇",
            ["flag"] = false,
            ["date"] = new DateOnly(2021, 12, 31),
            ["time"] = new TimeOnly(8, 30, 0, 250),
            ["local"] = new DateTime(2022, 1, 2, 3, 4, 5, DateTimeKind.Unspecified),
            ["offset"] = new DateTimeOffset(2022, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)),
            ["zoned"] = new Neo4jZonedDateTime(new DateTimeOffset(2022, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)), "Asia/Shanghai"),
            ["offsetTime"] = new Neo4jOffsetTime(new TimeOnly(9, 0), TimeSpan.FromHours(-5)),
            ["duration"] = new Neo4jDuration(1, 2, 3, 4),
            ["point"] = new Neo4jPoint(7203, 1, 2),
            ["bytes"] = new byte[] { 0, 255 },
            ["list"] = new List<object?> { 1L, "a", null },
            ["map"] = new Dictionary<string, object?> { ["nested"] = new Dictionary<string, object?> { ["x"] = 1L } },
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) TypedJsonWriter.WriteMap(writer, values);

        var back = TypedJsonReader.Read(JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement);

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(back);
        foreach (var (key, expected) in values)
        {
            if (expected is Dictionary<string, object?> or List<object?>) continue;
            Assert.Equal(expected, map[key]);
        }
        Assert.Equal(new object?[] { 1L, "a", null }, (IEnumerable<object?>)map["list"]!);
        var nested = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)map["map"]!)["nested"]!;
        Assert.Equal(1L, nested["x"]);
    }

    [Fact]
    public void An_unsupported_parameter_type_is_refused_up_front()
    {
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        Assert.Throws<ArgumentException>(() => TypedJsonWriter.Write(writer, new Uri("http://x")));
    }
}
