// Auto-pagination for `npm run bench`, in a fresh process (node --expose-gc) so that RSS growth
// is this loop's alone. Usage: node --expose-gc scripts/bench-paginate.mjs <baseUrl> <mode>
//   stream   `for await (const receipt of gigstack.receipts.list())`: items must not accumulate
//   collect  `.toArray()`: they do, which shows what the measurement would catch
//   fetch    the same pages with fetch + json() and no SDK: the floor any client pays
// Each mode first warms up over 5,000 items the same way (see below), then takes its baseline.
// Every mode runs a full GC every 1,000 items (sampling just before it): without that, peak
// growth mostly measures garbage V8 has not got round to collecting (it grows the heap rather
// than collect early; a plain fetch loop then "grows" 60 MB), which says nothing about whether
// items stream. `retained` is the heap still in use after a final GC, items still in scope.
// Prints one JSON line: { items, ms, requests, rssGrowthBytes, heapGrowthBytes, retainedBytes }.
import { Gigstack } from "../dist/index.js";

const [baseUrl, mode = "stream"] = process.argv.slice(2);
if (!baseUrl || typeof globalThis.gc !== "function") {
  console.error("usage: node --expose-gc scripts/bench-paginate.mjs <baseUrl> <stream|collect>");
  process.exit(2);
}

let requests = 0;
const gigstack = new Gigstack({
  apiKey: "sk_bench",
  baseUrl: `${baseUrl}/v2`,
  fetch: (input, init) => {
    requests++;
    return fetch(input, init);
  },
});

// Warm-up, the same way as the run: loads the code paths and lets V8 size its young generation
// (it grows its semi-spaces, up to 2 x 16 MB, under a steady allocation rate) before the
// baseline is taken; otherwise that one-off sizing, which a plain fetch loop pays as much as
// the SDK, dominates the "growth" and hides whether items accumulate.
const WARMUP_ITEMS = 5_000;
if (mode === "fetch") {
  for (let offset = 0; offset < WARMUP_ITEMS; offset += 100) {
    const res = await fetch(`${baseUrl}/v2/receipts?limit=100&next=${offset}`, {
      headers: { accept: "application/json", authorization: "Bearer sk_bench" },
    });
    await res.json();
  }
} else {
  let seen = 0;
  for await (const _ of gigstack.receipts.list({ limit: 100 })) if (++seen >= WARMUP_ITEMS) break;
}
globalThis.gc();
requests = 0;
const rss0 = process.memoryUsage.rss();
const heap0 = process.memoryUsage().heapUsed;
let peakRss = rss0;
let peakHeap = heap0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

const started = performance.now();
let items = 0;
let kept;
/** Sample the peak, then collect garbage, every 1,000 items. */
const tick = () => {
  if (++items % 1_000 === 0) {
    sample();
    globalThis.gc();
  }
};
if (mode === "collect") {
  // What toArray() does, with the same GC cadence as the other modes.
  kept = [];
  for await (const receipt of gigstack.receipts.list({ limit: 100 })) {
    kept.push(receipt);
    tick();
  }
} else if (mode === "fetch") {
  let next = "";
  do {
    const res = await fetch(`${baseUrl}/v2/receipts?limit=100${next && `&next=${next}`}`, {
      headers: { accept: "application/json", authorization: "Bearer sk_bench" },
    });
    requests++;
    const page = await res.json();
    for (const receipt of page.data) {
      if (receipt.id === undefined) throw new Error("an item without id");
      tick();
    }
    next = page.has_more ? page.next : "";
  } while (next);
} else {
  for await (const receipt of gigstack.receipts.list({ limit: 100 })) {
    if (receipt.id === undefined) throw new Error("an item without id");
    tick();
  }
}
const ms = performance.now() - started;
sample();
globalThis.gc();
const retainedBytes = process.memoryUsage().heapUsed - heap0;
if (kept && kept.length !== items) throw new Error("unreachable: keeps `kept` alive through the GC above");
console.log(
  JSON.stringify({
    items,
    ms,
    requests,
    rssGrowthBytes: peakRss - rss0,
    heapGrowthBytes: peakHeap - heap0,
    retainedBytes,
  }),
);
