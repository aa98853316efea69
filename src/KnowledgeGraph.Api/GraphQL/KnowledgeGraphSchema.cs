using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The served schema: exactly schema/knowledge-graph.graphql, with the C# enums and resolvers bound to it.
/// A broken SDL or an unknown binding fails here, at start-up, naming the line.
/// </summary>
public static class KnowledgeGraphSchema
{
    public const string FileName = "knowledge-graph.graphql";

    public static Schema Build(string sdl)
    {
        var builder = SchemaBuilder.FromSdl(sdl, FileName)
            .BindEnum<RegionLevel>("RegionLevel")
            .BindEnum<AgencyKind>("AgencyKind")
            .BindEnum<DocumentKind>("DocumentKind")
            .BindEnum<DelegationMode>("DelegationMode")
            .BindEnum<ResponsibilityRole>("ResponsibilityRole")
            .BindEnum<ProblemStatus>("ProblemStatus")
            .BindEnum<SectionKind>("SectionKind")
            .BindEnum<FactStatus>("FactStatus")
            .BindEnum<SearchKind>("SearchType")
            .BindEnum<SortEnumType>("SortEnumType")
            .BindEnum<MetricGroupBy>("MetricGroupBy")
            .BindEnum<ProblemGroupBy>("ProblemGroupBy")
            .ResolveType("Node", (value, _) => (value as GraphNode)?.Label)
            .ResolveType("DelegationTarget", (value, _) => (value as GraphNode)?.Label);

        QueryResolvers.Register(builder);
        TraceResolvers.Register(builder);
        MutationResolvers.Register(builder);
        RegionResolvers.Register(builder);
        AgencyResolvers.Register(builder);
        DocumentResolvers.Register(builder);
        DelegationResolvers.Register(builder);
        FactResolvers.Register(builder);
        ReportResolvers.Register(builder);
        return builder.Build();
    }

    /// <summary>The SDL file: next to the binary (copied at build), else found upwards under schema/.</summary>
    public static string LoadSdl(string contentRoot)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, contentRoot })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "schema", FileName);
                if (File.Exists(candidate)) return File.ReadAllText(candidate);
            }
        }
        throw new FileNotFoundException($"schema/{FileName} was not found next to the application or above {contentRoot}.");
    }
}
