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
        var readers = BindResolvers(builder);
        All = builder.BuildTypes();
        ParentReaders = readers.ToDictionary(r => ((ComplexType)All[r.Type]).Fields[r.Field], r => r.Read);
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

    private static Dictionary<FieldDefinition, Func<object?, object?>> ParentReaders { get; }

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

    private static List<(string Type, string Field, Func<object?, object?> Read)> BindResolvers(SchemaBuilder b)
    {
        b.Resolve("__Schema", "description", c => c.ParentAs<Types.Schema>().Description)
            .Resolve("__Schema", "types", c => c.ParentAs<Types.Schema>().Types.Values)
            .Resolve("__Schema", "queryType", c => c.ParentAs<Types.Schema>().QueryType)
            .Resolve("__Schema", "mutationType", c => c.ParentAs<Types.Schema>().MutationType)
            .Resolve("__Schema", "subscriptionType", c => c.ParentAs<Types.Schema>().SubscriptionType)
            .Resolve("__Schema", "directives", c => c.ParentAs<Types.Schema>().Directives
                .Where(d => IncludeDeprecated(c) || !d.IsDeprecated).ToList());

        var readers = new List<(string Type, string Field, Func<object?, object?> Read)>();
        void Read(string type, string field, Func<object?, object?> read)
        {
            readers.Add((type, field, read));
            b.Resolve(type, field, c => read(c.Parent));
        }

        Read("__Directive", "name", p => ((DirectiveDefinition)p!).Name);
        Read("__Directive", "description", p => ((DirectiveDefinition)p!).Description);
        Read("__Directive", "isRepeatable", p => Box(((DirectiveDefinition)p!).IsRepeatable));
        Read("__Directive", "locations", p => ((DirectiveDefinition)p!).Locations.Select(l => l.ToSpecName()).ToList());
        b.Resolve("__Directive", "args", c => c.ParentAs<DirectiveDefinition>().Arguments
            .Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        Read("__Directive", "isDeprecated", p => Box(((DirectiveDefinition)p!).IsDeprecated));
        Read("__Directive", "deprecationReason", p => ((DirectiveDefinition)p!).DeprecationReason);

        Read("__Type", "kind", p => Kind((GraphQLType)p!));
        Read("__Type", "name", p => (p as NamedType)?.Name);
        Read("__Type", "description", p => (p as NamedType)?.Description);
        Read("__Type", "specifiedByURL", p => (p as ScalarType)?.SpecifiedByUrl);
        b.Resolve("__Type", "fields", c => (c.Parent as ComplexType)?.Fields.Values
                .Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList());
        Read("__Type", "interfaces", p => (p as ComplexType)?.Interfaces);
        b.Resolve("__Type", "possibleTypes", c => c.Parent is InterfaceType or UnionType
                ? c.Schema.GetPossibleTypes((NamedType)c.Parent)
                : null)
            .Resolve("__Type", "enumValues", c => (c.Parent as EnumType)?.Values.Values
                .Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList())
            .Resolve("__Type", "inputFields", c => (c.Parent as InputObjectType)?.Fields.Values
                .Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList());
        Read("__Type", "ofType", p => p switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        });
        Read("__Type", "isOneOf", p => p is InputObjectType input ? Box(input.IsOneOf) : null);

        Read("__Field", "name", p => ((FieldDefinition)p!).Name);
        Read("__Field", "description", p => ((FieldDefinition)p!).Description);
        b.Resolve("__Field", "args", c => c.ParentAs<FieldDefinition>().Arguments
            .Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        Read("__Field", "type", p => ((FieldDefinition)p!).Type);
        Read("__Field", "isDeprecated", p => Box(((FieldDefinition)p!).IsDeprecated));
        Read("__Field", "deprecationReason", p => ((FieldDefinition)p!).DeprecationReason);

        Read("__InputValue", "name", p => ((InputValueDefinition)p!).Name);
        Read("__InputValue", "description", p => ((InputValueDefinition)p!).Description);
        Read("__InputValue", "type", p => ((InputValueDefinition)p!).Type);
        Read("__InputValue", "defaultValue", p => ((InputValueDefinition)p!).DefaultValueLiteral is { } literal ? Printer.Print(literal) : null);
        Read("__InputValue", "isDeprecated", p => Box(((InputValueDefinition)p!).IsDeprecated));
        Read("__InputValue", "deprecationReason", p => ((InputValueDefinition)p!).DeprecationReason);

        Read("__EnumValue", "name", p => ((EnumValueDefinition)p!).Name);
        Read("__EnumValue", "description", p => ((EnumValueDefinition)p!).Description);
        Read("__EnumValue", "isDeprecated", p => Box(((EnumValueDefinition)p!).IsDeprecated));
        Read("__EnumValue", "deprecationReason", p => ((EnumValueDefinition)p!).DeprecationReason);
        return readers;
    }

    /// <summary>
    /// The resolver of an introspection field that only reads its parent (most of them), for the executor to call
    /// without a <see cref="ResolveContext"/>; null for the others. Same function as the bound resolver.
    /// </summary>
    internal static Func<object?, object?>? ParentReader(FieldDefinition field) => ParentReaders.GetValueOrDefault(field);

    private static readonly object True = true;
    private static readonly object False = false;

    private static object Box(bool value) => value ? True : False;

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
