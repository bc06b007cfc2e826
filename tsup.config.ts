/**
 * `npm run build`: dist/ with ESM (.js), CommonJS (.cjs) and their declarations (.d.ts, .d.cts)
 * for each public entry. Entries share chunks (errors.ts, catalogs.ts…), so that a
 * `GigstackError` from `gigstack-ts/webhooks` is the same class as the one from `gigstack-ts`.
 * The response schemas stay a separate chunk behind `import()`: only `validateResponses: "warn" | "strict"`
 * loads them. Not minified: the consumer's bundler minifies, and readable code helps debugging.
 */
import { copyFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["plugins"]>[number];

/**
 * In the CommonJS build, `import("./chunk.cjs")` becomes `require`: the same module instance
 * as the chunks the entry already required, and no ESM loader needed (Jest without
 * --experimental-vm-modules cannot run `import()` from CommonJS).
 */
const requireLazyChunks: Plugin = {
  name: "require-lazy-chunks",
  renderChunk(code) {
    if (this.format !== "cjs") return;
    return {
      code: code.replace(/\bimport\((["'])(\.\/[\w.-]+\.cjs)\1\)/g, "Promise.resolve().then(() => require($1$2$1))"),
    };
  },
};

export default defineConfig({
  entry: {
    index: "src/index.ts",
    catalogs: "src/catalogs.ts",
    fiscal: "src/fiscal.ts",
    webhooks: "src/webhooks.ts",
    // Node-only (child processes, http servers): imports node: built-ins, never reached from the core.
    testing: "src/testing/index.ts",
    raw: "src/raw-entry.ts",
    zod: "src/zod.ts",
  },
  format: ["esm", "cjs"],
  // CommonJS shares chunks too (tsup's cjs splitting), so classes are not duplicated per entry.
  splitting: true,
  // stripInternal: `@internal` members (test hooks, `Gigstack#raw`, whose type would pull
  // openapi-fetch's declarations into every consumer; see src/raw-entry.ts) are not published.
  dts: { compilerOptions: { stripInternal: true } },
  clean: true,
  // The core runs on Node 20+, Bun, Deno and edge runtimes: nothing Node-specific is assumed.
  platform: "neutral",
  target: "es2022",
  // Rollup after esbuild: it turns the split ESM chunks into CommonJS without lowering syntax.
  treeshake: true,
  plugins: [requireLazyChunks],
  sourcemap: false,
  minify: false,
  // openapi-fetch and zod stay imports (they are dependencies), resolved by the consumer.
  // node: built-ins and Prism (an optional peer, only ever resolved as a path) are the
  // testing entry's.
  external: ["openapi-fetch", "zod", /^zod\//, /^node:/, "@stoplight/prism-cli"],
  // `import.meta.url` in the CommonJS build of the testing entry (it finds its supervisor script).
  shims: true,
  // The testing entry spawns its Prism supervisor from the file next to it: plain JavaScript, copied.
  onSuccess: () => copyFile("src/testing/prism-supervisor.mjs", "dist/prism-supervisor.mjs"),
  outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
});
