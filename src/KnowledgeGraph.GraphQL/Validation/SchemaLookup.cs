using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// The schema as validation sees it: the schema's own lookups plus the introspection meta-fields
/// (<c>__typename</c>, <c>__schema</c>, <c>__type</c>), which no type declares but every selection may name.
/// </summary>
internal sealed class SchemaLookup
{
    private FieldDefinition? _typeNameField;
    private FieldDefinition? _schemaField;
    private FieldDefinition? _typeField;

    public SchemaLookup(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    public Schema Schema { get; }

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
                return TypeNameField;
            case "__schema":
                return ReferenceEquals(parentType, Schema.QueryType) ? SchemaField : null;
            case "__type":
                return ReferenceEquals(parentType, Schema.QueryType) ? TypeField : null;
        }
        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    /// <summary>Whether <paramref name="field"/> is one of the introspection meta-fields.</summary>
    public bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, _typeNameField) || ReferenceEquals(field, _schemaField) || ReferenceEquals(field, _typeField);

    private FieldDefinition TypeNameField => _typeNameField ??= new FieldDefinition(
        "__typename",
        new NonNullType(GetType("String") ?? Scalars.String),
        "The name of the current Object type at runtime.");

    private FieldDefinition SchemaField => _schemaField ??= new FieldDefinition(
        "__schema",
        new NonNullType(IntrospectionType("__Schema")),
        "Access the current type schema of this server.");

    private FieldDefinition TypeField => _typeField ??= new FieldDefinition(
        "__type",
        IntrospectionType("__Type"),
        "Request the type information of a single type.")
    {
        Arguments = [new InputValueDefinition("name", new NonNullType(GetType("String") ?? Scalars.String))],
    };

    // The introspection types live in the schema's type map; a bare stand-in keeps validation total for a schema
    // model that leaves them out (their fields are then unknown, as for any missing type).
    private NamedType IntrospectionType(string name) => GetType(name) ?? new ObjectType(name);
}
