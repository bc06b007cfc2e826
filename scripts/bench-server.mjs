// The local API for `npm run bench`, run in its own process (scripts/bench.mjs forks it) so that
// its work never counts against the client being measured. Answers on 127.0.0.1:
//   GET /v2/receipts/{id}           one receipt in the data envelope (the same bytes every time)
//   GET /v2/receipts?next=<offset>  a cursor page of 100 receipts out of TOTAL_ITEMS
// and tells the parent its URL over IPC.
import { createServer } from "node:http";

const TOTAL_ITEMS = Number(process.env.BENCH_TOTAL_ITEMS ?? 100_000);
const PAGE_SIZE = 100;

const receipt = (id) => ({
  id,
  status: "pending",
  total: 1160,
  currency: "MXN",
  livemode: false,
  created_at: 1735689600000,
  items: [{ description: "Servicio de consultoría", quantity: 1, total: 1160, product_key: "80101500" }],
  client: { name: "Público en general", tax_id: "XAXX010101000" },
  metadata: { order: id },
});

const one = Buffer.from(JSON.stringify({ message: "ok", data: receipt("rec_bench_1") }));

function page(offset) {
  const end = Math.min(offset + PAGE_SIZE, TOTAL_ITEMS);
  const data = [];
  for (let i = offset; i < end; i++) data.push(receipt(`rec_${i}`));
  const hasMore = end < TOTAL_ITEMS;
  return Buffer.from(
    JSON.stringify({ data, has_more: hasMore, next: hasMore ? String(end) : null, total_results: TOTAL_ITEMS }),
  );
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  let body;
  if (req.method === "GET" && url.pathname === "/v2/receipts") body = page(Number(url.searchParams.get("next") ?? 0));
  else if (req.method === "GET" && url.pathname.startsWith("/v2/receipts/")) body = one;
  if (!body) {
    res.writeHead(404, { "content-type": "application/json" }).end('{"message":"not found","error":"not_found"}');
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  process.send?.({ url: `http://127.0.0.1:${port}` });
});
process.on("disconnect", () => process.exit(0));
