using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// The schema as validation sees it: the schema's own lookups plus the introspection meta-fields
/// (<c>__typename</c>, <c>__schema</c>, <c>__type</c>), which no type declares but every selection may name.
/// </summary>
internal sealed class SchemaLookup
{
    // One lookup per schema, shared by every validation against it (it is immutable once built).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Schema, SchemaLookup> Cache = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, object> _ruleTables = new(ReferenceEqualityComparer.Instance);
    private readonly FieldDefinition _typeNameField;
    private readonly FieldDefinition _schemaField;
    private readonly FieldDefinition _typeField;

    private SchemaLookup(Schema schema)
    {
        Schema = schema;
        var stringType = GetType("String") ?? Scalars.String;
        _typeNameField = new FieldDefinition(
            "__typename", new NonNullType(stringType), "The name of the current Object type at runtime.");
        _schemaField = new FieldDefinition(
            "__schema", new NonNullType(IntrospectionType("__Schema")), "Access the current type schema of this server.");
        _typeField = new FieldDefinition("__type", IntrospectionType("__Type"), "Request the type information of a single type.")
        {
            Arguments = [new InputValueDefinition("name", new NonNullType(stringType))],
        };
    }

    public static SchemaLookup For(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Cache.GetValue(schema, static s => new SchemaLookup(s));
    }

    public Schema Schema { get; }

    /// <summary>
    /// A table a rule derives from the schema once and then reuses for every document validated against it (e.g.
    /// each directive's argument names), built by <paramref name="build"/>, which is also its key: pass a static
    /// delegate. The table must not be changed afterwards.
    /// </summary>
    public T RuleTable<T>(Func<SchemaLookup, T> build)
        where T : class =>
        (T)_ruleTables.GetOrAdd(build, static (key, lookup) => ((Func<SchemaLookup, T>)key)(lookup), this);

    /// <summary>The schema's directives by name, each mapped to <paramref name="select"/>'s value (a fresh dictionary).</summary>
    public Dictionary<string, T> MapDirectives<T>(Func<DirectiveDefinition, T> select)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var directive in Directives) map[directive.Name] = select(directive);
        return map;
    }

    /// <summary>Whether the document defines directives of its own (SDL mixed into a request; rare).</summary>
    public static bool DefinesDirectives(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode) return true;
        }
        return false;
    }

    public IEnumerable<NamedType> Types => Schema.Types.Values;

    public ObjectType? SubscriptionType => Schema.SubscriptionType;

    public IReadOnlyList<DirectiveDefinition> Directives => Schema.Directives;

    public NamedType? GetType(string name) => Schema.GetType(name);

    public ObjectType? GetRootType(OperationType operation) => Schema.GetRootType(operation);

    public DirectiveDefinition? GetDirective(string name) => Schema.GetDirective(name);

    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => Schema.IsSubType(abstractType, maybeSubType);

    /// <summary>
    /// The field a selection on <paramref name="parentType"/> names, including the meta-fields: <c>__typename</c>
    /// everywhere, <c>__schema</c> and <c>__type</c> on the query root only.
    /// </summary>
    public FieldDefinition? GetField(NamedType parentType, string name)
    {
        switch (name)
        {
            case "__typename":
                return _typeNameField;
            case "__schema":
                return ReferenceEquals(parentType, Schema.QueryType) ? _schemaField : null;
            case "__type":
                return ReferenceEquals(parentType, Schema.QueryType) ? _typeField : null;
        }
        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    /// <summary>Whether <paramref name="field"/> is one of the introspection meta-fields.</summary>
    public bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, _typeNameField) || ReferenceEquals(field, _schemaField) || ReferenceEquals(field, _typeField);

    // The introspection types live in the schema's type map; a bare stand-in keeps validation total for a schema
    // model that leaves them out (their fields are then unknown, as for any missing type).
    private NamedType IntrospectionType(string name) => GetType(name) ?? new ObjectType(name);
}
