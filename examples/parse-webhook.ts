/**
 * Receive gigstack webhooks: parse the event, skip redeliveries, act on the ones you know.
 *
 * gigstack documents no webhook signature, so a delivery cannot be authenticated by its content.
 * Put a secret in the URL you register (checked below), and re-fetch the resource with your API
 * key before acting on money: the webhook says *what* to look at, the API says what is true.
 *
 * Run: GIGSTACK_API_KEY=<key> npx tsx examples/parse-webhook.ts
 * (it starts the receiver on a free port and posts sample deliveries to itself).
 */
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { Gigstack } from "../src/index.js"; // in your code: from "gigstack-ts"
import { createWebhookDeduper, safeParseWebhookEvent } from "../src/webhooks.js"; // "gigstack-ts/webhooks"

export async function main(gigstack: Gigstack) {
  const secretPath = "/webhooks/gigstack/2b7f9c1e"; // the URL registered with gigstack, kept secret
  const deduper = createWebhookDeduper(); // in memory; pass a Redis/SQL store with several instances
  const handled: string[] = [];

  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== secretPath) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);

    const parsed = safeParseWebhookEvent(Buffer.concat(chunks));
    if (!parsed.success) return void res.writeHead(400).end(parsed.error.message); // not an event
    const event = parsed.event;

    const outcome = await deduper.once(event, async () => {
      if (!event.known) return `ignored unknown event ${event.type}`; // new names may appear any time
      switch (event.type) {
        case "payment.succeeded": {
          const payment = await gigstack.payments.get(event.data.object.id); // the truth, not the payload
          return `payment ${payment.id} is ${payment.status}: fulfil the order`;
        }
        case "invoice.stamped":
          return `invoice ${event.data.object.uuid} stamped: e-mail it`;
        default:
          return `no action for ${event.type}`;
      }
    });
    handled.push(outcome.duplicate ? `duplicate delivery of ${event.id}, skipped` : outcome.result);
    res.writeHead(200).end(); // answer fast; a 5xx makes the sender retry
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${secretPath}`;

  // Sample deliveries: an event, its redelivery, an event name this SDK does not know, garbage.
  const succeeded = {
    id: "evt_7Hq2LmX9",
    type: "payment.succeeded",
    created: 1764000000000,
    livemode: false,
    data: { object: { id: "payment_4Hq9TzLm2VbX", status: "succeeded", total: 1160 } },
  };
  const deliveries = [succeeded, succeeded, { id: "evt_8", type: "payment.disputed", data: {} }, "not json"];
  for (const body of deliveries) {
    const res = await fetch(url, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
    console.log(`delivery → ${res.status}`);
  }
  await new Promise((resolve) => server.close(resolve));

  for (const line of handled) console.log(line);
  return handled;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
