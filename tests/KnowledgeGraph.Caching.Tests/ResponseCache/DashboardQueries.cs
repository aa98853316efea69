using System.Text;
using KnowledgeGraph.Caching.ResponseCache;

namespace KnowledgeGraph.Caching.Tests.ResponseCache;

/// <summary>Requests and answers as the dashboards send and get them, about the regions of the five reports.</summary>
internal static class DashboardQueries
{
    public const string TraceDocument =
        "query Trace($region: String!, $matter: String) { traceAuthority(region: $region, matter: $matter) { region { name } delegations { mode itemCount } } }";

    public const string RenameMutation =
        "mutation Curate($id: ID!, $name: String!) { renameAgency(id: $id, name: $name) { id name } }";

    public static ResponseCacheRequest Trace(string variables, string role = "reader", string? operationName = "Trace") =>
        new(TraceDocument, operationName, variables, role, IsQuery: true);

    public static byte[] Answer(string region, int items) => Encoding.UTF8.GetBytes(
        "{\"data\":{\"traceAuthority\":{\"region\":{\"name\":\"" + region + "\"},\"delegations\":[{\"mode\":\"DEVOLVE\",\"itemCount\":"
        + items.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}]}}}");
}
