// Builds the two pages the API serves into src/KnowledgeGraph.Api/wwwroot:
//   /            the delegation explorer (src/explorer)
//   /graphiql/   GraphiQL pointed at /graphql (src/graphiql)
// Everything is bundled from node_modules: the pages load nothing from a CDN.
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'KnowledgeGraph.Api', 'wwwroot');
const production = process.env.NODE_ENV !== 'development';

// Start clean so files removed from the sources do not linger in wwwroot.
await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'assets'), { recursive: true });
await mkdir(join(out, 'graphiql'), { recursive: true });

const common = {
  bundle: true,
  minify: production,
  // No source maps: the SDK would compress megabytes of them into the API's static assets on every build.
  sourcemap: production ? false : 'linked',
  target: ['es2022'],
  logLevel: 'warning',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

await build({
  ...common,
  entryPoints: { explorer: join(here, 'src', 'explorer', 'main.ts') },
  outdir: join(out, 'assets'),
  format: 'esm',
});

await build({
  ...common,
  entryPoints: { graphiql: join(here, 'src', 'graphiql', 'main.tsx') },
  outdir: join(out, 'graphiql'),
  format: 'esm',
  jsx: 'automatic',
  // GraphiQL's stylesheet references fonts and icons; keep them next to the bundle.
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
});

await cp(join(here, 'src', 'explorer', 'index.html'), join(out, 'index.html'));
await cp(join(here, 'src', 'graphiql', 'index.html'), join(out, 'graphiql', 'index.html'));

// The MSBuild target (src/KnowledgeGraph.Api/WebAssets.targets) compares this stamp with the sources.
await writeFile(join(out, '.web-build.stamp'), new Date().toISOString() + '\n');
console.log(`web assets built into ${out}`);
