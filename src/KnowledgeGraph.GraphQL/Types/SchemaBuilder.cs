using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js buildASTSchema + extensions) and binds C# behaviour to it:
/// resolvers per type and field, custom scalar coercion, C# enums, and type resolvers for interfaces and unions.
/// <see cref="Build"/> validates per the spec's Type System section and throws
/// <see cref="SchemaValidationException"/> naming the line of every problem.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarCoercion> _scalars = new(StringComparer.Ordinal)
    {
        ["Date"] = Scalars.Date,
        ["DateTime"] = Scalars.DateTime,
    };

    private readonly Dictionary<string, Type> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);

    private readonly List<GraphQLError> _errors = [];
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);

    /// <summary>Internal use: builds the introspection types themselves (names starting "__", no root type).</summary>
    internal bool IsIntrospection { get; init; }

    public static SchemaBuilder FromSdl(string sdl, string sourceName = "schema.graphql") => new SchemaBuilder().AddSdl(sdl, sourceName);

    /// <summary>Adds an SDL document (definitions and/or extensions). Throws <see cref="GraphQLError"/> on syntax errors.</summary>
    public SchemaBuilder AddSdl(string sdl, string sourceName = "schema.graphql")
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(Parser.Parse(new Source(sdl, sourceName)));
        return this;
    }

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Registers the coercion of a custom scalar declared in the SDL (Date and DateTime are pre-registered).</summary>
    public SchemaBuilder AddScalar(string name, ScalarCoercion coercion)
    {
        ArgumentNullException.ThrowIfNull(coercion);
        _scalars[name] = coercion;
        return this;
    }

    /// <summary>Maps a GraphQL enum to a C# enum (members matched by name, ignoring case and underscores).</summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName)
        where TEnum : struct, Enum
    {
        _enums[typeName] = typeof(TEnum);
        return this;
    }

    /// <summary>Binds a resolver returning a <see cref="ValueTask{TResult}"/> of object.</summary>
    public SchemaBuilder Bind(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Bind(typeName, fieldName, ctx => new ValueTask<object?>(resolver(ctx)));
    }

    /// <summary>Binds an asynchronous resolver (ValueTask).</summary>
    public SchemaBuilder ResolveAsync<T>(string typeName, string fieldName, Func<ResolveContext, ValueTask<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Bind(typeName, fieldName, ctx =>
        {
            var task = resolver(ctx);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
        });

        static async ValueTask<object?> Await(ValueTask<T> task) => await task.ConfigureAwait(false);
    }

    /// <summary>Binds an asynchronous resolver (Task).</summary>
    public SchemaBuilder ResolveTask<T>(string typeName, string fieldName, Func<ResolveContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Bind(typeName, fieldName, async ctx => await resolver(ctx).ConfigureAwait(false));
    }

    /// <summary>Decides the object type of values of an interface or union.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    public Schema Build()
    {
        _errors.Clear();
        _types.Clear();
        _directives.Clear();

        var definitions = _documents.SelectMany(d => d.Definitions).ToList();
        var typeDefinitions = definitions.OfType<TypeDefinitionNode>().ToList();
        var extensions = definitions.OfType<TypeExtensionNode>().ToList();
        var directiveDefinitions = definitions.OfType<DirectiveDefinitionNode>().ToList();
        var schemaDefinitions = definitions.OfType<SchemaDefinitionNode>().ToList();
        var schemaExtensions = definitions.OfType<SchemaExtensionNode>().ToList();
        foreach (var executable in definitions.OfType<ExecutableDefinitionNode>())
        {
            Error("Executable definitions are not allowed in a schema document.", executable);
        }

        CreateTypes(typeDefinitions);
        AttachExtensions(extensions);
        CreateDirectives(directiveDefinitions);
        foreach (var type in _types.Values) Populate(type);
        foreach (var directive in _directives.Values.Where(d => d.Definition is not null)) PopulateDirective(directive);
        BindBehaviour();

        ValidateAppliedDirectives(definitions);

        if (schemaDefinitions.Count > 1)
        {
            foreach (var extra in schemaDefinitions.Skip(1)) Error("Must provide only one schema definition.", extra);
        }
        var schemaDefinition = schemaDefinitions.FirstOrDefault();
        var (query, mutation, subscription) = RootTypes(schemaDefinition, schemaExtensions);

        // SDL directives first, then the specified ones the SDL did not redefine (graphql-js buildASTSchema order).
        var directives = new List<DirectiveDefinition>(_directives.Values);
        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (!_directives.ContainsKey(builtIn.Name)) directives.Add(builtIn);
        }
        if (_errors.Count > 0) throw new SchemaValidationException(_errors.ToList());

        var schema = IsIntrospection
            ? null
            : new Schema(query, mutation, subscription, _types.Values, directives, schemaDefinition?.Description?.Value, schemaDefinition);
        if (schema is not null)
        {
            var errors = SchemaValidator.Validate(schema);
            if (errors.Count > 0) throw new SchemaValidationException(errors);
        }
        return schema ?? throw new InvalidOperationException("The introspection types are read with BuildTypes().");
    }

    /// <summary>Introspection bootstrap: the named types, without a schema around them.</summary>
    internal IReadOnlyDictionary<string, NamedType> BuildTypes()
    {
        _errors.Clear();
        var definitions = _documents.SelectMany(d => d.Definitions).ToList();
        CreateTypes(definitions.OfType<TypeDefinitionNode>().ToList());
        foreach (var type in _types.Values) Populate(type);
        BindBehaviour();
        if (_errors.Count > 0) throw new SchemaValidationException(_errors.ToList());
        return _types;
    }

    private void Error(string message, params AstNode?[] nodes) => _errors.Add(new GraphQLError(message, nodes));

    private void CreateTypes(List<TypeDefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (_types.TryGetValue(name, out var existing))
            {
                Error($"There can be only one type named \"{name}\".", existing.Definition?.Name, definition.Name);
                continue;
            }
            if (Scalars.Specified.TryGetValue(name, out var specified))
            {
                // Redeclaring a specified scalar keeps the specified behaviour (graphql-js does the same).
                _types[name] = specified;
                continue;
            }
            var description = definition.Description?.Value;
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => new ScalarType(name, new PassThroughCoercion(), description),
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => throw new InvalidOperationException($"Unknown type definition {definition.Kind}."),
            };
            type.Definition = definition;
            type.IsBuiltIn = IsIntrospection;
            _types[name] = type;
        }
    }

    private void AttachExtensions(List<TypeExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            var name = extension.Name.Value;
            if (!_types.TryGetValue(name, out var type) || type.IsBuiltIn)
            {
                if (type is null)
                {
                    var suggestion = Suggestions.DidYouMean(Suggestions.List(name, _types.Keys));
                    Error($"Cannot extend type \"{name}\" because it is not defined.{suggestion}", extension.Name);
                }
                else
                {
                    Error($"Cannot extend specified scalar \"{name}\".", extension.Name);
                }
                continue;
            }
            var expected = type switch
            {
                ScalarType => Kind.ScalarTypeExtension,
                ObjectType => Kind.ObjectTypeExtension,
                InterfaceType => Kind.InterfaceTypeExtension,
                UnionType => Kind.UnionTypeExtension,
                EnumType => Kind.EnumTypeExtension,
                _ => Kind.InputObjectTypeExtension,
            };
            if (extension.Kind != expected)
            {
                var kindName = type switch
                {
                    ScalarType => "scalar",
                    ObjectType => "object",
                    InterfaceType => "interface",
                    UnionType => "union",
                    EnumType => "enum",
                    _ => "input object",
                };
                Error($"Cannot extend non-{kindName} type \"{name}\".", type.Definition, extension);
                continue;
            }
            type.AddExtension(extension);
        }
    }

    private void CreateDirectives(List<DirectiveDefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (_directives.TryGetValue(name, out var existing))
            {
                Error($"There can be only one directive named \"@{name}\".", existing.Definition?.Name, definition.Name);
                continue;
            }
            var locations = new List<DirectiveLocation>();
            foreach (var location in definition.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed)) locations.Add(parsed);
            }
            _directives[name] = new DirectiveDefinition(name, locations, null, definition.Repeatable, definition.Description?.Value)
            {
                Definition = definition,
            };
        }
    }

    private void PopulateDirective(DirectiveDefinition directive)
    {
        var definition = directive.Definition!;
        directive.Arguments = BuildInputValues(definition.Arguments, $"@{directive.Name}", isArgument: true);
        directive.DeprecationReason = DeprecationReason(definition.Name, []);
    }

    private void Populate(NamedType type)
    {
        if (type.IsBuiltIn && !IsIntrospection) return;
        var definition = type.Definition;
        var extensions = type.Extensions;
        switch (type)
        {
            case ScalarType scalar:
                scalar.SpecifiedByUrl = AppliedArgument(type.AppliedDirectives, "specifiedBy", "url") as string;
                break;
            case ComplexType complex:
                {
                    var interfaceNodes = (definition switch
                    {
                        ObjectTypeDefinitionNode o => o.Interfaces,
                        InterfaceTypeDefinitionNode i => i.Interfaces,
                        _ => [],
                    }).Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Interfaces,
                        InterfaceTypeExtensionNode i => i.Interfaces,
                        _ => [],
                    }));
                    foreach (var node in interfaceNodes)
                    {
                        var resolved = ResolveNamed(node);
                        if (resolved is InterfaceType iface) complex.AddInterface(iface);
                        else if (resolved is not null) Error($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.", node);
                    }
                    var fieldNodes = (definition switch
                    {
                        ObjectTypeDefinitionNode o => o.Fields,
                        InterfaceTypeDefinitionNode i => i.Fields,
                        _ => [],
                    }).Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Fields,
                        InterfaceTypeExtensionNode i => i.Fields,
                        _ => [],
                    }));
                    foreach (var node in fieldNodes)
                    {
                        var fieldName = node.Name.Value;
                        if (complex.HasField(fieldName))
                        {
                            Error($"Field \"{type.Name}.{fieldName}\" can only be defined once.", complex.GetField(fieldName)!.Definition?.Name, node.Name);
                            continue;
                        }
                        var fieldType = ResolveType(node.Type) ?? Scalars.String;
                        complex.AddField(new FieldDefinition(fieldName, fieldType, node.Description?.Value)
                        {
                            Definition = node,
                            Arguments = BuildInputValues(node.Arguments, $"{type.Name}.{fieldName}", isArgument: true),
                            DeprecationReason = DeprecationReason(node, node.Directives),
                        });
                    }
                    break;
                }
            case UnionType union:
                {
                    var memberNodes = ((definition as UnionTypeDefinitionNode)?.Types ?? [])
                        .Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
                    foreach (var node in memberNodes)
                    {
                        var resolved = ResolveNamed(node);
                        if (resolved is ObjectType member)
                        {
                            union.AddType(member); // duplicates are reported by SchemaValidator with every occurrence
                        }
                        else if (resolved is not null)
                        {
                            Error($"Union type {union.Name} can only include Object types, it cannot include {resolved.Name}.", node);
                        }
                    }
                    break;
                }
            case EnumType enumType:
                {
                    var valueNodes = ((definition as EnumTypeDefinitionNode)?.Values ?? [])
                        .Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                    foreach (var node in valueNodes)
                    {
                        var valueName = node.Name.Value;
                        if (enumType.GetValue(valueName) is { } existing)
                        {
                            Error($"Enum value \"{enumType.Name}.{valueName}\" can only be defined once.", existing.Definition?.Name, node.Name);
                            continue;
                        }
                        enumType.AddValue(new EnumValueDefinition(valueName, valueName, node.Description?.Value)
                        {
                            Definition = node,
                            DeprecationReason = DeprecationReason(node, node.Directives),
                        });
                    }
                    break;
                }
            case InputObjectType input:
                {
                    var fieldNodes = ((definition as InputObjectTypeDefinitionNode)?.Fields ?? [])
                        .Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)).ToList();
                    foreach (var field in BuildInputValues(fieldNodes, input.Name, isArgument: false))
                    {
                        input.AddField(field);
                    }
                    input.IsOneOf = type.AppliedDirectives.Any(d => d.Name.Value == "oneOf");
                    break;
                }
        }
    }

    private List<InputValueDefinition> BuildInputValues(IReadOnlyList<InputValueDefinitionNode> nodes, string owner, bool isArgument)
    {
        var result = new List<InputValueDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (result.Any(r => r.Name == name))
            {
                Error(
                    isArgument
                        ? $"Argument \"{owner}({name}:)\" can only be defined once."
                        : $"Field \"{owner}.{name}\" can only be defined once.",
                    result.First(r => r.Name == name).Definition?.Name,
                    node.Name);
                continue;
            }
            var type = ResolveType(node.Type) ?? Scalars.String;
            result.Add(new InputValueDefinition(name, type, node.Description?.Value)
            {
                Definition = node,
                DefaultValueLiteral = node.DefaultValue,
                DeprecationReason = DeprecationReason(node, node.Directives),
            });
        }
        return result;
    }

    // SDL rules on applied directives (graphql-js KnownDirectives, UniqueDirectivesPerLocation and
    // ProvidedRequiredArgumentsOnDirectives for SDL).
    private void ValidateAppliedDirectives(List<DefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    Check(schema.Directives, DirectiveLocation.Schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    Check(schemaExtension.Directives, DirectiveLocation.Schema);
                    break;
                case DirectiveDefinitionNode directive:
                    foreach (var arg in directive.Arguments) Check(arg.Directives, DirectiveLocation.ArgumentDefinition);
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    CheckType(definition);
                    break;
            }
        }

        void CheckType(DefinitionNode node)
        {
            var (directives, location) = node switch
            {
                ScalarTypeDefinitionNode n => (n.Directives, DirectiveLocation.Scalar),
                ScalarTypeExtensionNode n => (n.Directives, DirectiveLocation.Scalar),
                ObjectTypeDefinitionNode n => (n.Directives, DirectiveLocation.Object),
                ObjectTypeExtensionNode n => (n.Directives, DirectiveLocation.Object),
                InterfaceTypeDefinitionNode n => (n.Directives, DirectiveLocation.Interface),
                InterfaceTypeExtensionNode n => (n.Directives, DirectiveLocation.Interface),
                UnionTypeDefinitionNode n => (n.Directives, DirectiveLocation.Union),
                UnionTypeExtensionNode n => (n.Directives, DirectiveLocation.Union),
                EnumTypeDefinitionNode n => (n.Directives, DirectiveLocation.Enum),
                EnumTypeExtensionNode n => (n.Directives, DirectiveLocation.Enum),
                InputObjectTypeDefinitionNode n => (n.Directives, DirectiveLocation.InputObject),
                InputObjectTypeExtensionNode n => (n.Directives, DirectiveLocation.InputObject),
                _ => ((IReadOnlyList<DirectiveNode>)[], DirectiveLocation.Object),
            };
            Check(directives, location);
            IEnumerable<FieldDefinitionNode> fields = node switch
            {
                ObjectTypeDefinitionNode n => n.Fields,
                ObjectTypeExtensionNode n => n.Fields,
                InterfaceTypeDefinitionNode n => n.Fields,
                InterfaceTypeExtensionNode n => n.Fields,
                _ => [],
            };
            foreach (var field in fields)
            {
                Check(field.Directives, DirectiveLocation.FieldDefinition);
                foreach (var arg in field.Arguments) Check(arg.Directives, DirectiveLocation.ArgumentDefinition);
            }
            IEnumerable<InputValueDefinitionNode> inputFields = node switch
            {
                InputObjectTypeDefinitionNode n => n.Fields,
                InputObjectTypeExtensionNode n => n.Fields,
                _ => [],
            };
            foreach (var field in inputFields) Check(field.Directives, DirectiveLocation.InputFieldDefinition);
            IEnumerable<EnumValueDefinitionNode> values = node switch
            {
                EnumTypeDefinitionNode n => n.Values,
                EnumTypeExtensionNode n => n.Values,
                _ => [],
            };
            foreach (var value in values) Check(value.Directives, DirectiveLocation.EnumValue);
        }

        void Check(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in applied)
            {
                var name = node.Name.Value;
                var directive = _directives.GetValueOrDefault(name) ?? BuiltInDirectives.All.FirstOrDefault(d => d.Name == name);
                if (directive is null)
                {
                    Error($"Unknown directive \"@{name}\".", node);
                    continue;
                }
                if (!directive.Locations.Contains(location))
                {
                    Error($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
                }
                if (!directive.IsRepeatable && !seen.Add(name))
                {
                    Error($"The directive \"@{name}\" can only be used once at this location.", applied.First(d => d.Name.Value == name), node);
                }
                foreach (var arg in directive.Arguments)
                {
                    if (arg.IsRequired && node.Arguments.All(a => a.Name.Value != arg.Name))
                    {
                        Error($"Argument \"@{name}({arg.Name}:)\" of type \"{arg.Type}\" is required, but it was not provided.", node);
                    }
                }
            }
        }
    }

    private GraphQLType? ResolveType(TypeNode node) => node switch
    {
        NamedTypeNode named => ResolveNamed(named),
        ListTypeNode list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private NamedType? ResolveNamed(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type)) return type;
        if (Scalars.Specified.TryGetValue(name, out var scalar)) return scalar;
        if (IsIntrospection is false && name.StartsWith("__", StringComparison.Ordinal)
            && Introspection.IntrospectionTypes.All.TryGetValue(name, out var introspectionType))
        {
            return introspectionType;
        }
        var suggestion = Suggestions.DidYouMean(Suggestions.List(name, _types.Keys.Concat(Scalars.Specified.Keys)));
        Error($"Unknown type \"{name}\".{suggestion}", node);
        return null;
    }

    private static string? DeprecationReason(AstNode owner, IReadOnlyList<DirectiveNode> directives)
    {
        if (owner is DirectiveDefinitionNode) return null;
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null) return null;
        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value as StringValueNode;
        return reason?.Value ?? BuiltInDirectives.DefaultDeprecationReason;
    }

    private static object? AppliedArgument(IEnumerable<DirectiveNode> directives, string directive, string argument)
    {
        var node = directives.FirstOrDefault(d => d.Name.Value == directive);
        var value = node?.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;
        return value is null ? null : ValueCoercion.ValueFromAstUntyped(value, null);
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes(
        SchemaDefinitionNode? definition, List<SchemaExtensionNode> extensions)
    {
        var operationTypes = (definition?.OperationTypes ?? []).Concat(extensions.SelectMany(e => e.OperationTypes)).ToList();
        if (definition is null && extensions.Count == 0)
        {
            return (
                _types.GetValueOrDefault("Query") as ObjectType,
                _types.GetValueOrDefault("Mutation") as ObjectType,
                _types.GetValueOrDefault("Subscription") as ObjectType);
        }
        ObjectType? query = null, mutation = null, subscription = null;
        var seen = new HashSet<OperationType>();
        foreach (var operationType in operationTypes)
        {
            if (!seen.Add(operationType.Operation))
            {
                Error($"There can be only one {operationType.Operation.Keyword()} type in schema.", operationType);
                continue;
            }
            var type = ResolveNamed(operationType.Type);
            if (type is null) continue;
            if (type is not ObjectType objectType)
            {
                var kind = operationType.Operation switch
                {
                    OperationType.Query => "Query",
                    OperationType.Mutation => "Mutation",
                    _ => "Subscription",
                };
                Error(
                    operationType.Operation == OperationType.Query
                        ? $"{kind} root type must be Object type, it cannot be {type.Name}."
                        : $"{kind} root type must be Object type if provided, it cannot be {type.Name}.",
                    operationType.Type);
                continue;
            }
            switch (operationType.Operation)
            {
                case OperationType.Query: query = objectType; break;
                case OperationType.Mutation: mutation = objectType; break;
                default: subscription = objectType; break;
            }
        }
        return (query, mutation, subscription);
    }

    private void BindBehaviour()
    {
        foreach (var (name, coercion) in _scalars)
        {
            if (_types.GetValueOrDefault(name) is ScalarType { IsBuiltIn: false } scalar) scalar.Coercion = coercion;
        }
        foreach (var (name, clrType) in _enums)
        {
            if (_types.GetValueOrDefault(name) is not EnumType enumType)
            {
                _errors.Add(new GraphQLError($"Cannot bind C# enum {clrType.Name}: \"{name}\" is not an enum type of the schema."));
                continue;
            }
            try
            {
                enumType.BindTo(clrType);
            }
            catch (InvalidOperationException ex)
            {
                _errors.Add(new GraphQLError(ex.Message, enumType.Definition));
            }
        }
        foreach (var ((typeName, fieldName), resolver) in _resolvers)
        {
            var field = (_types.GetValueOrDefault(typeName) as ComplexType)?.GetField(fieldName);
            if (field is null)
            {
                _errors.Add(new GraphQLError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": no such field in the schema."));
                continue;
            }
            field.Resolver = resolver;
        }
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    _errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{typeName}\": it is not an interface or union."));
                    break;
            }
        }
    }
}
