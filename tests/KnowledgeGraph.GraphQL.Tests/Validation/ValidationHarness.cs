using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The type system of the spec's Validation section (dogs, cats, humans, aliens) plus a repeatable directive and a
/// @oneOf input, and helpers that run one rule and compare errors by message and locations.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          findDogs(searchBy: FindDogInput!): [Dog!]
          human(id: ID): Human
          pet: Pet
          catOrDog: CatOrDog
          humanOrAlien: HumanOrAlien
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          findPet(lookup: PetLookup!): Pet
        }

        type Mutation {
          renameDog(name: String!): Dog
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        directive @track(label: String) repeatable on FIELD
        directive @audit(reason: String!) on QUERY | FRAGMENT_DEFINITION

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
        }

        input FindDogInput {
          name: String
          owner: String
        }

        input PetLookup @oneOf {
          byName: String
          byId: ID
        }

        type Message {
          body: String
          sender: String
        }
        """;

    private static readonly Lazy<Schema> LazySchema = new(() => SchemaBuilder.FromSdl(Sdl).Build());

    public static Schema Schema => LazySchema.Value;

    /// <summary>An expected error: its message and its locations as line, column pairs.</summary>
    public static string Error(string message, params int[] lineColumnPairs)
    {
        var locations = lineColumnPairs.Chunk(2).Select(p => $" ({p[0]}:{p[1]})");
        return message + string.Concat(locations);
    }

    public static string Describe(GraphQLError error) =>
        error.Message + string.Concat((error.Locations ?? []).Select(l => $" ({l.Line}:{l.Column})"));

    public static IReadOnlyList<GraphQLError> Validate(string document, params IValidationRule[] rules) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), rules.Length == 0 ? null : rules);

    public static void ExpectValid(IValidationRule rule, string document) =>
        Assert.Empty(Validate(document, rule).Select(Describe));

    public static void ExpectErrors(IValidationRule rule, string document, params string[] expected) =>
        Assert.Equal(expected, Validate(document, rule).Select(Describe));
}
