/**
 * `npm run demo`: the SDK end to end, as a user would call it, with a readable transcript.
 *
 * - No `GIGSTACK_API_KEY`: starts Prism from openapi/gigstack-v2.yaml (the same harness as the
 *   tests) and runs the whole flow against it: client → service → receipt → list → stamp →
 *   cancel for another team → payment → invoice → PDF → a typed error. Prism answers with the
 *   spec's examples, so ids and amounts come from the spec, not from an account.
 * - `GIGSTACK_API_KEY` set: read-only calls against the real API (teams, clients, receipts).
 *   `--write` runs the whole flow there too, and only with a test key: it stamps CFDIs.
 *
 * Imports come from ../src because the package may not be built; users write `from "gigstack-ts"`.
 */
import { catalogEntry, TAX_SYSTEMS } from "../src/catalogs.js";
import {
  AuthenticationError,
  DEFAULT_BASE_URL,
  Gigstack,
  GigstackApiError,
  GigstackConnectionError,
  GigstackError,
  GigstackValidationError,
  isGigstackError,
  NotFoundError,
} from "../src/index.js";
import { startFileServer } from "../src/testing/files.js";
import { startPrism } from "./prism.mjs";

// ------------------------------------------------------------------ transcript

const out = (line = "") => process.stdout.write(`${line}\n`);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[22m` : s);
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[22m` : s);
let stepNumber = 0;
const step = (title: string) => out(`\n${bold(`${++stepNumber}. ${title}`)}`);
const ok = (line: string) => out(`   ✓ ${line}`);
const note = (line: string) => out(`   ${dim(line)}`);

const money = (amount: number | undefined, currency = "MXN") =>
  amount === undefined
    ? "?"
    : `${new Intl.NumberFormat("es-MX", { style: "currency", currency }).format(amount)} ${currency}`;

/** One line that says what went wrong and why: the SDK's errors are written to be read, so no stack. */
function describeError(err: unknown): string {
  if (err instanceof GigstackValidationError) {
    return `${err.name}: ${err.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ")}`;
  }
  if (err instanceof GigstackApiError)
    return `${err.name} (HTTP ${err.status}, ${err.code ?? "no code"}): ${err.message}`;
  if (err instanceof GigstackError) return `${err.name}: ${err.message}`;
  if (err instanceof Error) return err.message.split("\n")[0] ?? err.name;
  return String(err);
}

// ------------------------------------------------------------------ the wire

interface Exchange {
  method: string;
  url: URL;
  status: number;
  requestBody: string | undefined;
  /** Prism's `sl-violations` header: what it found wrong with the request (null: nothing). */
  violations: string | null;
}

/**
 * The fetch the demo client gets: prints every request as it goes out and, when a storage
 * stand-in is given, sends requests for the storage host to it instead (see downloadStep).
 */
function wireFetch(exchanges: Exchange[], storage?: { host: string; url: string }): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    let url = new URL(request.url);
    let routed = "";
    if (storage && url.host === storage.host) {
      const local = new URL(`${url.pathname}${url.search}`, storage.url);
      routed = `  ${dim(`(routed to the local storage stand-in ${local.origin})`)}`;
      url = local;
    }
    const requestBody = request.body ? await request.clone().text() : undefined;
    const started = performance.now();
    const response = await fetch(new Request(url, request));
    const ms = Math.round(performance.now() - started);
    const shown = new URL(request.url);
    const where = shown.host === new URL(url).host ? `${shown.pathname}${shown.search}` : shown.href;
    out(`   ${dim(`→ ${request.method} ${decodeURIComponent(where)}  ← ${response.status} (${ms} ms)`)}${routed}`);
    exchanges.push({
      method: request.method,
      url: shown,
      status: response.status,
      requestBody,
      violations: response.headers.get("sl-violations"),
    });
    return response;
  };
}

// ------------------------------------------------------------------ a stand-in for the file storage

interface Storage {
  url: string;
  /** Authorization headers the stand-in received (the SDK must send none to a storage host). */
  authorizations: string[];
  close: () => Promise<void>;
}

/**
 * The bucket behind the invoice file URLs, played by the file server of `gigstack-ts/testing`
 * (a generated PDF for any `*.pdf` path). There the mock rewrites the file URLs to point at it;
 * here the demo keeps the spec's URLs and routes them in its fetch, to show both as they are.
 */
async function startStorage(): Promise<Storage> {
  const authorizations: string[] = [];
  const server = await startFileServer((request) => {
    if (request.headers.authorization) authorizations.push(request.headers.authorization);
  });
  return { url: server.url, authorizations, close: server.close };
}

// ------------------------------------------------------------------ the flow

interface Context {
  /** Against Prism: ids and amounts are the spec's examples, and a few steps explain Prism's part. */
  mock: boolean;
  exchanges: Exchange[];
  storage: Storage | undefined;
}

async function writeFlow(gigstack: Gigstack, ctx: Context): Promise<void> {
  step("Create a client (validated locally before anything is sent)");
  const client = {
    email: "facturacion@kemperurgate.edu.mx",
    name: "Escuela Kemper Urgate",
    legal_name: "ESCUELA KEMPER URGATE",
    tax_id: "EKU9003173C9",
    tax_system: "612", // a typo: 612 is a regime for personas físicas, and this RFC is a persona moral
    use: "G03",
    address: { zip: "42501", country: "Mexico" },
  } as const;
  try {
    await gigstack.clients.create(client);
    throw new Error("the local fiscal checks should have refused regime 612 for a persona moral");
  } catch (err) {
    if (!(err instanceof GigstackValidationError)) throw err;
    note(`first attempt, with tax_system "612": refused locally, no request was sent:`);
    for (const issue of err.issues) note(`  ${issue.path.join(".")}: ${issue.message} [${issue.rule ?? "schema"}]`);
  }
  const created = await gigstack.clients.create({ ...client, tax_system: "601" });
  const regime = catalogEntry(TAX_SYSTEMS, created.tax_system);
  ok(`client ${created.id}: ${created.legal_name ?? created.name}, RFC ${created.tax_id}`);
  note(
    `regime ${created.tax_system} (${regime?.description ?? "unknown"}), address country normalised to ${created.address?.country}`,
  );

  step("Create a service for the catalogue");
  const service = await gigstack.services.create({
    description: "Consultoría en procesos administrativos",
    unit_price: 1500,
    product_key: "80101500",
    unit_key: "E48",
    unit_name: "Unidad de servicio",
    taxes: [{ type: "IVA", rate: 0.16, factor: "Tasa", withholding: false }],
  });
  ok(`service ${service.id}: ${service.description}, ${money(service.unit_price)} + IVA 16%`);

  step("Create a sale receipt the customer can self-invoice");
  // The ticket number as idempotency key: sending the same ticket twice returns the same receipt.
  const ticket = ctx.mock ? 871 : Date.now() % 1_000_000;
  const receipt = await gigstack.receipts.create({
    client: { id: created.id },
    items: [{ id: service.id, quantity: 2 }],
    payment_form: "01",
    periodicity: "month",
    idempotency_key: `ticket-${ticket}`,
  });
  ok(`receipt ${receipt.id}: ${money(receipt.total, receipt.currency)}, status ${receipt.status}`);
  note(`self-invoice link for the customer: ${receipt.url}`);
  if (receipt.validUntil) note(`valid until ${new Date(receipt.validUntil * 1000).toISOString().slice(0, 10)}`);

  step("List receipts with auto-pagination (for await … of)");
  const before = ctx.exchanges.length;
  let count = 0;
  for await (const r of gigstack.receipts.list({ limit: 10 })) {
    count++;
    if (count <= 3) note(`${r.id}  ${r.status?.padEnd(8)} ${money(r.total, r.currency)}`);
    if (count >= 50) break; // a demo does not need an account's whole history
  }
  const pages = ctx.exchanges.length - before;
  ok(`${count} receipt(s) over ${pages} page request(s); pages are fetched lazily as the loop asks`);
  if (ctx.mock) {
    note("Prism answers every page with the same example, cursor included: the SDK saw the cursor");
    note("repeat and stopped instead of looping forever.");
  }

  step("Stamp the receipt (the customer did not self-invoice in time)");
  const stamped = await gigstack.receipts.stamp(receipt.id, { stamp_to: "general_public_national" });
  ok(`CFDI ${stamped.uuid}: ${stamped.series}-${stamped.folio_number}, ${money(stamped.total, stamped.currency)}`);
  note("stamped to público en general (XAXX010101000, régimen 616, uso S01)");

  step("Cancel a receipt for another team, through a withTeam() client (gigstack Connect)");
  const teams = await gigstack.teams.list();
  const own = teams.data[0];
  const other = teams.data.find((t) => t.id !== own?.id) ?? own;
  if (!other) throw new Error("the API key reaches no team");
  const forOther = gigstack.withTeam(other.id);
  note(
    `acting for ${other.id} (${other.name ?? other.legal_name ?? "unnamed"}): every call of this client carries ?team=`,
  );
  // The client and the service above belong to our own team, so this receipt names them inline.
  const voided = await forOther.receipts.create({
    client: {
      search: { on_key: "tax_id", on_value: "XIA190128J61", auto_create: true },
      legal_name: "XENON INDUSTRIAL ARTICLES",
      tax_id: "XIA190128J61",
      tax_system: "601",
      email: "cuentasporpagar@xenon-industrial.mx",
      address: { zip: "76343" },
    },
    items: [
      {
        description: "Mantenimiento preventivo",
        quantity: 1,
        unit_price: 800,
        product_key: "72101500",
        unit_key: "E48",
      },
    ],
    idempotency_key: `ticket-${ticket + 1}`,
  });
  await forOther.receipts.cancel(voided.id);
  const sentTeam = ctx.exchanges.at(-1)?.url.searchParams.get("team");
  ok(`receipt ${voided.id} cancelled, the request carrying team=${sentTeam}`);
  note(`forOther.team is ${forOther.team}; the original client's is ${gigstack.team ?? "unset (the key's own team)"}`);

  step("Register a payment (an idempotency key makes the retry safe)");
  const payment = await gigstack.payments.register({
    client: { id: created.id },
    items: [{ id: service.id, quantity: 1 }],
    payment_form: "03",
    automation_type: "pue_invoice",
  });
  const sent = JSON.parse(ctx.exchanges.at(-1)?.requestBody ?? "{}") as { idempotency_key?: string };
  ok(`payment ${payment.id}: ${money(payment.total, payment.currency)}, status ${payment.status}`);
  note(`idempotency_key sent: ${sent.idempotency_key} (generated by the SDK, since none was given)`);
  note("a timeout or dropped connection is retried with this same key, so the payment cannot register twice;");
  note("pass your own (e.g. the order id) to make it survive a restart of your process too.");
  if (ctx.mock && payment.idempotency_key !== sent.idempotency_key) {
    note(`(Prism echoes its example's key, ${payment.idempotency_key}; the real API stores the one sent)`);
  }

  step("Create an income invoice (CFDI 4.0, type I)");
  const invoice = await gigstack.invoices.income.create({
    client: { id: created.id },
    items: [
      {
        description: "Desarrollo de software a la medida",
        quantity: 2,
        unit_price: 5000,
        product_key: "81111500",
        unit_key: "E48",
        taxes: [{ type: "IVA", rate: 0.16, factor: "Tasa", withholding: false }],
      },
    ],
    payment_form: "03",
    payment_method: "PUE",
    use: "G03",
    currency: "MXN",
  });
  const uuid = invoice.uuid ?? invoice.id;
  if (!uuid) throw new Error("the invoice came back without a uuid");
  ok(
    `CFDI ${uuid}: ${invoice.series}-${invoice.folio_number}, ${money(invoice.total, invoice.currency)}, ${invoice.status}`,
  );

  step("Download the invoice PDF");
  const files = await gigstack.invoices.files(uuid);
  note(`files(): pdf ${files.pdf}`);
  note(`         xml ${files.xml}`);
  if (ctx.storage) {
    note("That storage host does not exist here. This demo's client was given a fetch that sends its");
    note("requests to a small local server standing in for the bucket; download() itself is unchanged.");
  }
  const pdf = await gigstack.invoices.download(uuid, "pdf");
  const head = new TextDecoder().decode(pdf.slice(0, 8)).trim();
  ok(`${pdf.byteLength} bytes, starting ${JSON.stringify(head)}`);
  if (ctx.storage) {
    note(
      ctx.storage.authorizations.length === 0
        ? "the storage host received no Authorization header: the API key only goes to the API"
        : `WARNING: the storage host received an Authorization header`,
    );
  }

  await errorStep(gigstack, ctx);
}

async function errorStep(gigstack: Gigstack, ctx: Context): Promise<void> {
  step("Handle a typed error");
  if (ctx.mock) note("`Prefer: code=404` (a per-call header) asks Prism for the operation's documented 404.");
  try {
    await gigstack.clients.get("client_doesNotExist", ctx.mock ? { headers: { Prefer: "code=404" } } : {});
    note("unexpectedly, that client exists");
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    ok(`caught ${err.name}: status ${err.status}, code ${err.code}`);
    note(`message: ${err.message}`);
    note(`isGigstackError(err, "resource_not_found") → ${isGigstackError(err, "resource_not_found")}`);
  }
}

async function readFlow(gigstack: Gigstack): Promise<void> {
  step("Teams this key can act for");
  const teams = await gigstack.teams.list({ limit: 10 });
  for (const t of teams.data) note(`${t.id}  ${t.legal_name ?? t.name ?? ""}  ${t.tax_id ?? ""}`);
  ok(`${teams.data.length} team(s)${teams.hasMore ? " (more exist)" : ""}`);

  step("The five newest clients");
  const clients = await gigstack.clients.list({ limit: 5 }).toArray({ max: 5 });
  for (const c of clients) note(`${c.id}  ${c.legal_name ?? c.name ?? ""}  ${c.tax_id ?? ""}`);
  ok(`${clients.length} client(s)`);

  step("The five newest receipts");
  const receipts = await gigstack.receipts.list({ limit: 5 }).toArray({ max: 5 });
  for (const r of receipts) note(`${r.id}  ${r.status ?? ""}  ${money(r.total, r.currency)}`);
  ok(`${receipts.length} receipt(s)`);
}

/** A test key per the official CLI's rule: `sk_test…`, or a JWT whose `livemode` is false or `key_id` says test. */
function isTestKey(key: string): boolean {
  if (key.startsWith("sk_test")) return true;
  try {
    const payload = JSON.parse(Buffer.from(key.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      livemode?: unknown;
      key_id?: unknown;
    };
    return payload.livemode === false || (typeof payload.key_id === "string" && payload.key_id.includes("test"));
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const apiKey = process.env.GIGSTACK_API_KEY;
  const write = process.argv.includes("--write");
  const exchanges: Exchange[] = [];

  if (apiKey) {
    const gigstack = new Gigstack({ fetch: wireFetch(exchanges) });
    out(
      bold(`gigstack-ts demo against ${process.env.GIGSTACK_BASE_URL ?? DEFAULT_BASE_URL} (GIGSTACK_API_KEY is set)`),
    );
    if (!write) {
      note("read-only: teams, clients, receipts. `npm run demo -- --write` runs the full flow (test keys only).");
      await readFlow(gigstack);
    } else {
      if (!isTestKey(apiKey)) {
        out("✗ --write refused: this does not look like a test key, and the flow stamps and cancels real CFDIs.");
        return 1;
      }
      note("--write with a test key: the full flow, creating test-mode records in your account.");
      await writeFlow(gigstack, { mock: false, exchanges, storage: undefined });
    }
    out(`\nDone: ${exchanges.length} request(s).`);
    return 0;
  }

  out(bold("gigstack-ts demo against a local Prism mock of the gigstack API v2"));
  note("GIGSTACK_API_KEY is not set, so the flow runs against Prism started from openapi/gigstack-v2.yaml.");
  note("Prism checks each request against the spec and answers with the spec's examples:");
  note("the ids and amounts below come from the spec, not from an account.");
  const started = performance.now();
  const prism = await startPrism();
  note(`Prism ready at ${prism.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const storage = await startStorage();
  try {
    const gigstack = new Gigstack({
      apiKey: "sk_test_demo",
      baseUrl: prism.url,
      fetch: wireFetch(exchanges, { host: "storage.googleapis.com", url: storage.url }),
    });
    await writeFlow(gigstack, { mock: true, exchanges, storage });
  } finally {
    await storage.close();
    await prism.stop();
  }
  const flagged = exchanges.filter((x) => x.violations !== null);
  out(`\nDone: ${exchanges.length} requests, ${flagged.length} flagged by Prism's spec validation. Prism stopped.`);
  return flagged.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    out(`\n✗ ${stepNumber ? `step ${stepNumber} failed` : "the demo could not start"}: ${describeError(err)}`);
    if (err instanceof GigstackApiError && err.body && typeof err.body === "object") {
      const validation = (err.body as { validation?: { location?: string[]; message?: string }[] }).validation;
      for (const v of validation ?? []) out(`   ${v.location?.join(".")}: ${v.message}`);
    }
    if (err instanceof AuthenticationError) out("   The API refused the key: check GIGSTACK_API_KEY.");
    if (err instanceof GigstackConnectionError)
      out("   The API could not be reached: check the network and GIGSTACK_BASE_URL.");
    process.exitCode = 1;
  },
);
