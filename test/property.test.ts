// Property: whatever value is given to a method that sends a JSON body, the call either fails
// locally with GigstackValidationError and sends nothing, or sends a request that the Prism mock
// (started from the spec) accepts as valid. No third outcome: no bare TypeError, no request
// Prism flags with `sl-violations`.
//
// Values start from the spec's example body, mutated at random places with arbitrary values
// (so that both outcomes occur), or are arbitrary from the start.
import fc from "fast-check";
import { afterAll, describe, expect, inject, it } from "vitest";
import { operations } from "../generated/operations.js";
import { Gigstack, GigstackError, GigstackValidationError } from "../src/index.js";
import { bodies } from "./support/bodies.js";
import { type Exchange, recordingFetch } from "./support/recorder.js";
import { argsFor, method } from "./support/sdk.js";
import { bodyExample, type SpecOperation, specOperations } from "./support/spec.js";

const baseUrl = inject("prismUrl");
/** Runs per operation; PROPERTY_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 20);
/**
 * A fixed seed by default, so that CI runs the same bodies every time (a failure names its seed
 * and counterexample either way). PROPERTY_SEED=random explores; PROPERTY_SEED=<n> replays.
 */
const SEED = process.env.PROPERTY_SEED === "random" ? undefined : Number(process.env.PROPERTY_SEED ?? 20_251_126) | 0;

const jsonOperations = specOperations.filter(
  (o) => operations[o.operationId as keyof typeof operations]?.body === "json",
);
const tally = new Map<string, { refused: number; sent: number }>();

describe("arbitrary bodies: refused locally, or valid for the spec", () => {
  it("covers every operation with a JSON body", () => {
    expect(jsonOperations.length).toBeGreaterThanOrEqual(40);
    for (const o of jsonOperations) expect(bodyExample(o), o.operationId).not.toBeUndefined();
  });

  it.each(jsonOperations.map((o) => [o.operationId, o] as const))("%s", async (opId, o) => {
    const counts = await checkOperation(o, recordingFetch);
    tally.set(opId, counts);
    expect(counts.refused + counts.sent).toBe(RUNS); // the spec's example is one of the runs
    expect(counts.sent, "the spec's own example must be sent").toBeGreaterThanOrEqual(1);
  });

  it("can fail: a request altered on its way out is caught by Prism", async () => {
    // The same property, with a fetch that replaces each body by one the spec does not allow.
    const corrupting = (log: Exchange[]): typeof fetch => {
      const record = recordingFetch(log);
      return (input, init) => record(input, { ...init, body: JSON.stringify({ items: "not a list" }) });
    };
    const o = jsonOperations.find((x) => x.operationId === "createIncomeInvoice") as SpecOperation;
    const error = (await checkOperation(o, corrupting).then(
      () => undefined,
      (e: unknown) => e,
    )) as Error | undefined;
    expect(error?.message).toMatch(/^Property failed after 1 tests/);
    expect(String((error?.cause as Error | undefined)?.message)).toMatch(/^Prism: .*\nsent: \{"items":"not a list"\}/s);
  });
});

/** Runs the property for one operation; resolves with how many bodies were refused and sent. */
async function checkOperation(o: SpecOperation, makeFetch: (log: Exchange[]) => typeof fetch) {
  const opId = o.operationId;
  const example = bodyExample(o);
  const counts = { refused: 0, sent: 0 };
  await fc.assert(
    fc.asyncProperty(bodies(example), async (body) => {
      const log: Exchange[] = [];
      const g = new Gigstack({ apiKey: "sk_test_property", baseUrl, fetch: makeFetch(log) });
      let outcome: unknown;
      try {
        outcome = await Promise.resolve(method(g, opId)(...argsFor(o, { body, options: { maxRetries: 0 } })));
      } catch (err) {
        outcome = err;
      }
      if (outcome instanceof GigstackValidationError) {
        expect(log, "refused locally, yet a request was sent").toHaveLength(0);
        counts.refused++;
        return;
      }
      // Anything else must have been a request, and one that Prism finds valid.
      if (outcome instanceof Error && !(outcome instanceof GigstackError)) throw outcome;
      expect(log, `no request, and the outcome was ${String(outcome)}`).toHaveLength(1);
      const [sent] = log as [Exchange];
      expect(sent.violations, `Prism: ${sent.body}\nsent: ${sent.requestBody}`).toBeNull();
      counts.sent++;
    }),
    { numRuns: RUNS, examples: [[example]], ...(SEED !== undefined && { seed: SEED }) },
  );
  return counts;
}

afterAll(() => {
  let refused = 0;
  let sent = 0;
  let both = 0;
  for (const c of tally.values()) {
    refused += c.refused;
    sent += c.sent;
    if (c.refused > 0 && c.sent > 0) both++;
  }
  console.log(
    `[property] ${tally.size} operations × ${RUNS} bodies: ${refused} refused locally, ${sent} sent and valid; ` +
      `both outcomes seen for ${both} operations`,
  );
});
