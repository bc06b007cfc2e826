// Auto-pagination against a local server that serves scripted pages over real sockets.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Gigstack } from "../src/index.js";

type Pages = Record<string, { data: unknown[]; has_more?: boolean; next?: string | null; total_results?: number }>;
let pages: Pages = {};
const requests: URL[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url);
    const isSearch = url.pathname.endsWith("/search");
    const page =
      pages[isSearch ? `page:${url.searchParams.get("page") ?? "1"}` : (url.searchParams.get("next") ?? "first")];
    res.writeHead(page ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(page ? { message: "ok", ...page } : { message: "no page", error: "resource_not_found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const gigstack = () => new Gigstack({ apiKey: "sk_test_pages", baseUrl: baseUrl, maxRetries: 0 });
const client = (n: number) => ({ id: `client_${n}` });
const ids = (items: { id: string }[]) => items.map((c) => c.id);

function serve(p: Pages) {
  pages = p;
  requests.length = 0;
}

describe("cursor lists", () => {
  it("await gives the first page with its cursor, and nextPage() follows it", async () => {
    serve({
      first: { data: [client(1), client(2)], has_more: true, next: "c2", total_results: 3 },
      c2: { data: [client(3)], has_more: false, next: null },
    });
    const first = await gigstack().clients.list({ limit: 2 });
    expect(ids(first.data)).toEqual(["client_1", "client_2"]);
    expect(first).toMatchObject({ hasMore: true, next: "c2", totalResults: 3 });
    const second = await first.nextPage();
    expect(ids(second?.data ?? [])).toEqual(["client_3"]);
    expect(second?.hasMore).toBe(false);
    expect(await second?.nextPage()).toBeUndefined();
    expect(requests.map((u) => u.searchParams.get("next"))).toEqual([null, "c2"]);
    expect(requests.every((u) => u.searchParams.get("limit") === "2")).toBe(true);
  });

  it("for await yields every item across pages, skipping nulls and past empty pages", async () => {
    serve({
      first: { data: [client(1), null, client(2)], has_more: true, next: "c2" },
      c2: { data: [], has_more: true, next: "c3" },
      c3: { data: [null, client(3)], has_more: false },
    });
    const seen: string[] = [];
    for await (const c of gigstack().clients.list()) seen.push(c.id);
    expect(seen).toEqual(["client_1", "client_2", "client_3"]);
    expect(requests).toHaveLength(3);
  });

  it("stops at a repeated cursor instead of looping forever", async () => {
    serve({
      first: { data: [client(1)], has_more: true, next: "loop" },
      loop: { data: [client(2)], has_more: true, next: "loop" },
    });
    const all = await gigstack().clients.list().toArray();
    expect(ids(all)).toEqual(["client_1", "client_2"]);
    expect(requests).toHaveLength(2);
  });

  it("stops when has_more is true but no cursor comes with it", async () => {
    serve({ first: { data: [client(1)], has_more: true } });
    expect(ids(await gigstack().clients.list().toArray())).toEqual(["client_1"]);
    expect(requests).toHaveLength(1);
  });

  it("toArray({ max }) stops collecting, and requesting, at max", async () => {
    serve({
      first: { data: [client(1), client(2)], has_more: true, next: "c2" },
      c2: { data: [client(3), client(4)], has_more: true, next: "c3" },
      c3: { data: [client(5)], has_more: false },
    });
    expect(ids(await gigstack().clients.list().toArray({ max: 3 }))).toEqual(["client_1", "client_2", "client_3"]);
    expect(requests).toHaveLength(2);
  });

  it("sends nothing until awaited or iterated, and fetches the first page once", async () => {
    serve({ first: { data: [client(1)], has_more: false } });
    const list = gigstack().clients.list();
    expect(requests).toHaveLength(0);
    let settled = false;
    await list.finally(() => {
      settled = true;
    });
    expect(settled).toBe(true);
    await list;
    await list;
    for await (const _ of list) {
      // consume
    }
    expect(requests).toHaveLength(1);
  });

  it("an error on a later page rejects the iteration with the typed error", async () => {
    serve({ first: { data: [client(1)], has_more: true, next: "missing" } });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of gigstack().clients.list()) seen.push(c.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["client_1"]);
    expect(error).toMatchObject({ name: "NotFoundError", status: 404 });
  });
});

describe("page-numbered search lists", () => {
  it("walk pages by number while has_more holds", async () => {
    serve({
      "page:1": { data: [client(1)], has_more: true },
      "page:2": { data: [client(2)], has_more: true },
      "page:3": { data: [client(3)], has_more: false },
    });
    const all = await gigstack().clients.search({ q: "kemper" }).toArray();
    expect(ids(all)).toEqual(["client_1", "client_2", "client_3"]);
    expect(requests.map((u) => [u.searchParams.get("q"), u.searchParams.get("page")])).toEqual([
      ["kemper", null],
      ["kemper", "2"],
      ["kemper", "3"],
    ]);
  });

  it("end at an empty page even if it claims more (page numbers cannot repeat)", async () => {
    serve({ "page:1": { data: [client(1)], has_more: true }, "page:2": { data: [], has_more: true } });
    expect(ids(await gigstack().clients.search({ q: "x" }).toArray())).toEqual(["client_1"]);
    expect(requests).toHaveLength(2);
  });
});
