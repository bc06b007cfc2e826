/**
 * Go through every client, however many pages there are. `list()` returns a PagePromise:
 * await it for one page, iterate it for every item (pages are fetched as the loop needs them and
 * nothing accumulates), or walk page by page with `.pages()`.
 *
 * Run: GIGSTACK_API_KEY=<key> npx tsx examples/iterate-clients.ts
 */
import { pathToFileURL } from "node:url";
import { Gigstack } from "../src/index.js"; // in your code: from "gigstack-ts"

export async function main(gigstack: Gigstack) {
  // Every client, streamed. `break` stops fetching.
  let withoutRfc = 0;
  let seen = 0;
  for await (const client of gigstack.clients.list({ limit: 100 })) {
    seen++;
    if (!client.tax_id) withoutRfc++;
  }
  console.log(`${seen} clients, ${withoutRfc} without an RFC`);

  // One page: the data and whether there is more.
  const page = await gigstack.clients.list({ limit: 10, order_by: "name", sort: "asc" });
  console.log(`First page: ${page.data.length} clients, ${page.totalResults ?? "?"} in total, more: ${page.hasMore}`);

  // At most 25, as an array (also bounds the number of requests).
  const first25 = await gigstack.clients.list({ limit: 25 }).toArray({ max: 25 });

  // Page by page, e.g. to checkpoint the cursor of a long export.
  for await (const p of gigstack.clients.list({ limit: 100 }).pages()) {
    console.log(`page of ${p.data.length}, next cursor ${p.next ?? "(end)"}`);
  }
  return { seen, first25 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
