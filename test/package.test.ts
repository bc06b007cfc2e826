/**
 * The package as users get it: `npm pack` (which builds dist/ through `prepack`), publint and
 * @arethetypeswrong/cli on the tarball, then the tarball installed into a throwaway consumer
 * project and used once through `import`, once through `require`, and type-checked by `tsc`.
 *
 * No network and no registry: the consumer installs the tarball with --offline, against an empty
 * npm cache and an unreachable registry, together with tarballs of the runtime dependencies
 * (openapi-fetch, zod and theirs) repacked from this checkout's node_modules. So it works on a
 * fresh machine right after `npm ci`, and can never pass thanks to something fetched on the side.
 */
import { execFile } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editor } from "./support/editor.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const exec = promisify(execFile);

async function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    return await exec(file, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}\n${e.message}`);
  }
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** The runtime dependency closure, from the lockfile: what a consumer installs with us. */
function runtimeDependencies(): string[] {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dependencies?: Record<string, string> }>;
  };
  const names = new Set<string>();
  const visit = (deps: Record<string, string> | undefined) => {
    for (const name of Object.keys(deps ?? {})) {
      if (names.has(name)) continue;
      const entry = lock.packages[`node_modules/${name}`];
      if (!entry) throw new Error(`${name} is not installed at the top of node_modules; run npm ci`);
      names.add(name);
      visit(entry.dependencies);
    }
  };
  visit(lock.packages[""]?.dependencies);
  return [...names];
}

/** The consumer's checks, the same through `import` and `require`; prints what it saw as JSON. */
const consumerBody = `
const out = {};
const calls = [];
const reply = (status, body) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const fetch = async (input, init = {}) => {
  // The methods call fetch(url, init); gigstack.raw (openapi-fetch) calls fetch(request).
  const request = new Request(input, init);
  const u = new URL(request.url);
  calls.push(request.method + " " + u.pathname + u.search + " " + request.headers.get("authorization"));
  if (u.pathname === "/v2/receipts/rec_1") return reply(200, { data: { id: "rec_1" } });
  if (u.pathname === "/v2/receipts/rec_odd") return reply(200, { data: 42 });
  if (u.pathname === "/v2/receipts") {
    return reply(200, u.searchParams.get("next") ? { data: [{ id: "b" }], has_more: false } : { data: [{ id: "a" }], has_more: true, next: "c2" });
  }
  return reply(404, { message: "not found", error: "resource_not_found" });
};
const options = { apiKey: "sk_test", baseUrl: "https://api.example.test/v2", team: "team_1", fetch, maxRetries: 0 };
const gigstack = new Gigstack(options);
out.baseUrl = DEFAULT_BASE_URL;
out.receipt = (await gigstack.receipts.get("rec_1")).id;
out.listed = [];
for await (const receipt of gigstack.receipts.list({ limit: 1 })) out.listed.push(receipt.id);
try {
  await gigstack.receipts.get("missing");
} catch (err) {
  out.notFound = [err instanceof NotFoundError, err instanceof GigstackApiError, err instanceof GigstackError, err.status];
}
const sent = calls.length;
try {
  await gigstack.receipts.list({ limit: 1000 });
} catch (err) {
  out.invalidRequest = [err instanceof GigstackValidationError, calls.length === sent];
}
// validateResponses: "strict" loads the response schemas (a lazy chunk) on first use.
try {
  await new Gigstack({ ...options, validateResponses: "strict" }).receipts.get("rec_odd");
} catch (err) {
  out.invalidResponse = err instanceof GigstackValidationError;
}
// rawClient (gigstack-ts/raw) loads openapi-fetch (another lazy chunk) on its first call.
const raw = await rawClient(gigstack).GET("/receipts/{id}", { params: { path: { id: "rec_1" } } });
out.raw = [raw.response.status, raw.data?.data?.id];
out.calls = calls;
out.catalogs = [TAX_SYSTEMS.find((t) => t.code === "601")?.description, TaxSystemSchema.safeParse("601").success, TaxSystemSchema.safeParse("999").success];
out.fiscal = [validateRfc("XAXX010101000").valid, validateRfc("nope").valid];
const event = parseWebhookEvent('{"type":"invoice.stamped","data":{"object":{"id":"inv_1"}}}');
out.webhook = [event.type, event.known, event.data.object.id];
try {
  parseWebhookEvent("not json");
} catch (err) {
  // One GigstackError class across entries: the webhooks entry shares it with the root.
  out.webhookError = [err instanceof GigstackWebhookError, err instanceof GigstackError, err.reason];
}
console.log(JSON.stringify(out));
`;

const esm = `import { DEFAULT_BASE_URL, Gigstack, GigstackApiError, GigstackError, GigstackValidationError, NotFoundError } from "gigstack-ts";
import { TAX_SYSTEMS } from "gigstack-ts/catalogs";
import { TaxSystemSchema } from "gigstack-ts/zod";
import { validateRfc } from "gigstack-ts/fiscal";
import { GigstackWebhookError, parseWebhookEvent } from "gigstack-ts/webhooks";
import { rawClient } from "gigstack-ts/raw";
${consumerBody}`;

const cjs = `const { DEFAULT_BASE_URL, Gigstack, GigstackApiError, GigstackError, GigstackValidationError, NotFoundError } = require("gigstack-ts");
const { TAX_SYSTEMS } = require("gigstack-ts/catalogs");
const { TaxSystemSchema } = require("gigstack-ts/zod");
const { validateRfc } = require("gigstack-ts/fiscal");
const { GigstackWebhookError, parseWebhookEvent } = require("gigstack-ts/webhooks");
const { rawClient } = require("gigstack-ts/raw");
if (require("gigstack-ts/package.json").name !== "gigstack-ts") throw new Error("package.json is not exported");
(async () => {
${consumerBody}
})().catch((err) => {
  console.error(err);
  process.exit(1);
});`;

/** Type-checked, never run: the declarations must type the API precisely, not as `any`. */
const typed = `import {
  type ClientListItem,
  type DataOf,
  Gigstack,
  GigstackError,
  type Invoice,
  type InvoiceIncomeCreateParams,
  type ItemOf,
} from "gigstack-ts";
import { TAX_SYSTEMS, type TaxSystem } from "gigstack-ts/catalogs";
import { validateRfc } from "gigstack-ts/fiscal";
import { rawClient } from "gigstack-ts/raw";
import { isWebhookEventType, parseWebhookEvent } from "gigstack-ts/webhooks";

export async function main(): Promise<string[]> {
  const gigstack = new Gigstack({ apiKey: "sk_test", team: "team_1" });
  const receipt: DataOf<"getReceipt"> = await gigstack.receipts.get("rec_1", { timeoutMs: 5_000 });
  const ids: string[] = [receipt.id];
  for await (const item of gigstack.receipts.list({ limit: 10 })) {
    const same: ItemOf<"listReceipts"> = item;
    ids.push(same.id);
  }
  // @ts-expect-error an id is a string
  await gigstack.receipts.get(42);
  // A body built in a typed variable first, by its named type (issue 14).
  const body: InvoiceIncomeCreateParams = {
    client: { id: "client_1" },
    items: [{ id: "service_1", quantity: 1 }],
    payment_form: "03",
  };
  const invoice: Invoice = await gigstack.invoices.income.create(body);
  if (invoice.uuid) ids.push(invoice.uuid);
  // @ts-expect-error not a SAT c_FormaPago code
  const typo: InvoiceIncomeCreateParams = { ...body, payment_form: "3" };
  const first: ClientListItem | undefined = (await gigstack.clients.list()).data[0];
  ids.push(first?.id ?? "", typo.series ?? "");
  // @ts-expect-error no such method
  gigstack.receipts.frobnicate();
  const raw = await rawClient(gigstack).GET("/receipts/{id}", { params: { path: { id: "rec_1" } } });
  if (raw.data) ids.push(raw.data.data.id);
  // @ts-expect-error not a path of the spec
  await rawClient(gigstack).GET("/receipts/{id}/nope");
  // gigstack.raw is the same client, typed because this program imports gigstack-ts/raw.
  const direct = await gigstack.raw.GET("/receipts/{id}", { params: { path: { id: "rec_1" } } });
  if (direct.data) ids.push(direct.data.data.id);
  // @ts-expect-error not a path of the spec
  await gigstack.raw.GET("/receipts/{id}/nope");
  const regime: TaxSystem = TAX_SYSTEMS[0].code;
  // @ts-expect-error not a SAT regime
  const wrong: TaxSystem = "999";
  const rfc = validateRfc("XAXX010101000");
  if (rfc.valid) ids.push(rfc.personType);
  const event = parseWebhookEvent("{}");
  if (isWebhookEventType(event, "invoice.stamped")) ids.push(event.type);
  const error: GigstackError = new GigstackError("x");
  return [...ids, regime, wrong, error.message];
}
`;

let work = "";
let tarball = "";
let packed: PackResult;
let consumer = "";
let depTarballs: string[] = [];

/** Installs the tarball and its runtime dependencies into a new project, offline. */
async function installConsumer(dir: string, pkg: Record<string, unknown>) {
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ private: true, ...pkg }, null, 2)}\n`);
  await run(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, ...depTarballs],
    dir,
    { npm_config_cache: join(work, "empty-npm-cache"), npm_config_registry: "http://127.0.0.1:9/" },
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "gigstack-package-"));
  // A fresh dist/ first; then pack without scripts, so that stdout is only npm's JSON (the
  // build's log lines would otherwise precede it, and CI logs them differently).
  await run("npm", ["run", "build"], root);
  const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root);
  packed = (JSON.parse(stdout) as PackResult[])[0]!;
  tarball = join(work, packed.filename);

  const deps = join(work, "deps");
  mkdirSync(deps);
  depTarballs = [];
  for (const name of runtimeDependencies()) {
    const out = await run(
      "npm",
      ["pack", "--json", "--ignore-scripts", "--pack-destination", deps, join(root, "node_modules", name)],
      root,
    );
    depTarballs.push(join(deps, (JSON.parse(out.stdout.slice(out.stdout.indexOf("["))) as PackResult[])[0]!.filename));
  }

  consumer = join(work, "consumer");
  await installConsumer(consumer, { name: "consumer" });
  writeFileSync(join(consumer, "esm.mjs"), esm);
  writeFileSync(join(consumer, "cjs.cjs"), cjs);
  writeFileSync(join(consumer, "typed.mts"), typed);
  writeFileSync(join(consumer, "typed.cts"), typed);
  writeFileSync(join(consumer, "typed-bundler.ts"), typed);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the published package", () => {
  it("contains dist/, the spec, package.json, README.md and LICENSE only, and every file the exports map names", () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files.filter((f) => !/^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/.test(f))).toEqual([
      "LICENSE",
      "README.md",
      // gigstack-ts/testing spawns it by path: plain JavaScript, copied by the build.
      "dist/prism-supervisor.mjs",
      // gigstack-ts/openapi.yaml: the spec the SDK was generated from, for users' own tools.
      "openapi/gigstack-v2.yaml",
      "package.json",
    ]);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const targets = JSON.stringify(pkg.exports).match(/\.\/(dist|openapi)\/[\w.-]+/g) ?? [];
    expect(targets).toContain("./openapi/gigstack-v2.yaml");
    for (const target of targets) expect(files).toContain(target.slice(2));
  });

  it("declares each entry once: the ESM .d.ts re-exports the CommonJS .d.cts", () => {
    const files = packed.files.map((f) => f.path);
    // An entry built for ESM only (no .d.cts) would keep its own declarations.
    const esm = files.filter((f) => f.endsWith(".d.ts") && files.includes(f.replace(/\.d\.ts$/, ".d.cts")));
    for (const file of esm) {
      const text = readFileSync(join(consumer, "node_modules", "gigstack-ts", file), "utf8");
      expect(text, file).toBe(`export * from "./${file.slice("dist/".length).replace(/\.d\.ts$/, ".cjs")}";\n`);
    }
    expect(esm.length).toBeGreaterThan(0);
  });

  /** The packages the declarations of `entry` import, following its chunks. */
  const declarationImports = (entry: string): Set<string> => {
    const dist = join(consumer, "node_modules", "gigstack-ts", "dist");
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(dist, file), "utf8");
      // Statements only (at the start of a line): doc comments quote imports too.
      for (const [, from, bare] of text.matchAll(
        /^(?:import|export)\b[^;]*?\bfrom ['"]([^'"]+)['"]|^import ['"]([^'"]+)['"]/gm,
      )) {
        const spec = from ?? bare;
        if (spec === undefined) continue;
        if (spec.startsWith("./")) visit(spec.slice(2).replace(/\.c?js$/, ".d.cts"));
        else packages.add(spec);
      }
    };
    visit(`${entry}.d.cts`);
    return packages;
  };

  it("keeps zod's and openapi-fetch's declarations out of the entries that do not need them", () => {
    // Each costs a consumer that checks libraries tens of thousands of type instantiations.
    expect([...declarationImports("index")]).toEqual([]);
    expect([...declarationImports("catalogs")]).toEqual([]);
    expect([...declarationImports("fiscal")]).toEqual([]);
    expect([...declarationImports("webhooks")]).toEqual([]);
    expect([...declarationImports("testing")]).not.toContain("zod/mini");
    expect([...declarationImports("raw")]).toEqual(["openapi-fetch"]);
    expect([...declarationImports("zod")]).toContain("zod/mini");
  });

  it("shows a method's named parameters, route and docs page on hover, from the published declarations", () => {
    const probe = `import { Gigstack } from "gigstack-ts";
const gigstack = new Gigstack({ apiKey: "sk_test" });
export const payment = gigstack.payments.register({ client: { id: "client_1" }, items: [], payment_form: "03" });
`;
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
    };
    const probed = editor(join(consumer, "hover.ts"), probe, options, consumer);
    const hover = probed.hover("register");
    expect(hover.signature).toContain(
      "register(body: PaymentRegisterParams, options?: RequestOptions): Promise<PaymentRegisterResult>",
    );
    expect(hover.documentation).toContain("POST /payments/register");
    expect(hover.see.join(" ")).toContain("https://docs.gigstack.io/register-payment-20352682e0");
  }, 60_000);

  it("passes publint --strict", async () => {
    const { stdout } = await run(bin("publint"), ["run", "--strict", tarball], root);
    expect(stdout).toContain("All good");
  }, 60_000);

  it("passes @arethetypeswrong/cli for every entry and resolution mode", async () => {
    // ./openapi.yaml is a data file, not a module: nothing to type.
    const { stdout } = await run(
      bin("attw"),
      ["--format", "json", tarball, "--exclude-entrypoints", "./openapi.yaml"],
      root,
    );
    const report = JSON.parse(stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([
      ".",
      "./catalogs",
      "./fiscal",
      "./package.json",
      "./raw",
      "./testing",
      "./webhooks",
      "./zod",
    ]);
  }, 120_000);

  const expected = {
    baseUrl: "https://api.gigstack.io/v2",
    receipt: "rec_1",
    listed: ["a", "b"],
    notFound: [true, true, true, 404],
    invalidRequest: [true, true],
    invalidResponse: true,
    calls: [
      "GET /v2/receipts/rec_1?team=team_1 Bearer sk_test",
      "GET /v2/receipts?limit=1&team=team_1 Bearer sk_test",
      "GET /v2/receipts?limit=1&next=c2&team=team_1 Bearer sk_test",
      "GET /v2/receipts/missing?team=team_1 Bearer sk_test",
      "GET /v2/receipts/rec_odd?team=team_1 Bearer sk_test",
      "GET /v2/receipts/rec_1?team=team_1 Bearer sk_test",
    ],
    raw: [200, "rec_1"],
    catalogs: ["General de Ley Personas Morales", true, false],
    fiscal: [true, false],
    webhook: ["invoice.stamped", true, "inv_1"],
    webhookError: [true, true, "invalid-json"],
  };

  it("works through import (ESM)", async () => {
    const { stdout } = await run(process.execPath, ["esm.mjs"], consumer);
    expect(JSON.parse(stdout)).toEqual(expected);
  }, 30_000);

  it("works through require (CommonJS)", async () => {
    const { stdout } = await run(process.execPath, ["cjs.cjs"], consumer);
    expect(JSON.parse(stdout)).toEqual(expected);
  }, 30_000);

  /** A consumer's strict tsconfig for `files`. */
  const config = (module: string, moduleResolution: string, files: string[]) =>
    JSON.stringify({
      compilerOptions: {
        module,
        moduleResolution,
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [],
        strict: true,
        noEmit: true,
        // Off: our declarations, and what they pull from zod and openapi-fetch, must compile.
        skipLibCheck: false,
      },
      files,
    });

  it("type-checks a consumer under node16 (ESM and CommonJS) and bundler resolution", async () => {
    writeFileSync(join(consumer, "tsconfig.node16.json"), config("nodenext", "nodenext", ["typed.mts", "typed.cts"]));
    writeFileSync(join(consumer, "tsconfig.bundler.json"), config("esnext", "bundler", ["typed-bundler.ts"]));
    await run(bin("tsc"), ["-p", "tsconfig.node16.json"], consumer);
    await run(bin("tsc"), ["-p", "tsconfig.bundler.json"], consumer);
  }, 120_000);

  it("types gigstack.raw only in programs that import gigstack-ts/raw (openapi-fetch's types cost the others nothing)", async () => {
    writeFileSync(
      join(consumer, "no-raw.ts"),
      `import { Gigstack } from "gigstack-ts";
// @ts-expect-error gigstack.raw is typed by gigstack-ts/raw, which this program does not import
export const raw = new Gigstack({ apiKey: "sk_test" }).raw;
`,
    );
    writeFileSync(join(consumer, "tsconfig.no-raw.json"), config("esnext", "bundler", ["no-raw.ts"]));
    await run(bin("tsc"), ["-p", "tsconfig.no-raw.json"], consumer);
  }, 120_000);
});

/**
 * gigstack-ts/testing as a user installs it. Without @stoplight/prism-cli (an optional peer,
 * so npm does not install it): a GigstackConfigError naming the install command. With it:
 * examples/testing, a user's app and its vitest test, run in a project of its own against the
 * tarball. That project gets vitest and Prism as links to this checkout's copies (the versions of
 * package-lock.json, no network): what `npm i -D vitest @stoplight/prism-cli` would install.
 */
describe("gigstack-ts/testing from the published package", () => {
  const missingPrism = `
const out = [];
// Each build with its own error class (ESM and CommonJS are two module instances).
for (const [testing, root] of [[esm, esmRoot], [cjs, cjsRoot]]) {
  try {
    await testing.startMockServer();
    out.push("started");
  } catch (err) {
    out.push([err instanceof root.GigstackConfigError, err.name, err.message]);
  }
}
console.log(JSON.stringify(out));`;

  it("without @stoplight/prism-cli, startMockServer() fails with a GigstackConfigError naming the install command", async () => {
    writeFileSync(
      join(consumer, "no-prism.mjs"),
      `import { createRequire } from "node:module";
import * as esmRoot from "gigstack-ts";
import * as esm from "gigstack-ts/testing";
const require = createRequire(import.meta.url);
const cjs = require("gigstack-ts/testing");
const cjsRoot = require("gigstack-ts");
${missingPrism}`,
    );
    const { stdout } = await run(process.execPath, ["no-prism.mjs"], consumer);
    const [fromEsm, fromCjs] = JSON.parse(stdout) as [boolean, string, string][];
    expect(fromEsm).toEqual(fromCjs);
    expect(fromEsm?.slice(0, 2)).toEqual([true, "GigstackConfigError"]);
    expect(fromEsm?.[2]).toContain("`npm i -D @stoplight/prism-cli@5.14.2`");
  }, 30_000);

  it("ships the spec as gigstack-ts/openapi.yaml, byte for byte the repository's", async () => {
    const { stdout } = await run(
      process.execPath,
      ["-p", 'require("node:fs").readFileSync(require.resolve("gigstack-ts/openapi.yaml"), "utf8").length'],
      consumer,
    );
    expect(Number(stdout)).toBe(readFileSync(join(root, "openapi/gigstack-v2.yaml"), "utf8").length);
    const { stdout: path } = await run(
      process.execPath,
      ["-p", 'require.resolve("gigstack-ts/openapi.yaml")'],
      consumer,
    );
    expect(readFileSync(path.trim(), "utf8")).toBe(readFileSync(join(root, "openapi/gigstack-v2.yaml"), "utf8"));
  }, 30_000);

  let app = "";

  it("runs examples/testing under vitest: invoice, PDF bytes, typed 404, a reported violation; the runner exits by itself", async () => {
    app = join(work, "example-app");
    await installConsumer(app, { name: "example-app", type: "module" });
    mkdirSync(join(app, "node_modules", "@stoplight"), { recursive: true });
    symlinkSync(
      join(root, "node_modules", "@stoplight", "prism-cli"),
      join(app, "node_modules", "@stoplight", "prism-cli"),
    );
    symlinkSync(join(root, "node_modules", "vitest"), join(app, "node_modules", "vitest"));
    const sources = readdirSync(join(root, "examples", "testing")).filter((f) => f.endsWith(".ts"));
    expect(sources.sort()).toEqual(["app.test.ts", "app.ts"]);
    for (const file of sources) copyFileSync(join(root, "examples", "testing", file), join(app, file));
    // And a test file that forgets close(): the run must still end on its own.
    writeFileSync(
      join(app, "forgets-close.test.ts"),
      `import { startMockServer } from "gigstack-ts/testing";
import { expect, it } from "vitest";
it("uses a mock and never closes it", async () => {
  const mock = await startMockServer();
  expect((await mock.client().clients.get("client_1")).id).toBeTruthy();
}, 60_000);
`,
    );
    // The example is a user's code: it must type-check against the package's declarations.
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          lib: ["es2022", "dom"],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        files: ["app.ts", "app.test.ts"],
      }),
    );
    await run(bin("tsc"), ["-p", "tsconfig.json"], app);

    // Exec's timeout is the "exits by itself" check: a runner held open by the mock fails here.
    const env = { ...process.env };
    for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(app, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=verbose"],
      { cwd: app, env, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 },
    ).catch((err: { stdout?: string; stderr?: string; killed?: boolean; message: string }) => {
      throw new Error(
        `vitest in the example app failed${err.killed ? " (killed: it did not exit)" : ""}:\n${err.stdout}\n${err.stderr}\n${err.message}`,
      );
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes, if the runner prints any
    const text = stdout.replace(/\x1b\[[0-9;]*m/g, "");
    for (const name of [
      "stamps the invoice, keeps its PDF and registers the payment once, with requests the API accepts",
      "flags the sale for review when the SAT refuses the customer's data, and registers no payment",
      "answers with a typed error when asked for one",
      "reports a request that breaks the spec",
      "uses a mock and never closes it",
    ]) {
      expect(text).toMatch(new RegExp(`✓ .*> ${name.replace(/[()]/g, "\\$&")} \\d+ms`));
    }
    expect(text).toMatch(/Tests\s+5 passed \(5\)/);
  }, 240_000);

  /**
   * Jest is no dependency of ours: it is installed on demand, once per machine, into a cache
   * (the npm registry is the one network this project's machines reach). The user's files are
   * plain CommonJS, as Jest runs them without a transform.
   */
  it("works under Jest (CommonJS), and a suite that forgets close() lets Jest exit", async () => {
    expect(app, "runs after the vitest example, in its project").not.toBe("");
    const JEST = "30.5.2";
    const cache = join(homedir(), ".cache", "gigstack-ts", `jest-${JEST}`);
    const jest = join(cache, "node_modules", "jest", "bin", "jest.js");
    if (!existsSync(jest)) {
      mkdirSync(cache, { recursive: true });
      writeFileSync(join(cache, "package.json"), "{}\n");
      await run("npm", ["install", "--no-audit", "--no-fund", "--no-save", `jest@${JEST}`], cache);
    }
    const dir = join(app, "jest");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "mock.test.cjs"),
      `const { NotFoundError } = require("gigstack-ts");
const { prefer, startMockServer } = require("gigstack-ts/testing");
let mock;
beforeAll(async () => {
  mock = await startMockServer();
}, 60000);
afterAll(() => mock.close());
test("typed 404 and PDF bytes under jest", async () => {
  const gigstack = mock.client();
  await expect(gigstack.clients.get("client_x", prefer({ code: 404 }))).rejects.toBeInstanceOf(NotFoundError);
  const pdf = await gigstack.invoices.download("5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90", "pdf");
  expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
  expect(mock.requests.map((r) => [r.target, r.accepted])).toEqual([["api", true], ["api", true], ["file", true]]);
});
`,
    );
    writeFileSync(
      join(dir, "forgets-close.test.cjs"),
      `const { startMockServer } = require("gigstack-ts/testing");
test("uses a mock and never closes it", async () => {
  const mock = await startMockServer();
  expect((await mock.client().clients.get("client_1")).id).toBeTruthy();
}, 60000);
`,
    );
    // Exec's timeout is the check that Jest exits: a held event loop keeps it running.
    const { stderr } = await promisify(execFile)(
      process.execPath,
      [jest, "--rootDir", dir, "--testMatch", "**/*.test.cjs", "--ci"],
      { cwd: app, timeout: 150_000 },
    ).catch((err: { stdout?: string; stderr?: string; killed?: boolean; message: string }) => {
      throw new Error(`jest failed${err.killed ? " (killed: it did not exit)" : ""}:\n${err.stdout}\n${err.stderr}`);
    });
    expect(stderr).toMatch(/Tests:\s+2 passed, 2 total/);
    expect(stderr).not.toMatch(/did not exit/);
  }, 300_000);
});
