// Every script in examples/ runs against the Prism mock: its `main` with a client pointed at
// Prism (each request must be one the spec accepts), and the file itself as a user runs it.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { Gigstack } from "../src/index.js";
import { type Exchange, recordingFetch } from "./support/recorder.js";

const baseUrl = inject("prismUrl");
const dir = fileURLToPath(new URL("../examples/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

type Example = { main: (gigstack: Gigstack) => Promise<unknown> };

async function run(file: string) {
  const log: Exchange[] = [];
  const printed: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args.join(" ")));
  const { main } = (await import(`../examples/${file.replace(/\.ts$/, "")}.ts`)) as Example;
  const result = await main(new Gigstack({ apiKey: "sk_test_examples", baseUrl, fetch: recordingFetch(log) }));
  return { log, printed, result };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("examples", () => {
  it("cover the common tasks", () => {
    expect(files.sort()).toEqual([
      "cancel-and-substitute.ts",
      "connect-teams.ts",
      "handle-errors.ts",
      "invoice-a-sale.ts",
      "iterate-clients.ts",
      "parse-webhook.ts",
      "receipt-self-invoice.ts",
      "register-payment.ts",
    ]);
  });

  it.each(files)("%s sends only requests the spec accepts", async (file) => {
    const { log, printed } = await run(file);
    expect(log.length).toBeGreaterThan(0);
    for (const x of log) {
      expect(x.violations, `${x.method} ${x.url.pathname}: ${x.body}`).toBeNull();
      // The one deliberate error: handle-errors asks Prism for its 404.
      if (x.status >= 300) expect(`${file} ${x.status}`).toBe("handle-errors.ts 404");
    }
    expect(printed.length).toBeGreaterThan(0);
  });

  it.each(files)("%s imports the SDK as users do and has a runner", (file) => {
    const source = readFileSync(`${dir}${file}`, "utf8");
    expect(source).toMatch(/export async function main\(gigstack: Gigstack/);
    expect(source).toMatch(/from "\.\.\/src\/index\.js"; \/\/ in your code: from "gigstack-ts"/);
    expect(source).toMatch(/import\.meta\.url === pathToFileURL\(process\.argv\[1\]\)\.href/);
    expect(source).not.toMatch(/from "\.\.\/src\/(?!index|catalogs|webhooks)/); // public entry points only
  });

  it("invoice-a-sale stamps and links the files", async () => {
    const { result, log } = await run("invoice-a-sale.ts");
    expect(result).toMatchObject({ uuid: expect.any(String), files: { pdf: expect.stringMatching(/^https:/) } });
    expect(log.map((x) => `${x.method} ${x.url.pathname}`)).toEqual([
      "POST /invoices/income",
      expect.stringMatching(/^GET \/invoices\/.+\/files$/),
    ]);
  });

  it("register-payment sends its own idempotency key", async () => {
    const { log } = await run("register-payment.ts");
    const [sent] = log as [Exchange];
    expect(sent.url.pathname).toBe("/payments/register");
    expect(sent.requestBody && JSON.parse(sent.requestBody).idempotency_key).toBe("payment-OC-2025-0413");
  });

  it("cancel-and-substitute refuses motive 01 without a substitute, then substitutes", async () => {
    const { log, printed } = await run("cancel-and-substitute.ts");
    expect(printed.join("\n")).toMatch(/Refused locally: .*substitution_uuid.*substitution-uuid-required/);
    expect(log.map((x) => x.method)).toEqual(["GET", "POST", "DELETE"]); // the refused cancel sent nothing
  });

  it("connect-teams scopes each call to its team", async () => {
    const { log } = await run("connect-teams.ts");
    const teams = log.slice(1).map((x) => x.url.searchParams.get("team"));
    expect(teams.length).toBeGreaterThan(1);
    expect(teams.every((t) => t?.startsWith("team_"))).toBe(true);
    expect(log[0]?.url.searchParams.has("team")).toBe(false);
  });

  it("handle-errors explains a local validation error and a 404", async () => {
    const { result } = await run("handle-errors.ts");
    const [local, notFound] = result as [string, string];
    expect(local).toMatch(/^fix the input: /);
    expect(local).toMatch(/tax_id: the check digit/);
    expect(local).toMatch(/use: use G03 is not allowed for a receiver in regime 616/);
    expect(notFound).toBe("no such clients (resource_not_found)");
  });

  it("parse-webhook acts once per event, ignores unknown names and rejects garbage", async () => {
    const { result, printed } = await run("parse-webhook.ts");
    expect(result).toEqual([
      "payment payment_4Hq9TzLm2VbX is succeeded: fulfil the order",
      "duplicate delivery of evt_7Hq2LmX9, skipped",
      "ignored unknown event payment.disputed",
    ]);
    expect(printed.filter((l) => l.startsWith("delivery"))).toEqual([
      "delivery → 200",
      "delivery → 200",
      "delivery → 200",
      "delivery → 400",
    ]);
  });

  it("run as scripts with GIGSTACK_API_KEY and GIGSTACK_BASE_URL", { timeout: 120_000 }, async () => {
    const exec = promisify(execFile);
    const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));
    const env = { ...process.env, GIGSTACK_API_KEY: "sk_test_examples", GIGSTACK_BASE_URL: baseUrl };
    const results = await Promise.all(
      files.map((file) =>
        exec(process.execPath, [tsx, `${dir}${file}`], { env, timeout: 60_000 }).then(
          ({ stdout, stderr }) => ({ file, stdout, stderr, code: 0 }),
          (err: { code?: number; stdout?: string; stderr?: string }) => ({ file, ...err }),
        ),
      ),
    );
    for (const r of results) {
      expect({ file: r.file, code: r.code, stderr: r.stderr }).toEqual({ file: r.file, code: 0, stderr: "" });
      expect(r.stdout, r.file).not.toBe("");
    }
  });
});
