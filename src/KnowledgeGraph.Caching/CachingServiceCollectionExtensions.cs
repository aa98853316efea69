using KnowledgeGraph.Caching.Distributed;
using KnowledgeGraph.Caching.Resilience;
using KnowledgeGraph.Caching.ResponseCache;
using KnowledgeGraph.Caching.Resp;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDistributedCache"/>, <see cref="IResponseCache"/>, <see cref="ICacheHealth"/> and a
    /// health check named "cache" tagged "ready". With <c>ConnectionStrings:Redis</c> set they run on Redis
    /// (plus <see cref="IRedisClient"/> and <see cref="IRedisSubscriber"/>); without it, in process.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(options.ResponseCache);

        var connectionString = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddDistributedMemoryCache();
            services.AddSingleton<IGraphVersionSource, InProcessGraphVersion>();
            services.AddSingleton<ICacheHealth, InMemoryCacheHealth>();
        }
        else
        {
            var redis = RedisOptions.Parse(connectionString);
            redis.ClientName ??= "knowledge-graph";
            services.AddSingleton(redis);
            services.AddSingleton<IRedisClient>(_ => new RedisClient(redis));
            services.AddSingleton<IRedisSubscriber>(_ => new RedisSubscriber(redis));
            services.AddSingleton(sp => new CacheCircuitBreaker(options.Resilience, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IDistributedCache>(sp => new RedisDistributedCache(
                sp.GetRequiredService<IRedisClient>(), sp.GetRequiredService<CacheCircuitBreaker>(), options.Distributed, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton(sp => new RedisGraphVersion(
                sp.GetRequiredService<IRedisClient>(),
                sp.GetRequiredService<IRedisSubscriber>(),
                sp.GetRequiredService<CacheCircuitBreaker>(),
                options.ResponseCache,
                sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IGraphVersionSource>(sp => sp.GetRequiredService<RedisGraphVersion>());
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RedisGraphVersion>());
            services.AddSingleton<ICacheHealth>(sp => new RedisCacheHealth(
                sp.GetRequiredService<IRedisClient>(), sp.GetRequiredService<CacheCircuitBreaker>(), sp.GetRequiredService<RedisGraphVersion>()));
        }

        services.AddSingleton<IResponseCache>(sp => new DistributedResponseCache(
            sp.GetRequiredService<IDistributedCache>(), sp.GetRequiredService<IGraphVersionSource>(), options.ResponseCache));
        services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", tags: ["ready"]);
        return services;
    }
}
