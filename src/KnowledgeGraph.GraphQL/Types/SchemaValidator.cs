using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The spec's Type System validation (graphql-js assertValidSchema): root types, names, fields, interfaces
/// (including interfaces implementing interfaces), unions, enums, input objects, @oneOf, input object cycles, and
/// default values (each must fit its type; input object field defaults must not refer back to themselves).
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<GraphQLError>();
        void Report(string message, params AstNode?[] nodes) => errors.Add(new GraphQLError(message, nodes));

        ValidateRootTypes(schema, Report);
        ValidateDirectives(schema, Report);
        var defaultValueCycles = new DefaultValueCycleDetector(Report);
        foreach (var type in schema.Types.Values)
        {
            if (type.IsBuiltIn) continue;
            ValidateName(type.Name, type.Definition?.Name, Report);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, Report);
                    ValidateInterfaces(schema, complex, Report);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        Report($"Union type {union.Name} must define one or more member types.", [union.Definition, .. union.Extensions]);
                    }
                    var members = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var member in union.Types)
                    {
                        if (!members.Add(member.Name))
                        {
                            Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
                        }
                    }
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Report($"Enum type {enumType.Name} must define one or more values.", [enumType.Definition, .. enumType.Extensions]);
                    }
                    foreach (var value in enumType.Values.Values) ValidateName(value.Name, value.Definition?.Name, Report);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, Report);
                    defaultValueCycles.Check(input);
                    break;
            }
        }
        ValidateInputObjectCycles(schema, Report);
        return errors;
    }

    private static void ValidateRootTypes(Schema schema, Action<string, AstNode?[]> report)
    {
        if (schema.QueryType is null) report("Query root type must be provided.", [schema.Definition]);
        var roots = new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!))
        {
            var operations = group.Select(g => g.Item1).ToList();
            if (operations.Count < 2) continue;
            var list = operations.Count == 2
                ? $"{operations[0]} and {operations[1]}"
                : string.Join(", ", operations.Take(operations.Count - 1)) + $", and {operations[^1]}";
            var nodes = schema.Definition?.OperationTypes.Where(o => o.Type.Name.Value == group.Key.Name).Select(o => (AstNode?)o.Type).ToArray() ?? [];
            report($"All root types must be different, \"{group.Key.Name}\" type is used as {list} root types.", nodes);
        }
    }

    private static void ValidateDirectives(Schema schema, Action<string, AstNode?[]> report)
    {
        foreach (var directive in schema.Directives)
        {
            if (directive.IsBuiltIn) continue;
            ValidateName(directive.Name, directive.Definition?.Name, report);
            if (directive.Locations.Count == 0)
            {
                report($"Directive @{directive.Name} must include 1 or more locations.", [directive.Definition]);
            }
            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, arg.Definition?.Name, report);
                if (!TypeHelpers.IsInputType(arg.Type))
                {
                    report($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", [arg.Definition]);
                }
                if (arg.IsRequired && arg.IsDeprecated)
                {
                    report($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.", [DeprecatedNode(arg.Definition), arg.Definition?.Type]);
                }
                DefaultValueValidator.Validate(arg, $"@{directive.Name}({arg.Name}:)", report);
            }
        }
    }

    private static void ValidateName(string name, AstNode? node, Action<string, AstNode?[]> report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", [node]);
        }
    }

    private static void ValidateFields(ComplexType type, Action<string, AstNode?[]> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.", [type.Definition, .. type.Extensions]);
        }
        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.Definition?.Name, report);
            if (!TypeHelpers.IsOutputType(field.Type))
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", [field.Definition?.Type]);
            }
            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, arg.Definition?.Name, report);
                if (!TypeHelpers.IsInputType(arg.Type))
                {
                    report($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", [arg.Definition?.Type]);
                }
                if (arg.IsRequired && arg.IsDeprecated)
                {
                    report($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.", [DeprecatedNode(arg.Definition), arg.Definition?.Type]);
                }
                DefaultValueValidator.Validate(arg, $"{type.Name}.{field.Name}({arg.Name}:)", report);
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, Action<string, AstNode?[]> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (type.Interfaces.Contains(transitive)) continue;
                report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }
            foreach (var ifaceField in iface.Fields.Values)
            {
                var typeField = type.GetField(ifaceField.Name);
                if (typeField is null)
                {
                    report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                        [ifaceField.Definition, type.Definition, .. type.Extensions]);
                    continue;
                }
                if (!TypeHelpers.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                {
                    report($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                        [ifaceField.Definition?.Type, typeField.Definition?.Type]);
                }
                foreach (var ifaceArg in ifaceField.Arguments)
                {
                    var typeArg = typeField.GetArgument(ifaceArg.Name);
                    if (typeArg is null)
                    {
                        report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.",
                            [ifaceArg.Definition, typeField.Definition]);
                        continue;
                    }
                    if (!TypeHelpers.IsEqualType(ifaceArg.Type, typeArg.Type))
                    {
                        report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.",
                            [ifaceArg.Definition?.Type, typeArg.Definition?.Type]);
                    }
                }
                foreach (var typeArg in typeField.Arguments)
                {
                    if (typeArg.IsRequired && ifaceField.GetArgument(typeArg.Name) is null)
                    {
                        report($"Argument \"{type.Name}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".",
                            [typeArg.Definition, ifaceField.Definition]);
                    }
                }
                if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
                {
                    report($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                        [DeprecatedNode(typeField.Definition), typeField.Definition?.Type]);
                }
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, Action<string, AstNode?[]> report)
    {
        if (input.Fields.Count == 0)
        {
            report($"Input Object type {input.Name} must define one or more fields.", [input.Definition, .. input.Extensions]);
        }
        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.Definition?.Name, report);
            if (!TypeHelpers.IsInputType(field.Type))
            {
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", [field.Definition?.Type]);
            }
            if (field.IsRequired && field.IsDeprecated)
            {
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", [DeprecatedNode(field.Definition), field.Definition?.Type]);
            }
            DefaultValueValidator.Validate(field, $"{input.Name}.{field.Name}", report);
            if (!input.IsOneOf) continue;
            if (field.Type is NonNullType)
            {
                report($"OneOf input field {input.Name}.{field.Name} must be nullable.", [field.Definition?.Type]);
            }
            if (field.HasDefaultValue)
            {
                report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", [field.Definition]);
            }
        }
    }

    // An input object must admit a finite value: not every path through required (or, for @oneOf, all) input-object
    // fields may lead back to itself (graphql-js detectInputObjectNonFiniteValues).
    private static void ValidateInputObjectCycles(Schema schema, Action<string, AstNode?[]> report)
    {
        var inputs = schema.Types.Values.OfType<InputObjectType>().ToList();
        var targets = inputs.ToDictionary(i => i, i => i.Fields.Values
            .Select(f => (Field: f, Target: Target(i, f.Type)))
            .Where(t => t.Target is not null)
            .Select(t => (t.Field, Target: t.Target!))
            .ToList());
        var finite = new HashSet<InputObjectType>();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var input in inputs)
            {
                if (finite.Contains(input)) continue;
                var ts = targets[input];
                var isFinite = input.IsOneOf
                    ? input.Fields.Count == 0 || ts.Count < input.Fields.Count || ts.Any(t => finite.Contains(t.Target))
                    : ts.All(t => finite.Contains(t.Target));
                if (isFinite && finite.Add(input)) changed = true;
            }
        }
        var visited = new HashSet<InputObjectType>();
        var path = new List<(string Text, AstNode? Node)>();
        var indexByType = new Dictionary<InputObjectType, int>();
        void Walk(InputObjectType input)
        {
            if (!visited.Add(input)) return;
            indexByType[input] = path.Count;
            foreach (var (field, target) in targets[input])
            {
                if (finite.Contains(target)) continue;
                path.Add(($"{input.Name}.{field.Name}", field.Definition));
                if (indexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    report($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(c => c.Text))}.",
                        cycle.Select(c => c.Node).ToArray());
                }
                else
                {
                    Walk(target);
                }
                path.RemoveAt(path.Count - 1);
            }
            indexByType.Remove(input);
        }
        foreach (var input in inputs.Where(i => !finite.Contains(i))) Walk(input);

        static InputObjectType? Target(InputObjectType owner, GraphQLType type) => owner.IsOneOf
            ? type as InputObjectType
            : type is NonNullType { OfType: InputObjectType target } ? target : null;
    }

    private static AstNode?[] ImplementsNodes(ComplexType type, InterfaceType iface)
    {
        var definitionInterfaces = type.Definition switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            _ => [],
        };
        var extensionInterfaces = type.Extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        });
        return definitionInterfaces.Concat(extensionInterfaces).Where(n => n.Name.Value == iface.Name).Cast<AstNode?>().ToArray();
    }

    private static AstNode?[] UnionMemberNodes(UnionType union, string memberName) =>
        ((union.Definition as UnionTypeDefinitionNode)?.Types ?? [])
            .Concat(union.Extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types))
            .Where(t => t.Name.Value == memberName)
            .Cast<AstNode?>()
            .ToArray();

    private static DirectiveNode? DeprecatedNode(AstNode? definition)
    {
        var directives = definition switch
        {
            FieldDefinitionNode f => f.Directives,
            InputValueDefinitionNode i => i.Directives,
            _ => [],
        };
        return directives.FirstOrDefault(d => d.Name.Value == "deprecated");
    }
}
