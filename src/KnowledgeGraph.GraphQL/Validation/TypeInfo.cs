using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, the schema types at the current node: the output type and
/// its parent composite type, the field and argument definitions, the expected input type of a value and the
/// directive being visited (graphql-js TypeInfo). Feed it every <see cref="Enter"/> and <see cref="Leave"/>.
/// </summary>
public sealed class TypeInfo
{
    private readonly SchemaLookup _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<NamedType?> _fieldParentStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public TypeInfo(Schema schema)
        : this(SchemaLookup.For(schema))
    {
    }

    internal TypeInfo(SchemaLookup schema) => _schema = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type the current value must have.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level up (e.g. the list or input object around the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>The type that declares <see cref="FieldDef"/> (where it was selected).</summary>
    public NamedType? FieldParentType => Top(_fieldParentStack);

    /// <summary>Whether the current argument or input field position has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>"Type.field" as graphql-js prints a field; meta-fields print as "&lt;meta&gt;.__type".</summary>
    public string? FieldCoordinate =>
        FieldDef is null ? null : (_schema.IsMetaField(FieldDef) ? "<meta>" : FieldParentType?.Name) + "." + FieldDef.Name;

    public void Enter(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
            {
                var namedType = TypeHelpers.GetNamedType(Type);
                _parentTypeStack.Add(TypeHelpers.IsCompositeType(namedType) ? namedType : null);
                break;
            }
            case FieldNode field:
            {
                var parentType = ParentType;
                FieldDefinition? fieldDef = null;
                if (parentType is not null) fieldDef = _schema.GetField(parentType, field.NameValue);
                var fieldType = fieldDef?.Type;
                _fieldDefStack.Add(fieldDef);
                _fieldParentStack.Add(parentType);
                _typeStack.Add(TypeHelpers.IsOutputType(fieldType) ? fieldType : null);
                break;
            }
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
            {
                var outputType = inline.TypeCondition is not null
                    ? TypeHelpers.TypeFromAst(_schema.Schema, inline.TypeCondition)
                    : TypeHelpers.GetNamedType(Type);
                _typeStack.Add(TypeHelpers.IsOutputType(outputType) ? outputType : null);
                break;
            }
            case FragmentDefinitionNode fragment:
            {
                var outputType = TypeHelpers.TypeFromAst(_schema.Schema, fragment.TypeCondition);
                _typeStack.Add(TypeHelpers.IsOutputType(outputType) ? outputType : null);
                break;
            }
            case VariableDefinitionNode variableDefinition:
            {
                var inputType = TypeHelpers.TypeFromAst(_schema.Schema, variableDefinition.Type);
                _inputTypeStack.Add(TypeHelpers.IsInputType(inputType) ? inputType : null);
                break;
            }
            case ArgumentNode argument:
            {
                InputValueDefinition? argDef = null;
                if (Directive is not null) argDef = Directive.GetArgument(argument.Name.Value);
                else if (FieldDef is not null) argDef = FieldDef.GetArgument(argument.Name.Value);
                Argument = argDef;
                _defaultValueStack.Add(argDef?.HasDefaultValue ?? false);
                _inputTypeStack.Add(TypeHelpers.IsInputType(argDef?.Type) ? argDef!.Type : null);
                break;
            }
            case ListValueNode:
            {
                var listType = TypeHelpers.GetNullableType(InputType);
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(listType is ListType list ? list.OfType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                InputValueDefinition? inputField = null;
                if (TypeHelpers.GetNamedType(InputType) is InputObjectType objectType)
                {
                    inputField = objectType.GetField(objectField.Name.Value);
                }
                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(TypeHelpers.IsInputType(inputField?.Type) ? inputField!.Type : null);
                break;
            }
            case EnumValueNode enumValue:
                EnumValue = TypeHelpers.GetNamedType(InputType) is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_fieldParentStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }
}
