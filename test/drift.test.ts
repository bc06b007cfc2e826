// `npm run drift` without a key: prism proxy in front of a stand-in API serving a few drifted
// answers (scripts/drift-upstream.ts). The check must report exactly those, and nothing else.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { operations } from "../generated/operations.js";
import { type DriftReport, EXCLUDED, PLAN } from "../scripts/drift-check.js";
import { PLANTED } from "../scripts/drift-upstream.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const key = (f: { operation: string; field: string; expected: string }) => `${f.operation} ${f.field}: ${f.expected}`;

let code: number;
let report: DriftReport & { missed: string[]; unexpected: string[] };

beforeAll(async () => {
  const env = { ...process.env };
  delete env.GIGSTACK_API_KEY;
  delete env.GIGSTACK_DRIFT_BATCH_ID;
  const result = await promisify(execFile)(
    process.execPath,
    [`${root}node_modules/tsx/dist/cli.mjs`, `${root}scripts/drift.ts`, "--json"],
    { env, cwd: root, timeout: 120_000 },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (err: { code?: number; stdout?: string; stderr?: string }) => {
      if (!err.stdout) throw new Error(`drift.ts failed: ${err.stderr}`);
      return { code: err.code ?? 1, stdout: err.stdout };
    },
  );
  code = result.code;
  report = JSON.parse(result.stdout);
}, 150_000);

describe("spec drift check (self-test against planted drifts)", () => {
  it("finds exactly the planted drifts and exits 0", () => {
    expect(report.findings.map(key).sort()).toEqual(PLANTED.map(key).sort());
    expect(report.missed).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(code).toBe(0);
  });

  it("shows what was received for each drift, read directly from the upstream", () => {
    const received = Object.fromEntries(report.findings.map((f) => [f.operation, f.received]));
    expect(received).toEqual({
      listClients: '"2025-11-24T16:00:00.000Z"',
      getReceipt: '"580.00"',
      listTeams: "(missing)",
      getInvoiceFiles: "null",
      listCfdiErrors: '"pac"',
      getSatDownloadActivationStatus: "402",
    });
    expect(report.findings.every((f) => f.side === "response")).toBe(true);
    expect(report.findings.find((f) => f.field === "(status)")?.severity).toBe("warning");
  });

  it("runs every read-only operation, learning ids from the lists even when a list drifted", () => {
    const byOutcome = (outcome: string) =>
      report.operations.filter((o) => o.outcome === outcome).map((o) => o.operation);
    expect(byOutcome("failed")).toEqual([]);
    expect(byOutcome("skipped").sort()).toEqual(["getIncomeInvoiceBatch", "listIncomeInvoiceBatchItems"]);
    expect(byOutcome("drift").sort()).toEqual([...new Set(PLANTED.map((p) => p.operation))].sort());
    // listTeams drifted (Prism answered 500), yet the team operations after it got an id.
    expect(report.operations.find((o) => o.operation === "getTeam")?.outcome).toBe("ok");
  });

  it("covers every GET of the spec but the one with a side effect", () => {
    const gets = Object.entries(operations)
      .filter(([, op]) => op.method === "GET")
      .map(([id]) => id);
    const planned = PLAN.map((s) => s.operation);
    expect(new Set(planned).size).toBe(planned.length);
    expect([...planned, ...Object.keys(EXCLUDED)].sort()).toEqual(gets.sort());
    expect(Object.keys(EXCLUDED)).toEqual(["getTeamOnboardingUrl"]);
  });
});
