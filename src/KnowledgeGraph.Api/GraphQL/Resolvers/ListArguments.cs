using System.Collections;
using KnowledgeGraph.Api.Configuration;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Storage.Queries;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Reads the Relay arguments (first/after/last/before), `where:` and `order:` of a connection field.</summary>
public static class ListArguments
{
    public static PageRequest Page(ResolveContext ctx)
    {
        var limits = ctx.Request.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var first = ctx.ArgumentOrDefault<int?>("first", null);
        var last = ctx.ArgumentOrDefault<int?>("last", null);
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0) throw ApiErrors.Create($"\"{name}\" must not be negative.", ApiErrors.BadUserInput);
            if (value > limits.MaxPageSize) throw ApiErrors.Create($"\"{name}\" must be at most {limits.MaxPageSize}; page through larger lists with \"after\".", ApiErrors.BadUserInput);
        }
        if (first is not null && last is not null) throw ApiErrors.Create("Give \"first\" or \"last\", not both.", ApiErrors.BadUserInput);
        return new PageRequest
        {
            First = first ?? (last is null ? limits.DefaultPageSize : null),
            Last = last,
            After = ctx.ArgumentOrDefault<string?>("after", null),
            Before = ctx.ArgumentOrDefault<string?>("before", null),
            IncludeTotalCount = ctx.IsSelected("totalCount"),
        };
    }

    /// <summary>The `where:` input bound to the port's filter record (names mirror each other); empty when absent.</summary>
    public static T Where<T>(ResolveContext ctx) where T : new() => ctx.ArgumentOrDefault<T?>("where", default) ?? new T();

    /// <summary>`order: [{ year: DESC }, { title: ASC }]` → sort orders in the given sequence.</summary>
    public static IReadOnlyList<SortOrder<TField>> Order<TField>(ResolveContext ctx) where TField : struct, Enum
    {
        if (!ctx.Arguments.TryGetValue("order", out var raw) || raw is not IEnumerable entries) return [];
        var orders = new List<SortOrder<TField>>();
        foreach (var entry in entries)
        {
            if (entry is not IEnumerable<KeyValuePair<string, object?>> fields) continue;
            foreach (var (name, direction) in fields)
            {
                if (direction is null) continue;
                if (!Enum.TryParse<TField>(name, ignoreCase: true, out var field))
                {
                    throw ApiErrors.Create($"Cannot sort by \"{name}\".", ApiErrors.BadUserInput);
                }
                var descending = direction is SortEnumType.Desc || (direction is string s && s == "DESC");
                orders.Add(new SortOrder<TField>(field, descending ? SortDirection.Descending : SortDirection.Ascending));
            }
        }
        return orders;
    }

    /// <summary>Turns the port's argument errors (bad cursor, page size) into GraphQL input errors.</summary>
    public static async Task<T> Guard<T>(Task<T> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw ApiErrors.Create(e.Message, ApiErrors.BadUserInput);
        }
    }
}
