#!/usr/bin/env bash
# Refreshes the graphql-js snapshots of schema/knowledge-graph.graphql that KnowledgeGraphSchemaTests compares our
# engine with (printed schema, introspection response). Run after editing the SDL; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
query=$(mktemp --suffix=.graphql)
trap 'rm -f "$query"' EXIT
# The engine's introspection query (IntrospectionQuery.Text), taken from its C# raw string literal.
python3 - "$query" <<'PY'
import sys
lines = open('src/KnowledgeGraph.GraphQL/Introspection/IntrospectionQuery.cs', encoding='utf-8').read().split('\n')
start = next(i for i, l in enumerate(lines) if 'Text = """' in l)
end = next(i for i, l in enumerate(lines) if l == '    """;')
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(l[4:] if l.startswith('    ') else l for l in lines[start + 1:end]))
PY
(cd tools/graphql-reference && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null)
node tools/graphql-reference/schema-snapshots.mjs schema/knowledge-graph.graphql "$query" tests/KnowledgeGraph.GraphQL.Tests/Execution/Differential
git --no-pager diff --stat -- tests/KnowledgeGraph.GraphQL.Tests/Execution/Differential
