using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Telemetry;

/// <summary>
/// Traces and metrics through the OpenTelemetry SDK, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// (OpenTelemetry.Extensions.Hosting is not in our package source, so the providers are built here and disposed
/// with the host.)
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddKnowledgeGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return services;

        var resource = ResourceBuilder.CreateDefault().AddService(configuration["OTEL_SERVICE_NAME"] ?? "knowledge-graph-api");
        var tracer = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(KnowledgeGraphTelemetry.Name, "Microsoft.AspNetCore")
            .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint))
            .Build();
        var meter = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(KnowledgeGraphTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint))
            .Build();
        services.AddSingleton(tracer);
        services.AddSingleton(meter);
        return services;
    }
}
