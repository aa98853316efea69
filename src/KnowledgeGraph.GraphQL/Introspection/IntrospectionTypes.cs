using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Introspection;

/// <summary>
/// The introspection system (spec §4): the __Schema, __Type, __Field, __InputValue, __EnumValue, __Directive,
/// __TypeKind and __DirectiveLocation types (built from their SDL as graphql-js prints it) with their resolvers,
/// and the meta-fields __schema, __type and __typename.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        using var stream = typeof(IntrospectionTypes).Assembly.GetManifestResourceStream("KnowledgeGraph.GraphQL.Introspection.introspection.graphql")
            ?? throw new InvalidOperationException("The introspection SDL resource is missing.");
        using var reader = new StreamReader(stream);
        var builder = new SchemaBuilder { IsIntrospection = true }.AddSdl(reader.ReadToEnd(), "introspection.graphql");
        BindResolvers(builder);
        All = builder.BuildTypes();
        Schema = (ObjectType)All["__Schema"];
        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema), "Access the current type schema of this server.")
        {
            Resolver = ctx => new ValueTask<object?>(ctx.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", All["__Type"], "Request the type information of a single type.")
        {
            Arguments = [new InputValueDefinition("name", new NonNullType(Scalars.String))],
            Resolver = ctx => new ValueTask<object?>(ctx.Schema.GetType(ctx.Argument<string>("name"))),
        };
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(Scalars.String), "The name of the current Object type at runtime.")
        {
            Resolver = ctx => new ValueTask<object?>(ctx.ParentType.Name),
        };
    }

    /// <summary>The eight introspection types by name.</summary>
    public static IReadOnlyDictionary<string, NamedType> All { get; }

    public static ObjectType Schema { get; }

    public static FieldDefinition SchemaMetaField { get; }

    public static FieldDefinition TypeMetaField { get; }

    public static FieldDefinition TypeNameMetaField { get; }

    public static bool IsIntrospectionType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return All.TryGetValue(type.Name, out var t) && ReferenceEquals(t, type);
    }

    /// <summary>__schema and __type on the query root, __typename on any composite type; else null.</summary>
    public static FieldDefinition? GetMetaField(Types.Schema schema, NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        switch (fieldName)
        {
            case "__typename":
                return TypeHelpers.IsCompositeType(parentType) ? TypeNameMetaField : null;
            case "__schema":
                return ReferenceEquals(parentType, schema.QueryType) ? SchemaMetaField : null;
            case "__type":
                return ReferenceEquals(parentType, schema.QueryType) ? TypeMetaField : null;
            default:
                return null;
        }
    }

    private static void BindResolvers(SchemaBuilder b)
    {
        b.Resolve("__Schema", "description", c => c.ParentAs<Types.Schema>().Description)
            .Resolve("__Schema", "types", c => c.ParentAs<Types.Schema>().Types.Values)
            .Resolve("__Schema", "queryType", c => c.ParentAs<Types.Schema>().QueryType)
            .Resolve("__Schema", "mutationType", c => c.ParentAs<Types.Schema>().MutationType)
            .Resolve("__Schema", "subscriptionType", c => c.ParentAs<Types.Schema>().SubscriptionType)
            .Resolve("__Schema", "directives", c => c.ParentAs<Types.Schema>().Directives
                .Where(d => IncludeDeprecated(c) || !d.IsDeprecated).ToList());

        b.Resolve("__Directive", "name", c => c.ParentAs<DirectiveDefinition>().Name)
            .Resolve("__Directive", "description", c => c.ParentAs<DirectiveDefinition>().Description)
            .Resolve("__Directive", "isRepeatable", c => c.ParentAs<DirectiveDefinition>().IsRepeatable)
            .Resolve("__Directive", "locations", c => c.ParentAs<DirectiveDefinition>().Locations.Select(l => l.ToSpecName()).ToList())
            .Resolve("__Directive", "args", c => c.ParentAs<DirectiveDefinition>().Arguments
                .Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList())
            .Resolve("__Directive", "isDeprecated", c => c.ParentAs<DirectiveDefinition>().IsDeprecated)
            .Resolve("__Directive", "deprecationReason", c => c.ParentAs<DirectiveDefinition>().DeprecationReason);

        b.Resolve("__Type", "kind", c => Kind(c.ParentAs<GraphQLType>()))
            .Resolve("__Type", "name", c => (c.Parent as NamedType)?.Name)
            .Resolve("__Type", "description", c => (c.Parent as NamedType)?.Description)
            .Resolve("__Type", "specifiedByURL", c => (c.Parent as ScalarType)?.SpecifiedByUrl)
            .Resolve("__Type", "fields", c => (c.Parent as ComplexType)?.Fields.Values
                .Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList())
            .Resolve("__Type", "interfaces", c => (c.Parent as ComplexType)?.Interfaces)
            .Resolve("__Type", "possibleTypes", c => c.Parent is InterfaceType or UnionType
                ? c.Schema.GetPossibleTypes((NamedType)c.Parent)
                : null)
            .Resolve("__Type", "enumValues", c => (c.Parent as EnumType)?.Values.Values
                .Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList())
            .Resolve("__Type", "inputFields", c => (c.Parent as InputObjectType)?.Fields.Values
                .Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList())
            .Resolve("__Type", "ofType", c => c.Parent switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            })
            .Resolve("__Type", "isOneOf", c => c.Parent is InputObjectType input ? input.IsOneOf : null);

        b.Resolve("__Field", "name", c => c.ParentAs<FieldDefinition>().Name)
            .Resolve("__Field", "description", c => c.ParentAs<FieldDefinition>().Description)
            .Resolve("__Field", "args", c => c.ParentAs<FieldDefinition>().Arguments
                .Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList())
            .Resolve("__Field", "type", c => c.ParentAs<FieldDefinition>().Type)
            .Resolve("__Field", "isDeprecated", c => c.ParentAs<FieldDefinition>().IsDeprecated)
            .Resolve("__Field", "deprecationReason", c => c.ParentAs<FieldDefinition>().DeprecationReason);

        b.Resolve("__InputValue", "name", c => c.ParentAs<InputValueDefinition>().Name)
            .Resolve("__InputValue", "description", c => c.ParentAs<InputValueDefinition>().Description)
            .Resolve("__InputValue", "type", c => c.ParentAs<InputValueDefinition>().Type)
            .Resolve("__InputValue", "defaultValue", c => c.ParentAs<InputValueDefinition>().DefaultValueLiteral is { } literal
                ? Printer.Print(literal)
                : null)
            .Resolve("__InputValue", "isDeprecated", c => c.ParentAs<InputValueDefinition>().IsDeprecated)
            .Resolve("__InputValue", "deprecationReason", c => c.ParentAs<InputValueDefinition>().DeprecationReason);

        b.Resolve("__EnumValue", "name", c => c.ParentAs<EnumValueDefinition>().Name)
            .Resolve("__EnumValue", "description", c => c.ParentAs<EnumValueDefinition>().Description)
            .Resolve("__EnumValue", "isDeprecated", c => c.ParentAs<EnumValueDefinition>().IsDeprecated)
            .Resolve("__EnumValue", "deprecationReason", c => c.ParentAs<EnumValueDefinition>().DeprecationReason);
    }

    private static bool IncludeDeprecated(ResolveContext context) => context.Arguments.TryGetValue("includeDeprecated", out var v) && v is true;

    private static string Kind(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => throw new InvalidOperationException($"Unexpected type {type}."),
    };
}
