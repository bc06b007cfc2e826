// Bundle sizes for `npm run bench`: what a user's bundler ships, measured with esbuild (minify,
// ESM, code splitting, browser platform) and gzip -9. "initial" is the entry chunk plus every
// chunk it imports statically (what loads before the first call); "lazy" is what only an
// `import()` pulls in (the response schemas, loaded when `validateResponses` is on; the
// request-error wording of explain.ts, loaded when a request is refused).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Bundles `source` (an ES module; absolute import paths, or package names resolved from
 * `root`/node_modules) and returns its sizes, and the minified bytes each input contributes to
 * the initial chunks.
 * @param {string} source
 * @param {{ root: string }} options
 */
export async function bundleSize(source, { root }) {
  const dir = mkdtempSync(join(tmpdir(), "gigstack-size-"));
  try {
    const entry = join(dir, "entry.mjs");
    writeFileSync(entry, source);
    mkdirSync(join(dir, "out"));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      splitting: true,
      platform: "browser",
      target: "es2022",
      outdir: join(dir, "out"),
      absWorkingDir: root,
      nodePaths: [join(root, "node_modules")],
      metafile: true,
      write: false,
      logLevel: "silent",
    });
    const outputs = result.metafile.outputs;
    const text = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.text]));
    const entryName = Object.keys(outputs).find((name) => outputs[name].entryPoint);
    const initial = new Set();
    const visit = (name) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const imp of outputs[name].imports)
        if (imp.kind === "import-statement" && outputs[imp.path]) visit(imp.path);
    };
    visit(entryName);
    const lazy = Object.keys(outputs).filter((name) => !initial.has(name) && name.endsWith(".js"));
    const sum = (names, f) => names.reduce((n, name) => n + f(name), 0);
    const inputs = {};
    for (const name of initial) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
        inputs[input] = (inputs[input] ?? 0) + bytesInOutput; // paths relative to root
      }
    }
    return {
      initialMin: sum([...initial], (n) => outputs[n].bytes),
      // Chunks are separate files, each compressed on its own.
      initialGz: sum([...initial], (n) => gz(text.get(n) ?? "")),
      lazyMin: sum(lazy, (n) => outputs[n].bytes),
      lazyGz: sum(lazy, (n) => gz(text.get(n) ?? "")),
      inputs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
