// Proves a served schema equals an SDL file, with graphql-js as the judge: reads an introspection result
// ({"data": {"__schema": …}}) on stdin and prints JSON {served, contract}: the SDL printed from the introspection
// (buildClientSchema → printSchema) and the SDL file printed the same way (buildSchema → printSchema).
// Usage: node schema-compare.mjs path/to/schema.graphql < introspection.json
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, printSchema } from 'graphql';

const file = process.argv[2];
let input = '';
for await (const chunk of process.stdin) input += chunk;
const introspection = JSON.parse(input);
const served = printSchema(buildClientSchema(introspection.data ?? introspection));
const contract = printSchema(buildSchema(readFileSync(file, 'utf8')));
process.stdout.write(JSON.stringify({ served, contract }) + '\n');
