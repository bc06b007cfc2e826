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
let before = 0;
let after = 0;
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".d.ts")) continue;
  const path = `${dist}${file}`;
  before += statSync(path).size;
  const twin = `${dist}${file.replace(/\.d\.ts$/, ".d.cts")}`;
  if (!entries.has(file)) {
    rmSync(path); // an ESM chunk: nothing refers to it once the entries re-export their twins
    continue;
  }
  if (!statSync(twin, { throwIfNoEntry: false })) throw new Error(`dist/${file} has no CommonJS twin`);
  const text = `export * from "./${file.replace(/\.d\.ts$/, ".cjs")}";\n`;
  writeFileSync(path, text);
  after += text.length;
}
console.log(`declarations: ESM entries re-export their .d.cts twins (${before} bytes of .d.ts → ${after})`);
