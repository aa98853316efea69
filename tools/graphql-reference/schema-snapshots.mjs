// Writes what graphql-js makes of the API's SDL, the expected files of KnowledgeGraphSchemaTests:
//   node schema-snapshots.mjs SDL INTROSPECTION_QUERY OUT_DIR
// OUT_DIR/knowledge-graph.printed.graphql (printSchema) and OUT_DIR/knowledge-graph.introspection.json (the response to
// the introspection query). Run it after changing schema/knowledge-graph.graphql (scripts/schema-snapshots.sh does).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, printSchema, graphqlSync } from 'graphql';

const [sdlPath, queryPath, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node schema-snapshots.mjs SDL INTROSPECTION_QUERY OUT_DIR');
  process.exit(2);
}
const schema = buildSchema(readFileSync(sdlPath, 'utf8'));
writeFileSync(`${outDir}/knowledge-graph.printed.graphql`, printSchema(schema));
const result = graphqlSync({ schema, source: readFileSync(queryPath, 'utf8') });
if (result.errors) {
  console.error(result.errors.map((e) => e.message).join('\n'));
  process.exit(1);
}
writeFileSync(`${outDir}/knowledge-graph.introspection.json`, JSON.stringify(result));
