// `npm run demo`: the end-to-end flow against its own Prism, a readable transcript, exit 0; and
// failures reported in a line that says what and why, never a stack trace.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { freePort } from "../scripts/prism.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

async function demo(env: Record<string, string | undefined>, args: string[] = []) {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  return promisify(execFile)(
    process.execPath,
    [`${root}node_modules/tsx/dist/cli.mjs`, `${root}scripts/demo.ts`, ...args],
    {
      env: clean,
      cwd: root,
      timeout: 120_000,
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      code: err.code ?? 1,
      stdout: err.stdout ?? "",
      stderr: err.stderr ?? "",
    }),
  );
}

const STACK_LINE = /^\s+at .+[:(]/m;

describe("npm run demo", () => {
  it("runs the whole flow against Prism, prints a transcript, stops Prism and exits 0", {
    timeout: 150_000,
  }, async () => {
    const { code, stdout, stderr } = await demo({ GIGSTACK_API_KEY: undefined, GIGSTACK_BASE_URL: undefined });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const steps = [...stdout.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]);
    expect(steps).toHaveLength(10);
    for (const expected of [
      /refused locally, no request was sent/,
      /regime-rfc-type/,
      /→ POST \/clients {2}← 20\d/,
      /→ POST \/services {2}← 200/,
      /self-invoice link for the customer: https:\/\//,
      /→ GET \/receipts\?limit=10&next=\S+ {2}← 200/,
      /→ POST \/receipts\/\S+\/stamp {2}← 200/,
      /→ DELETE \/receipts\/\S+\?team=team_\w+ {2}← 200/,
      /idempotency_key sent: [0-9a-f-]{36}/,
      /→ POST \/invoices\/income {2}← 200/,
      /routed to the local storage stand-in/,
      /✓ \d+ bytes, starting "%PDF-1\.4"/,
      /the storage host received no Authorization header/,
      /caught NotFoundError: status 404, code resource_not_found/,
      /Done: \d+ requests, 0 flagged by Prism's spec validation\. Prism stopped\./,
    ]) {
      expect(stdout).toMatch(expected);
    }
    expect(stdout).not.toMatch(STACK_LINE);
    const prismUrl = /Prism ready at (\S+)/.exec(stdout)?.[1];
    await expect(fetch(`${prismUrl}/clients`)).rejects.toThrow(); // stopped: nothing listens any more
  });

  it("with a key, says which step failed and why, without a stack trace", { timeout: 60_000 }, async () => {
    const port = await freePort(); // nothing listens there
    const { code, stdout, stderr } = await demo({
      GIGSTACK_API_KEY: "sk_test_demo",
      GIGSTACK_BASE_URL: `http://127.0.0.1:${port}`,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/read-only: teams, clients, receipts/);
    expect(stdout).toMatch(/✗ step 1 failed: GigstackConnectionError: GET \/teams: connection failed \(ECONNREFUSED\)/);
    expect(`${stdout}${stderr}`).not.toMatch(STACK_LINE);
  });

  it("refuses --write with a key that is not a test key", { timeout: 60_000 }, async () => {
    const liveJwt = `x.${Buffer.from(JSON.stringify({ team: "team_1", livemode: true })).toString("base64url")}.x`;
    const { code, stdout } = await demo({ GIGSTACK_API_KEY: liveJwt }, ["--write"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/--write refused: this does not look like a test key/);
  });
});
