// Why graphql-js's parse figure swings from run to run: parses one document in batches and prints each batch's p50.
//   node parse-batches.mjs FILE.graphql [batches=20] [size=1000]
//   node --min-semi-space-size=64 --max-semi-space-size=64 parse-batches.mjs FILE.graphql
// The batches of one process fall into two states about 2× apart, on this machine whatever the young generation
// size or CPU pinning (docs/benchmarks.md, "Quiet re-measure of main (session 4)").
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

const [file, batches = '20', size = '1000'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

const warmUntil = performance.now() + 1000; // as bench.mjs: a second of parsing before timing
while (performance.now() < warmUntil) parse(text);

const medians = [];
for (let b = 0; b < Number(batches); b++) {
  const samples = new Float64Array(Number(size));
  for (let i = 0; i < samples.length; i++) {
    const start = process.hrtime.bigint();
    parse(text);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  medians.push(samples[Math.floor(samples.length / 2)].toFixed(1));
}
console.log(`p50 per batch of ${size} (µs): ${medians.join(' ')}`);
