// `npm run bench` (after `npm run build`): prints a table of
//   1. per-request overhead against a local HTTP server in another process: raw fetch, raw fetch
//      with a timeout signal per request (the SDK's floor: it gives each attempt one), bare
//      openapi-fetch, openapi-fetch with auth + team middleware, and the SDK's receipts.get(id),
//      interleaved in short rounds of rotating order so that drift (CPU frequency, GC, other
//      load) spreads evenly over all;
//   2. bundle sizes (esbuild, minified, gzip -9) of the core and of each public entry, and what
//      the core is made of;
//   3. auto-pagination over BENCH_TOTAL_ITEMS (100 000) items: time, peak RSS growth, and the
//      heap still retained after a GC, beside a plain fetch loop over the same pages;
//   4. codegen time for the whole spec;
//   5. what the packed declarations cost a consumer's type-check (tsc --extendedDiagnostics,
//      skipLibCheck: false): instantiations of a client + get + list + create (bench-types.mjs).
// A benchmark, never a test: it asserts nothing, it reports. Targets are shown beside the figures.
import { fork, spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import { Gigstack } from "../dist/index.js";
import { bundleSize } from "./bench-size.mjs";
import { INSTANTIATION_TARGET, typeCost } from "./bench-types.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
// Rounds of 10 requests per client (500 rounds): the finer the interleaving, the less a drift
// of the machine's speed lands on one client. With rounds of 100, the ratios moved ±3% between
// runs here (and every client with a signal looked 1-2% slower); with rounds of 10, ±1.5%.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 500);
const WARMUP = 1_000;
const TOTAL_ITEMS = Number(process.env.BENCH_TOTAL_ITEMS ?? 100_000);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pad = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, n) =>
      [
        r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  "),
        ...(n === 0 ? [widths.map((w) => "-".repeat(w)).join("  ")] : []),
      ].join("\n"),
    )
    .join("\n");
};

// ------------------------------------------------------------------ the server

const server = fork(fileURLToPath(new URL("./bench-server.mjs", import.meta.url)), [], {
  env: { ...process.env, BENCH_TOTAL_ITEMS: String(TOTAL_ITEMS) },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const baseUrl = await new Promise((resolve, reject) => {
  server.once("message", (m) => resolve(m.url));
  server.once("exit", (code) => reject(new Error(`the bench server exited (${code})`)));
});
const stopServer = () => server.connected && server.disconnect();
process.on("exit", stopServer);

const cpu = cpus();
console.log(
  `machine: ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ` +
    `Node ${process.version} (${process.platform}/${process.arch})`,
);
console.log(`server: ${baseUrl} (separate process)\n`);

// ------------------------------------------------------------------ 1. per-request overhead

const API_KEY = "sk_bench";
const TEAM = "team_bench";
const ID = "rec_bench_1";
const api = `${baseUrl}/v2`;

const bare = createClient({ baseUrl: api, headers: { authorization: `Bearer ${API_KEY}` } });
const withMiddleware = createClient({ baseUrl: api });
withMiddleware.use(
  {
    onRequest({ request }) {
      request.headers.set("authorization", `Bearer ${API_KEY}`);
      return request;
    },
  },
  {
    onRequest({ request }) {
      const url = new URL(request.url);
      url.searchParams.set("team", TEAM);
      return new Request(url, request);
    },
  },
);
const gigstack = new Gigstack({ apiKey: API_KEY, baseUrl: api, team: TEAM });

const variants = [
  [
    "fetch + json()",
    async () => {
      const res = await fetch(`${api}/receipts/${ID}?team=${TEAM}`, {
        headers: { accept: "application/json", authorization: `Bearer ${API_KEY}` },
      });
      return res.json();
    },
  ],
  [
    "fetch + json() + a timeout signal per request (floor)",
    // The floor of the SDK's own overhead: what a per-attempt timeout costs done the obvious way,
    // as src/timeout.ts does it (an AbortController, a timer cleared at the end, a signal).
    async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const res = await fetch(`${api}/receipts/${ID}?team=${TEAM}`, {
          headers: { accept: "application/json", authorization: `Bearer ${API_KEY}` },
          signal: controller.signal,
        });
        return await res.json();
      } finally {
        clearTimeout(timer);
      }
    },
  ],
  ["openapi-fetch", () => bare.GET("/receipts/{id}", { params: { path: { id: ID }, query: { team: TEAM } } })],
  [
    "openapi-fetch + auth, team middleware",
    () => withMiddleware.GET("/receipts/{id}", { params: { path: { id: ID } } }),
  ],
  ["gigstack receipts.get(id)", () => gigstack.receipts.get(ID)],
];

for (const [name, call] of variants) {
  const result = await call();
  const id = result?.data?.data?.id ?? result?.data?.id ?? result?.id;
  if (id !== ID) throw new Error(`${name}: unexpected answer ${JSON.stringify(result).slice(0, 200)}`);
}

/** @type {Map<string, number[]>} */
const samples = new Map(variants.map(([name]) => [name, []]));
const runRound = async (perVariant, round, record) => {
  // Rotate the order every round: no variant always runs first (or right after another).
  for (let v = 0; v < variants.length; v++) {
    const [name, call] = variants[(v + round) % variants.length];
    const out = samples.get(name);
    for (let i = 0; i < perVariant; i++) {
      const t0 = performance.now();
      await call();
      const dt = performance.now() - t0;
      if (record) out.push(dt * 1000);
    }
  }
};
for (let round = 0; round < ROUNDS; round++) await runRound(WARMUP / ROUNDS, round, false);
for (let round = 0; round < ROUNDS; round++) await runRound(REQUESTS / ROUNDS, round, true);

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const stats = variants.map(([name]) => {
  const sorted = samples.get(name).sort((a, b) => a - b);
  return { name, n: sorted.length, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
});
const rawMedian = stats[0].median;
console.log(
  `1. Per-request overhead: GET /receipts/{id}, ${REQUESTS} sequential requests each after ${WARMUP} warm-up, ` +
    `${ROUNDS} interleaved rounds of ${REQUESTS / ROUNDS} (target: SDK ≤ 1.15× raw fetch)`,
);
console.log(
  pad([
    ["client", "requests", "median µs", "p99 µs", "median ÷ fetch"],
    ...stats.map((s) => [s.name, s.n, s.median.toFixed(1), s.p99.toFixed(1), `${(s.median / rawMedian).toFixed(2)}×`]),
  ]),
);
const sdkRatio = stats.at(-1).median / rawMedian;
const floorRatio = stats[1].median / rawMedian;
console.log(
  `   SDK ${sdkRatio.toFixed(2)}× raw fetch: target ≤ 1.15× ${sdkRatio <= 1.15 ? "met" : "NOT met"} ` +
    `(floor: raw fetch + per-request timeout signal ${floorRatio.toFixed(2)}×; SDK ÷ floor ${(sdkRatio / floorRatio).toFixed(2)}×)`,
);

// ------------------------------------------------------------------ 2. bundle sizes

const dist = `${root}dist`;
const bundles = [
  [
    "core: new Gigstack() + receipts.get()",
    `import { Gigstack } from "${dist}/index.js";\nexport const receipt = new Gigstack().receipts.get("rec_1");\n`,
    "≤ 20 KB",
  ],
  ["gigstack-ts/catalogs (every export)", `export * from "${dist}/catalogs.js";\n`, ""],
  ["gigstack-ts/fiscal (every export)", `export * from "${dist}/fiscal.js";\n`, ""],
  ["gigstack-ts/webhooks (every export)", `export * from "${dist}/webhooks.js";\n`, ""],
  ["gigstack-ts/zod (every export)", `export * from "${dist}/zod.js";\n`, ""],
  ["gigstack-ts/raw (every export)", `export * from "${dist}/raw.js";\n`, ""],
  ["reference: openapi-fetch alone", `import c from "openapi-fetch";\nexport const api = c({ baseUrl: "/" });\n`, ""],
];
const sizes = [];
for (const [name, source, target] of bundles) sizes.push([name, await bundleSize(source, { root }), target]);
const coreGz = sizes[0][1].initialGz;
console.log("\n2. Bundle size (esbuild --bundle --minify --splitting, ESM, browser; gzip -9 per chunk)");
console.log(
  pad([
    ["bundle", "min", "min+gz", "lazy chunks min+gz", "target"],
    ...sizes.map(([name, s, target]) => [
      name,
      kb(s.initialMin),
      kb(s.initialGz),
      s.lazyGz ? kb(s.lazyGz) : "-",
      target,
    ]),
  ]),
);
// What the core is made of, from the sources (the dist chunks do not say which file is which).
const core = await bundleSize(
  `import { Gigstack } from "${root}src/index.ts";\nexport const receipt = new Gigstack().receipts.get("rec_1");\n`,
  { root },
);
const groups = new Map();
const groupOf = (input) =>
  input.startsWith("node_modules/zod/")
    ? "zod/mini runtime"
    : input.startsWith("node_modules/openapi-fetch/")
      ? "openapi-fetch (for `raw`)"
      : input.startsWith("generated/zod/")
        ? "generated/zod/request.gen.ts (request schemas)"
        : input.startsWith("generated/") || input.startsWith("src/")
          ? input
          : "other";
for (const [input, bytes] of Object.entries(core.inputs)) {
  const group = groupOf(input);
  groups.set(group, (groups.get(group) ?? 0) + bytes);
}
const ranked = [...groups].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
const totalInputs = ranked.reduce((n, [, b]) => n + b, 0);
console.log(`   core ${kb(coreGz)} min+gz: target ≤ 20 KB ${coreGz <= 20 * 1024 ? "met" : "NOT met"}`);
console.log(`   core from src: ${kb(core.initialMin)} min, ${kb(core.initialGz)} min+gz; minified bytes by input:`);
console.log(
  pad([
    ["   input", "min", "share"],
    ...ranked.map(([g, b]) => [`   ${g}`, kb(b), `${((100 * b) / totalInputs).toFixed(0)}%`]),
  ]),
);

// ------------------------------------------------------------------ 3. auto-pagination

const paginate = (mode) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", fileURLToPath(new URL("./bench-paginate.mjs", import.meta.url)), baseUrl, mode],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`paginate ${mode}: ${code}`)),
    );
  });
const floor = await paginate("fetch");
const streamed = await paginate("stream");
const collected = await paginate("collect");
console.log(
  `\n3. Auto-pagination: ${TOTAL_ITEMS} items, server pages of 100, each run in a fresh process, after a 5,000-item warm-up, with a full GC every 1,000 items (target: < 30 MB RSS growth streaming)`,
);
console.log(
  pad([
    ["mode", "items", "requests", "time", "items/s", "peak RSS growth", "peak heap growth", "heap retained"],
    ...[
      ["reference: fetch + json() page loop, no SDK", floor],
      ["for await … of receipts.list() (streams)", streamed],
      ["collecting every item, as toArray() does (accumulates)", collected],
    ].map(([name, r]) => [
      name,
      r.items,
      r.requests,
      `${(r.ms / 1000).toFixed(2)} s`,
      Math.round(r.items / (r.ms / 1000)),
      mb(r.rssGrowthBytes),
      mb(r.heapGrowthBytes),
      mb(r.retainedBytes),
    ]),
  ]),
);
console.log(
  `   streaming ${mb(streamed.rssGrowthBytes)} peak RSS growth: target < 30 MB ${
    streamed.rssGrowthBytes < 30 * 2 ** 20 ? "met" : "NOT met"
  } (the fetch loop alone: ${mb(floor.rssGrowthBytes)}); heap retained ${mb(streamed.retainedBytes)} streaming vs ${mb(
    collected.retainedBytes,
  )} collected`,
);
stopServer();

// ------------------------------------------------------------------ 4. codegen

const codegen = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const code = await new Promise((resolve) =>
    spawn(process.execPath, [`${root}scripts/generate.mjs`, "--check"], { stdio: "ignore" }).on("exit", resolve),
  );
  codegen.push({ ms: performance.now() - t0, code });
}
codegen.sort((a, b) => a.ms - b.ms);
const median = codegen[1];
console.log(
  `\n4. Codegen: node scripts/generate.mjs --check (the whole spec, into a temporary folder, compared with generated/)`,
);
console.log(
  `   median of 3: ${(median.ms / 1000).toFixed(2)} s (min ${(codegen[0].ms / 1000).toFixed(2)} s)` +
    `${codegen.some((c) => c.code !== 0) ? " — generated/ is stale or generation failed" : ""}`,
);

// ------------------------------------------------------------------ 5. type-check cost

const types = await typeCost();
const instantiations = types.consumer.Instantiations;
console.log(
  `\n5. Type-check cost of the packed declarations (tsc --extendedDiagnostics, skipLibCheck: false, @types/node, lib es2022 + dom)`,
);
console.log(
  pad([
    ["file", "instantiations", "types", "files", "check time"],
    ...[
      ["empty file (the floor: lib and @types/node)", types.empty],
      ["new Gigstack() + receipts.get + clients.list + invoices.income.create", types.consumer],
      ["a code table from gigstack-ts/catalogs", types.catalogs],
    ].map(([name, f]) => [name, f.Instantiations, f.Types, f.Files, `${f["Check time"]} s`]),
  ]),
);
console.log(
  `   ${instantiations} instantiations: target ≤ ${INSTANTIATION_TARGET} ${instantiations <= INSTANTIATION_TARGET ? "met" : "NOT met"} (${instantiations - types.empty.Instantiations} above the empty file)`,
);
