using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public class InspectorTests
{
    // Expected strings are what node's String(n) prints for the same doubles.
    [Theory]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(2023.0, "2023")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000015, "0.0000015")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-1.25e-7, "-1.25e-7")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(-0.0, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Numbers_are_formatted_as_javascript_number_to_string(double value, string expected) =>
        Assert.Equal(expected, Inspector.FormatNumber(value));
}
