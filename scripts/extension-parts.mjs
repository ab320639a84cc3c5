// Builds the extension as several CommonJS bundles ("parts") instead of one, so that the extension
// host never has to compile and run all of it in one go (issue 5: the host is never blocked for more
// than 50 ms). dist/extension.js holds what activate() needs; each other part, dist/parts/<name>.js,
// is loaded on first use — the language client's, one part per turn of the event loop after
// activation (src/extension/engine.ts), the sidecar schema or export formats when a command needs them.
//
// Every module goes into exactly one part: a part holds what its entry modules need that no earlier
// part holds, and stops at another part's entry. A module of another part is reached through that
// part's `__modules` (a getter per module), never bundled twice: two copies would mean two
// instances of a class or of a module's state. The build checks it.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const SHIM = 'zhnews-part';

/**
 * @param {object} common esbuild options shared with the other bundles
 * @param {Array<{ name: string, entries: string[] }>} parts in load order; the first is dist/extension.js
 * @param {string} root the repository
 */
export async function buildExtensionParts(common, parts, root) {
  const file = (name, i) => (i === 0 ? `dist/${name}.js` : `dist/parts/${name}.js`);
  const entryPath = (e) => relative(root, e.startsWith('.') || e.startsWith('src/') ? resolve(root, e) : require.resolve(e, { paths: [root] }));
  const partEntries = parts.map((p) => p.entries.map(entryPath));

  // Pass 1: the whole module graph.
  const all = await esbuild.build({ ...common, write: false, metafile: true, entryPoints: partEntries.flat(), outdir: '/tmp/zhnews-parts-graph' });
  const inputs = all.metafile.inputs;
  const imports = (m) => (inputs[m]?.imports ?? []).filter((i) => !i.external).map((i) => i.path);
  const entryOf = new Map(partEntries.flatMap((es, k) => es.map((e) => [e, k])));
  const partOf = new Map();
  partEntries.forEach((es, k) => {
    const stack = [...es];
    while (stack.length) {
      const m = stack.pop();
      if (partOf.has(m) || (entryOf.has(m) && entryOf.get(m) !== k)) continue;
      partOf.set(m, k);
      stack.push(...imports(m));
    }
  });
  const missing = Object.keys(inputs).filter((m) => !partOf.has(m));
  if (missing.length) throw new Error(`extension parts: modules in no part: ${missing.join(', ')}`);
  // What each part must hand out: its modules that a module of another part imports.
  const exported = parts.map(() => new Set());
  for (const m of Object.keys(inputs)) for (const i of imports(m)) if (partOf.get(i) !== partOf.get(m)) exported[partOf.get(i)].add(i);
  partEntries.forEach((es, k) => es.forEach((e) => k > 0 && exported[k].add(e)));

  // Pass 2: one bundle per part.
  const results = await Promise.all(
    parts.map((part, k) => {
      const here = file(part.name, k);
      const requirePath = (j) => {
        const p = relative(resolve(root, here, '..'), resolve(root, file(parts[j].name, j)));
        return p.startsWith('.') ? p : `./${p}`;
      };
      const getters = [...exported[k]].map((m) => `  get ${JSON.stringify(m)}() { return require(${JSON.stringify(resolve(root, m))}); },`);
      const [first, ...rest] = partEntries[k];
      const contents = [
        // __modules first: a module of another part that this part's loading reaches may come back for one of ours.
        `exports.__modules = {\n${getters.join('\n')}\n};`,
        `const entry = require(${JSON.stringify(resolve(root, first))});`,
        ...rest.map((e) => `require(${JSON.stringify(resolve(root, e))});`),
        `for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(entry))) if (key !== '__modules') Object.defineProperty(exports, key, d);`,
      ].join('\n');
      const plugin = {
        name: SHIM,
        setup(build) {
          build.onResolve({ filter: /.*/ }, async (args) => {
            if (args.pluginData === SHIM) return undefined;
            if (args.namespace === SHIM) return { path: args.path, external: true };
            const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: SHIM });
            if (r.errors.length || r.external || !isAbsolute(r.path)) return undefined;
            const m = relative(root, r.path);
            const j = partOf.get(m);
            if (j === undefined || j === k) return undefined;
            return { path: m, namespace: SHIM, pluginData: j };
          });
          build.onLoad({ filter: /.*/, namespace: SHIM }, (args) => ({
            contents: `module.exports = require(${JSON.stringify(requirePath(args.pluginData))}).__modules[${JSON.stringify(args.path)}];`,
            loader: 'js',
          }));
        },
      };
      return esbuild.build({
        ...common,
        metafile: true,
        stdin: { contents, resolveDir: root, sourcefile: `parts/${part.name}`, loader: 'js' },
        outfile: here,
        plugins: [plugin],
      });
    }),
  );

  // The check: each module in exactly the part it was assigned to.
  const sizes = [];
  results.forEach((r, k) => {
    const out = Object.entries(r.metafile.outputs).find(([f]) => f.endsWith('.js'))[1];
    const bundled = Object.keys(out.inputs).filter((m) => !m.startsWith(`${SHIM}:`) && !m.startsWith('<stdin>') && !m.startsWith('parts/'));
    for (const m of bundled) {
      if (partOf.get(m) !== k) throw new Error(`extension parts: ${m} is bundled into ${parts[k].name} but belongs to ${parts[partOf.get(m)]?.name}`);
    }
    sizes.push({ part: file(parts[k].name, k), modules: bundled.length, bytes: out.bytes });
  });
  return sizes;
}
