/**
 * `npm run drift`: does the live API still match openapi/gigstack-v2.yaml?
 *
 * - `GIGSTACK_API_KEY` set: every read-only operation goes through `prism proxy` in front of the
 *   real API (`GIGSTACK_BASE_URL`, default https://api.gigstack.io/v2). Prints a table of every
 *   request or response violation; exits 1 when there is any.
 * - No key: the same check against scripts/drift-upstream.ts, a local stand-in that serves a
 *   few deliberately drifted answers. It is a self-test of the checker: exits 0 when it finds
 *   exactly the planted drifts, 1 otherwise. test/drift.test.ts runs it.
 *
 * `--json` prints the report as JSON instead of the table. Exit code 2: the check could not run.
 * `GIGSTACK_DRIFT_BATCH_ID` adds the two batch operations, for which no list gives an id.
 */
import { DEFAULT_BASE_URL } from "../src/index.js";
import { checkDrift, type DriftFinding, type DriftOperation, type DriftReport } from "./drift-check.js";
import { PLANTED, startDriftedUpstream } from "./drift-upstream.js";

const json = process.argv.includes("--json");
const say = (line = "") => {
  if (!json) process.stdout.write(`${line}\n`);
};

function table(rows: string[][], max: number[]): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const widths = max.map((m, i) => Math.min(m, Math.max(...rows.map((r) => (r[i] ?? "").length))));
  const line = (r: string[]) =>
    r
      .map((c, i) => cut(c, widths[i] ?? 0).padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => "─".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

function findingsTable(findings: DriftFinding[]): string {
  return table(
    [
      ["operation", "field", "expected", "received", "severity"],
      ...findings.map((f) => [
        f.operation,
        f.side === "request" ? `request ${f.field}` : f.field,
        f.expected,
        f.received,
        f.severity,
      ]),
    ],
    [34, 28, 48, 32, 8],
  );
}

const key = (f: { operation: string; field: string; expected: string }) => `${f.operation} ${f.field}: ${f.expected}`;

function progress(result: DriftOperation) {
  const mark = { ok: "✓", drift: "✗", skipped: "-", failed: "!" }[result.outcome];
  say(`  ${mark} ${result.operation.padEnd(32)} ${result.request ?? ""}${result.note ? `  (${result.note})` : ""}`);
}

async function main(): Promise<number> {
  const apiKey = process.env.GIGSTACK_API_KEY;
  const batch = process.env.GIGSTACK_DRIFT_BATCH_ID;
  const ids = batch ? { batch } : {};
  let report: DriftReport;

  if (apiKey) {
    const upstream = (process.env.GIGSTACK_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    say(`Spec drift check: openapi/gigstack-v2.yaml against ${upstream}, through prism proxy (read-only calls)`);
    report = await checkDrift({ upstream, apiKey, ids, onOperation: progress });
  } else {
    const upstream = await startDriftedUpstream();
    say("Spec drift check, self-test: GIGSTACK_API_KEY is not set, so prism proxy runs in front of a local");
    say(`stand-in (${upstream.url}) that serves the spec's examples with ${PLANTED.length} drifts planted.`);
    try {
      report = await checkDrift({
        upstream: upstream.url,
        apiKey: "sk_test_drift_selftest",
        ids,
        onOperation: progress,
      });
    } finally {
      await upstream.stop();
    }
  }

  const { findings, operations } = report;
  const count = (outcome: DriftOperation["outcome"]) => operations.filter((o) => o.outcome === outcome).length;
  say(
    `\n${operations.length} operations: ${count("ok")} match the spec, ${count("drift")} drifted, ${count("skipped")} skipped, ${count("failed")} failed.`,
  );
  if (findings.length) say(`\n${findingsTable(findings)}`);

  if (apiKey) {
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    say(findings.length ? `\n${findings.length} violation(s): the spec or the API needs a look.` : "\nNo drift.");
    return findings.length || count("failed") ? 1 : 0;
  }

  const found = new Set(findings.map(key));
  const planted = new Set(PLANTED.map(key));
  const missed = [...planted].filter((k) => !found.has(k));
  const unexpected = [...found].filter((k) => !planted.has(k));
  if (json) process.stdout.write(`${JSON.stringify({ ...report, planted: PLANTED, missed, unexpected }, null, 2)}\n`);
  if (!missed.length && !unexpected.length && !count("failed")) {
    say(`\nSelf-test passed: exactly the ${PLANTED.length} planted drifts were found. With GIGSTACK_API_KEY set,`);
    say("the same check runs against the real API and exits 1 on any violation.");
    return 0;
  }
  for (const k of missed) say(`missed planted drift: ${k}`);
  for (const k of unexpected) say(`unexpected finding: ${k}`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`drift check could not run: ${message.split("\n").slice(0, 12).join("\n")}\n`);
    process.exitCode = 2;
  },
);
