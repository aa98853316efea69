// graphql-js side of `dotnet run --project tests/KnowledgeGraph.Benchmarks -- graphql`.
// Reads a plan (JSON: iterations, data, documents) written by the C# suite.
//   node bench.mjs PLAN          times parse / validate / execute of each document with the same iteration counts
//                                and prints one JSON object (none of the three if the plan says "inProcessPhases": false,
//                                when the C# suite times them interleaved with --phases instead).
//   node bench.mjs PLAN --serve  serves the documents' schemas over HTTP (node:http + parse/validate/execute +
//                                JSON.stringify) on a free loopback port, prints {"port": N} and runs until stdin
//                                closes. The C# suite times this server with the same raw HTTP client, request bytes
//                                and connection counts it uses on its own server, so the figures compare servers.
//   node bench.mjs PLAN --phases times parse or validate batches on request, so the C# suite can pair each of its own
//                                batches with one of graphql-js's right before or after it (interleaved). Prints
//                                {"node", "graphql"} when ready, then answers one JSON line per command line on stdin
//                                until stdin closes:
//                                  {"case": "introspection", "phase": "parse", "warmMs": 1000, "ops": 1000}
//                                  → {"count", "meanUs", "p50Us", "p99Us", "opsPerSec"} of the ops timed after warming
//                                    for warmMs (both optional, 0 by default), or {"error": "…"}.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import readline from 'node:readline';
import { buildSchema, parse, validate, execute, specifiedRules } from 'graphql';
import DataLoader from 'dataloader';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { regions, documents, agencies } = plan.data;

const regionById = new Map(regions.map((r) => [r.id, r]));
const agencyById = new Map(agencies.map((a) => [a.id, a]));
const documentsByRegion = new Map();
for (const d of documents) {
  if (!documentsByRegion.has(d.regionId)) documentsByRegion.set(d.regionId, []);
  documentsByRegion.get(d.regionId).push(d);
}

function dashboardSchema() {
  const schema = buildSchema(readFileSync(new URL('./dashboard.graphql', import.meta.url), 'utf8'));
  const fields = (type) => schema.getType(type).getFields();
  fields('Query').region.resolve = (_, args) => regionById.get(args.id) ?? null;
  fields('Query').regions.resolve = (_, args) => regions.slice(0, args.first);
  // Batched like the C# side: one batch per level of the tree, per request.
  fields('Region').documents.resolve = (region, _, ctx) => ctx.documents.load(region.id);
  fields('Document').issuer.resolve = (doc, _, ctx) => ctx.agencies.load(doc.issuerId);
  return schema;
}

function context() {
  return {
    documents: new DataLoader(async (ids) => ids.map((id) => documentsByRegion.get(id) ?? [])),
    agencies: new DataLoader(async (ids) => ids.map((id) => agencyById.get(id) ?? null)),
  };
}

const schemas = {
  dashboard: dashboardSchema(),
  api: buildSchema(readFileSync(plan.apiSchemaPath, 'utf8')),
};

function stats(samples) {
  const sorted = Float64Array.from(samples).sort();
  const total = samples.reduce((a, b) => a + b, 0);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { count: samples.length, meanUs: total / samples.length, p50Us: at(0.5), p99Us: at(0.99), opsPerSec: samples.length / (total / 1e6) };
}

async function time(iterations, warmup, op) {
  for (let i = 0; i < warmup; i++) await op();
  const samples = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    const r = op();
    if (r && typeof r.then === 'function') await r;
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return stats(samples);
}

// Parse and validate take microseconds: run them for a while first so V8 has optimized them, as the C# side runs
// its own until the JIT is quiet (at least half a second). An operation that returns a promise (execute) is awaited
// before the next call.
async function warmFor(ms, op) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const r = op();
    if (r && typeof r.then === 'function') await r;
  }
}

function startServer() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const schema = schemas[req.url === '/api' ? 'api' : 'dashboard'];
      let result;
      const document = parse(body.query);
      const errors = validate(schema, document, specifiedRules);
      if (errors.length > 0) result = { errors };
      else result = await execute({ schema, document, variableValues: body.variables, contextValue: context() });
      const text = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  // Idle keep-alive connections stay open between the phases (the client reuses its sockets).
  server.keepAliveTimeout = 600_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Per case, the operation each phase times (one prepared document), for the timed loops and for --phases.
function phaseOperations() {
  const operations = new Map();
  for (const c of plan.cases) {
    const schema = schemas[c.schema];
    const document = parse(c.query);
    const errors = validate(schema, document, specifiedRules);
    if (errors.length > 0) throw new Error(`${c.name}: ${errors[0].message}`);
    operations.set(c.name, {
      parse: () => parse(c.query),
      validate: () => validate(schema, document, specifiedRules),
      execute: () => execute({ schema, document, variableValues: c.variables, contextValue: context() }),
    });
  }
  return operations;
}

async function answer(operations, line) {
  let command;
  try {
    command = JSON.parse(line);
  } catch {
    return { error: `not JSON: ${line}` };
  }
  const phases = operations.get(command.case);
  const op = phases && Object.hasOwn(phases, command.phase) ? phases[command.phase] : undefined;
  if (!op) return { error: `no case '${command.case}' with phase '${command.phase}' (parse, validate or execute)` };
  const ops = command.ops ?? 0;
  const warmMs = command.warmMs ?? 0;
  if (!Number.isInteger(ops) || ops < 0 || typeof warmMs !== 'number' || warmMs < 0) return { error: `bad ops or warmMs: ${line}` };
  if (warmMs > 0) await warmFor(warmMs, op);
  return ops > 0 ? time(ops, 0, op) : { count: 0, meanUs: 0, p50Us: 0, p99Us: 0, opsPerSec: 0 };
}

if (process.argv.includes('--phases')) {
  const operations = phaseOperations();
  process.stdout.write(JSON.stringify({ node: process.version, graphql: (await import('graphql')).version }) + '\n');
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    process.stdout.write(JSON.stringify(await answer(operations, line)) + '\n');
  }
} else if (process.argv.includes('--serve')) {
  const server = await startServer();
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    server.closeAllConnections();
    server.close();
  });
} else {
  const operations = phaseOperations();
  // Left out when the C# suite times them interleaved (--phases) instead.
  const timed = plan.inProcessPhases !== false;
  const results = [];
  for (const c of plan.cases) {
    const op = operations.get(c.name);
    const check = await op.execute();
    if (check.errors) throw new Error(`${c.name}: ${check.errors[0].message}`);
    const n = c.iterations;
    const w = c.warmup;
    results.push({
      name: c.name,
      responseBytes: Buffer.byteLength(JSON.stringify(check)),
      parse: timed ? (await warmFor(1000, op.parse), await time(n, w, op.parse)) : null,
      validate: timed ? (await warmFor(1000, op.validate), await time(n, w, op.validate)) : null,
      execute: timed ? await time(n, w, op.execute) : null,
    });
  }
  process.stdout.write(JSON.stringify({ node: process.version, graphql: (await import('graphql')).version, results }) + '\n');
}
