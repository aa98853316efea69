using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The API seeded from the five reports, with every call it makes to the store counted.</summary>
public sealed class CountingApiFactory : ApiFactory
{
    public StoreCalls Calls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton(sp => CountingGraphStore.Wrap(sp.GetRequiredService<GraphStoreHost>().Store, Calls)));
    }
}
