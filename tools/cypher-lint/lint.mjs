#!/usr/bin/env node
// Checks Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
//
// Usage: node lint.mjs --schema schema.json [statements.jsonl]      (statements from stdin when no file)
//   schema.json      {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}
//   statements.jsonl one JSON object a line: {"name": "Ingest.MergeRegions", "statement": "...", "parameters": ["rows"]}
//                    ("parameters" lists the $names the caller sends; any other $name is reported.)
// Output (stdout): one JSON document {"checked": n, "diagnostics": [{name, severity, message, line, column, offset}]}
// Exit code: 0 clean, 1 when any error or warning was found, 2 on bad input.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function fail(message) {
  process.stderr.write(`cypher-lint: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let schemaPath;
let inputPath;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--schema') schemaPath = args[++i];
  else if (args[i].startsWith('--')) fail(`unknown option ${args[i]}`);
  else inputPath = args[i];
}
if (!schemaPath) fail('--schema <file> is required: lint against our real labels, types and property keys');

let schema;
try {
  schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
} catch (e) {
  fail(`cannot read schema ${schemaPath}: ${e.message}`);
}

const text = readFileSync(inputPath ?? 0, 'utf8');
const statements = [];
for (const [index, line] of text.split('\n').entries()) {
  if (line.trim() === '') continue;
  try {
    const item = JSON.parse(line);
    if (typeof item.statement !== 'string') throw new Error('no "statement" string');
    statements.push({ name: item.name ?? `line ${index + 1}`, statement: item.statement, parameters: item.parameters ?? [] });
  } catch (e) {
    fail(`line ${index + 1} is not a statement object: ${e.message}`);
  }
}

const diagnostics = [];
for (const { name, statement, parameters } of statements) {
  // Declared parameters get a placeholder value: the linter only needs to know they exist.
  const dbSchema = { ...schema, parameters: Object.fromEntries(parameters.map((p) => [p, null])) };
  const { diagnostics: found } = lintCypherQuery(statement, dbSchema);
  for (const d of found) {
    diagnostics.push({
      name,
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      offset: d.offsets?.start ?? null,
    });
  }
}

process.stdout.write(JSON.stringify({ checked: statements.length, diagnostics }) + '\n');
process.exit(diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning') ? 1 : 0);
