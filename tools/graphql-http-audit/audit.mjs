// Runs graphql-http's GraphQL-over-HTTP server audits against a running server and prints one JSON array:
// [{ id, name, status: "ok" | "warn" | "error", reason }]. Usage: node audit.mjs http://127.0.0.1:5080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  try {
    const r = await audit.fn();
    results.push({ id: r.id, name: r.name, status: r.status, reason: r.status === 'ok' ? null : r.reason });
  } catch (e) {
    results.push({ id: audit.id, name: audit.name, status: 'error', reason: 'audit threw: ' + (e && e.message) });
  }
}
process.stdout.write(JSON.stringify(results) + '\n');
