var app = KnowledgeGraph.Api.ApiHost.BuildApp(args);
await app.RunAsync();

/// <summary>The entry point; WebApplicationFactory&lt;Program&gt; hosts it in tests.</summary>
public partial class Program;
