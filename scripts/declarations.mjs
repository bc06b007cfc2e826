// After tsup (`npm run build`): the declarations once, not once per module format. tsup writes
// each entry's types twice, as .d.ts (ESM) and .d.cts (CommonJS), with the shared chunks (the
// 560 KB of spec types among them) duplicated under two names. The types are the same, so each
// ESM entry's .d.ts becomes a one-line re-export of its .d.cts, and the ESM chunks go.
// CommonJS holds them because an ES module may import a CommonJS one (TypeScript types that
// import under node16/nodenext and bundler resolution alike) while the reverse is refused.
// publint and @arethetypeswrong/cli check the result (test/package.test.ts).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

/** The .d.ts files package.json exports: the ESM entry points. */
const entries = new Set(
  JSON.stringify(pkg.exports)
    .match(/\.\/dist\/[\w.-]+\.d\.ts/g)
    .map((p) => p.slice("./dist/".length)),
);
/** The relative declaration files a declaration file imports (its chunks). */
const importsOf = (file) =>
  [...readFileSync(`${dist}${file}`, "utf8").matchAll(/^(?:import|export)\b[^;]*?['"]\.\/([\w.-]+)\.js['"]/gm)].map(
    ([, name]) => `${name}.d.ts`,
  );
const twinOf = (file) => `${dist}${file.replace(/\.d\.ts$/, ".d.cts")}`;
// An entry built for ESM only (no .d.cts) keeps its declarations and the ESM chunks they import.
const keep = new Set();
const keepWithChunks = (file) => {
  if (keep.has(file)) return;
  keep.add(file);
  for (const chunk of importsOf(file)) keepWithChunks(chunk);
};
for (const entry of entries) if (!statSync(twinOf(entry), { throwIfNoEntry: false })) keepWithChunks(entry);

let before = 0;
let after = 0;
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".d.ts") || keep.has(file)) continue;
  const path = `${dist}${file}`;
  before += statSync(path).size;
  if (!entries.has(file)) {
    rmSync(path); // an ESM chunk: nothing refers to it once the entries re-export their twins
    continue;
  }
  const text = `export * from "./${file.replace(/\.d\.ts$/, ".cjs")}";\n`;
  writeFileSync(path, text);
  after += text.length;
}
console.log(`declarations: ESM entries re-export their .d.cts twins (${before} bytes of .d.ts → ${after})`);

// `gigstack.raw`, typed, for the apps that load `gigstack-ts/raw`. The getter is left out of the
// root entry's declarations (`@internal`: its type is openapi-fetch's, ~155,000 instantiations for
// every consumer that checks libraries); this module augmentation puts it back on the class as
// soon as a program imports the raw entry (`import "gigstack-ts/raw"`, or anything from it). It is
// written here, not in src/raw-entry.ts, because it must name the declaration chunk and the alias
// the class has there, which exist only after the build. The package test compiles a consumer
// against it.
const rawDecl = `${dist}raw.d.cts`;
const rawText = readFileSync(rawDecl, "utf8");
const classImport = rawText.match(/^import \{ (\w+) as Gigstack \} from '(\.\/[\w.-]+\.cjs)';$/m);
if (!classImport) throw new Error("declarations: dist/raw.d.cts does not import the Gigstack class as expected");
const [, alias, chunk] = classImport;
writeFileSync(
  rawDecl,
  `${rawText}
declare module '${chunk}' {
    interface ${alias} {
        /**
         * The openapi-fetch client typed by the spec's paths, with the key and the client's team
         * applied (the same object as \`rawClient(gigstack)\`): for calls the methods do not cover.
         * No retries, validation or error mapping. Typed once a program imports \`gigstack-ts/raw\`.
         */
        readonly raw: RawClient;
    }
}
`,
);
console.log(`declarations: gigstack.raw typed for programs that import gigstack-ts/raw (${chunk}, ${alias})`);
