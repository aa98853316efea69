using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for executable documents and SDL (GraphQL spec October 2021, Appendix B grammar),
/// producing graphql-js-shaped AST nodes with locations and graphql-js's syntax error messages.
/// </summary>
public sealed class Parser
{
    private static readonly HashSet<string> DirectiveLocationNames = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    };

    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly Source _source;
    // The options read on every token or node, copied out of the record once.
    private readonly bool _noLocation;
    private readonly int _maxTokens;
    private readonly bool _allowEmptySelectionSets;
    private readonly int _maxDepth;
    private NodeStack _nodes = null!;
    private int _tokensLeft; // counts down from MaxTokens; <EOF> is not counted
    private int _depth;

    public Parser(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options ?? ParserOptions.Default;
        if (_options.MaxLength is { } maxLength && source.Body.Length > maxLength)
        {
            throw new GraphQLError($"Document is larger than the limit of {maxLength} characters. Parsing aborted.", nodes: null);
        }
        _lexer = new Lexer(source);
        _source = source;
        _noLocation = _options.NoLocation;
        _maxTokens = _options.MaxTokens ?? int.MaxValue;
        _maxDepth = _options.MaxDepth;
        _allowEmptySelectionSets = _options.AllowEmptySelectionSets;
        _tokensLeft = _maxTokens;
    }

    /// <summary>Parses a whole document. Throws <see cref="GraphQLError"/> on a syntax error.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, e.g. <c>[1, $x]</c> (graphql-js parseValue).</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        return parser.WithNodeStack(() =>
        {
            parser.Expect(TokenKind.Sof);
            var value = parser.ParseValueLiteral(false);
            parser.Expect(TokenKind.Eof);
            return value;
        });
    }

    /// <summary>Parses a constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        return parser.WithNodeStack(() =>
        {
            parser.Expect(TokenKind.Sof);
            var value = parser.ParseValueLiteral(true);
            parser.Expect(TokenKind.Eof);
            return value;
        });
    }

    /// <summary>Parses a type reference, e.g. <c>[Int!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        return parser.WithNodeStack(() =>
        {
            parser.Expect(TokenKind.Sof);
            var type = parser.ParseTypeReference();
            parser.Expect(TokenKind.Eof);
            return type;
        });
    }

    public DocumentNode ParseDocument()
    {
        _nodes = NodeStack.Rent();
        try
        {
            var start = _lexer.Start;
            Expect(TokenKind.Sof);
            var mark = _nodes.Mark;
            do
            {
                _nodes.Push(ParseDefinition());
            }
            while (!ExpectOptional(TokenKind.Eof));
            return new DocumentNode { Definitions = _nodes.Pop<DefinitionNode>(mark), Span = Loc(start) };
        }
        finally
        {
            NodeStack.Return(_nodes);
        }
    }

    private T WithNodeStack<T>(Func<T> parse)
    {
        _nodes = NodeStack.Rent();
        try
        {
            return parse();
        }
        finally
        {
            NodeStack.Return(_nodes);
        }
    }

    // ---- Definitions ---------------------------------------------------------------------------------------

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend") return ParseTypeSystemExtension();
        }
        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Start;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Span = Loc(start),
            };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Span = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = _lexer.Token;
        Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL)) return [];
        var mark = _nodes.Mark;
        do
        {
            _nodes.Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return _nodes.Pop<VariableDefinitionNode>(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Span = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.Start;
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Span = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Start;
        EnterNesting(start);
        // The hottest list of executable documents, so parsed in line rather than through Many/Any and a delegate.
        Expect(TokenKind.BraceL);
        var mark = _nodes.Mark;
        // graphql-js 17 accepts `{ }` unless allowEmptySelectionSets is explicitly false.
        if (!_allowEmptySelectionSets) _nodes.Push(ParseSelection());
        while (!ExpectOptional(TokenKind.BraceR)) _nodes.Push(ParseSelection());
        _depth--;
        return new SelectionSetNode { Selections = _nodes.Pop<SelectionNode>(mark), Span = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = _lexer.Start;
        var nameStart = start;
        var nameValue = ConsumeName();
        NameNode? alias = null;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = new NameNode { Value = nameValue, Span = _noLocation ? default : new SourceSpan(start, start + nameValue.Length, _source) };
            nameStart = _lexer.Start;
            nameValue = ConsumeName();
        }
        if (alias is null && !Peek(TokenKind.ParenL) && !Peek(TokenKind.At))
        {
            // Most fields have no alias, arguments or directives: such a field is built from its name alone.
            return Peek(TokenKind.BraceL)
                ? new FieldNode(nameValue) { SelectionSet = ParseSelectionSet(), Span = Loc(start) }
                : new FieldNode(nameValue) { Span = Loc(start) };
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        return new FieldNode(nameValue, alias, nameStart, arguments, directives)
        {
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Span = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL)) return [];
        var mark = _nodes.Mark;
        do
        {
            _nodes.Push(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return _nodes.Pop<ArgumentNode>(mark);
    }

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Span = Loc(start) };
    }

    private SelectionNode ParseFragment()
    {
        var start = _lexer.Start;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(false),
                Span = Loc(start),
            };
        }
        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Span = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Span = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on")) throw Unexpected(_lexer.Token);
        return ParseName();
    }

    // ---- Values --------------------------------------------------------------------------------------------

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                {
                    var value = _lexer.Value!;
                    Advance();
                    return new IntValueNode { Value = value, Span = Loc(start) };
                }
            case TokenKind.Float:
                {
                    var value = _lexer.Value!;
                    Advance();
                    return new FloatValueNode { Value = value, Span = Loc(start) };
                }
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                {
                    var value = _lexer.NameValue();
                    Advance();
                    return value switch
                    {
                        "true" => new BooleanValueNode { Value = true, Span = Loc(start) },
                        "false" => new BooleanValueNode { Value = false, Span = Loc(start) },
                        "null" => new NullValueNode { Span = Loc(start) },
                        _ => new EnumValueNode { Value = value, Span = Loc(start) },
                    };
                }
            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _lexer.Token;
                    Expect(TokenKind.Dollar);
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw Error(start, $"Unexpected variable \"${_lexer.NameValue()}\" in constant value.");
                    }
                    throw Unexpected(dollar);
                }
                return ParseVariable();
            default:
                throw Unexpected(_lexer.Token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = _lexer.Start;
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.Value!;
        Advance();
        return new StringValueNode { Value = value, Block = block, Span = Loc(start) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Start;
        EnterNesting(start);
        Expect(TokenKind.BracketL);
        var mark = _nodes.Mark;
        while (!ExpectOptional(TokenKind.BracketR)) _nodes.Push(ParseValueLiteral(isConst));
        _depth--;
        return new ListValueNode { Values = _nodes.Pop<ValueNode>(mark), Span = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Start;
        EnterNesting(start);
        Expect(TokenKind.BraceL);
        var mark = _nodes.Mark;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = _lexer.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            _nodes.Push(new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Span = Loc(fieldStart) });
        }
        _depth--;
        return new ObjectValueNode { Fields = _nodes.Pop<ObjectFieldNode>(mark), Span = Loc(start) };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var mark = _nodes.Mark;
        while (Peek(TokenKind.At))
        {
            var start = _lexer.Start;
            Expect(TokenKind.At);
            var name = ParseName();
            _nodes.Push(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Span = Loc(start) });
        }
        return _nodes.Pop<DirectiveNode>(mark);
    }

    // ---- Types ---------------------------------------------------------------------------------------------

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Start;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = inner, Span = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        if (ExpectOptional(TokenKind.Bang)) return new NonNullTypeNode { Type = type, Span = Loc(start) };
        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Start;
        return new NamedTypeNode { Name = ParseName(), Span = Loc(start) };
    }

    // ---- Type system ---------------------------------------------------------------------------------------

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Span = Loc(start),
        };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Start;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Span = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = ParseDirectives(true),
            Span = Loc(start),
        };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = ParseFieldsDefinition(),
            Span = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        var args = ParseArgumentDefs();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = args,
            Type = type,
            Directives = ParseDirectives(true),
            Span = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefs() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDef, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDef()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Span = Loc(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = ParseFieldsDefinition(),
            Span = Loc(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = ParseUnionMemberTypes(),
            Span = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR),
            Span = Loc(start),
        };
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var token = _lexer.Token;
        if (token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }
        var name = ParseName();
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = ParseDirectives(true),
            Span = Loc(start),
        };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = OptionalMany(TokenKind.BraceL, ParseInputValueDef, TokenKind.BraceR),
            Span = Loc(start),
        };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var args = ParseArgumentDefs();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = args,
            Repeatable = repeatable,
            Locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation),
            Span = Loc(start),
        };
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        if (DirectiveLocationNames.Contains(name.Value)) return name;
        throw Unexpected(start);
    }

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected(_lexer.Token);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Span = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0) throw Unexpected(_lexer.Token);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Span = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Span = Loc(start),
        };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Span = Loc(start),
        };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected(_lexer.Token);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Span = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && values.Count == 0) throw Unexpected(_lexer.Token);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Span = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, ParseInputValueDef, TokenKind.BraceR);
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Span = Loc(start) };
    }

    // ---- Utilities -----------------------------------------------------------------------------------------

    private NameNode ParseName()
    {
        var start = _lexer.Start;
        var value = ConsumeName();
        return new NameNode { Value = value, Span = Loc(start) };
    }

    /// <summary>The current token's text, which must be a name, and moves past it (no node made).</summary>
    private string ConsumeName()
    {
        if (_lexer.Kind != TokenKind.Name) throw ExpectedError(TokenKind.Name, _lexer.Token);
        var value = _lexer.NameValue();
        Advance();
        return value;
    }

    private SourceSpan Loc(int start) =>
        _noLocation ? default : new SourceSpan(start, _lexer.LastTokenEnd, _source);

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind) throw ExpectedError(kind, _lexer.Token);
        Advance();
    }

    // Error messages are built outside the hot methods (Expect, Advance, EnterNesting are inlined everywhere): their
    // string building would otherwise enlarge every caller's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError ExpectedError(TokenKind kind, Token token) =>
        Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (!_lexer.IsKeyword(value)) throw ExpectedKeywordError(value, _lexer.Token);
        Advance();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError ExpectedKeywordError(string value, Token token) =>
        Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");

    private bool ExpectOptionalKeyword(string value)
    {
        if (!_lexer.IsKeyword(value)) return false;
        Advance();
        return true;
    }

    private GraphQLError Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLError Error(int position, string description) =>
        new("Syntax Error: " + description, nodes: null, source: _lexer.Source, positions: [position]);

    private T[] Many<T>(TokenKind open, Func<T> parse, TokenKind close)
        where T : AstNode
    {
        Expect(open);
        var mark = _nodes.Mark;
        do
        {
            _nodes.Push(parse());
        }
        while (!ExpectOptional(close));
        return _nodes.Pop<T>(mark);
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close)
        where T : AstNode =>
        Peek(open) ? Many(open, parse, close) : [];

    private T[] DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
        where T : AstNode
    {
        ExpectOptional(delimiter);
        var mark = _nodes.Mark;
        do
        {
            _nodes.Push(parse());
        }
        while (ExpectOptional(delimiter));
        return _nodes.Pop<T>(mark);
    }

    private void Advance()
    {
        _lexer.Next();
        if (--_tokensLeft < 0 && _lexer.Kind != TokenKind.Eof) throw TooManyTokens();
    }

    private void EnterNesting(int at)
    {
        if (++_depth > _maxDepth) throw TooDeep(at);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError TooManyTokens() =>
        Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLError TooDeep(int at) =>
        Error(at, $"Document nesting is deeper than {_maxDepth} levels. Parsing aborted.");
}
