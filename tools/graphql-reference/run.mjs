#!/usr/bin/env node
// The reference side of the differential suite: runs GraphQL documents with graphql-js over JSON data,
// exactly as tests/KnowledgeGraph.GraphQL.Conformance does with our engine.
//
//   node run.mjs --schema S.graphql --data D.json --query Q.graphql [--variables V.json] [--operation NAME]
//       prints the response JSON of one document.
//   node run.mjs --cases DIR
//       runs every case of a corpus in this one process and prints one JSON line per case:
//       {"case":"<group>/<name>","response":{...}}
//
// Corpus layout: DIR/<group>/schema.graphql and DIR/<group>/data.json are shared by the group; each other
// DIR/<group>/<name>.graphql is a case, with optional <name>.variables.json and <name>.operation (a name).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { buildSchema, graphql } from 'graphql';

// Abstract types resolve by the "__typename" key in the data, as the C# runner does.
const typeResolver = (value) =>
  value !== null && typeof value === 'object' && typeof value.__typename === 'string'
    ? value.__typename
    : undefined;

// The default field resolver of graphql-js already reads properties; JSON data has no functions.
async function runOne({ schemaSource, data, query, variables, operationName }) {
  let schema;
  try {
    schema = buildSchema(schemaSource);
  } catch (error) {
    return { schemaError: String(error.message) };
  }
  const result = await graphql({
    schema,
    source: query,
    rootValue: data,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    typeResolver,
  });
  // toJSON of each GraphQLError gives the spec shape: message, locations, path, extensions.
  return JSON.parse(JSON.stringify(result));
}

function readOptional(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`Unexpected argument: ${key}`);
    args[key.slice(2)] = argv[++i];
  }
  return args;
}

async function runCorpus(root) {
  const groups = readdirSync(root)
    .filter((g) => statSync(join(root, g)).isDirectory())
    .sort();
  for (const group of groups) {
    const dir = join(root, group);
    const schemaSource = readFileSync(join(dir, 'schema.graphql'), 'utf8');
    const dataText = readOptional(join(dir, 'data.json'));
    const data = dataText === undefined ? {} : JSON.parse(dataText);
    const cases = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql') && f !== 'schema.graphql')
      .sort();
    for (const file of cases) {
      const name = basename(file, '.graphql');
      const variablesText = readOptional(join(dir, `${name}.variables.json`));
      const operationText = readOptional(join(dir, `${name}.operation`));
      const response = await runOne({
        schemaSource,
        // each case gets its own copy so no resolver can leak state into the next case
        data: structuredClone(data),
        query: readFileSync(join(dir, file), 'utf8'),
        variables: variablesText === undefined ? undefined : JSON.parse(variablesText),
        operationName: operationText === undefined ? undefined : operationText.trim(),
      });
      process.stdout.write(JSON.stringify({ case: `${group}/${name}`, response }) + '\n');
    }
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.cases) {
    await runCorpus(args.cases);
    return;
  }
  if (!args.schema || !args.query) {
    process.stderr.write(
      'usage: run.mjs --schema S.graphql --data D.json --query Q.graphql [--variables V.json] [--operation NAME]\n' +
        '       run.mjs --cases DIR\n',
    );
    process.exit(2);
  }
  const response = await runOne({
    schemaSource: readFileSync(args.schema, 'utf8'),
    data: args.data ? JSON.parse(readFileSync(args.data, 'utf8')) : {},
    query: readFileSync(args.query, 'utf8'),
    variables: args.variables ? JSON.parse(readFileSync(args.variables, 'utf8')) : undefined,
    operationName: args.operation,
  });
  process.stdout.write(JSON.stringify(response, null, 2) + '\n');
}

await main();
