// Run by test/reliability.test.ts in a child process (`node --import tsx`): 500 concurrent
// requests against the fault server at FAULT_URL, mixing successes, retries, timeouts, aborts
// and resets, then it prints a summary and simply returns. If the SDK left a socket, a timer
// or a listener behind, this process would not exit on its own, and the parent sees it.
// With LEAK=1 it deliberately leaves a timer, to show that the parent's check can fail.
import { Gigstack } from "../../src/index.js";
import { retryTiming } from "../../src/retry.js";

retryTiming.initialDelayMs = 5;
retryTiming.maxDelayMs = 40;

const url = process.env.FAULT_URL;
if (!url) throw new Error("FAULT_URL is not set");
// A generous timeout for everything (500 sockets open at once on a small CI machine), a short
// one for the requests the server never answers.
const g = new Gigstack({ apiKey: "sk_test_leak_child_7f3a9c", baseUrl: url, timeoutMs: 10_000 });

const kinds = ["ok", "flaky", "reset", "hang", "abort", "status404"] as const;
const outcomes: Record<string, number> = {};
const t0 = performance.now();
await Promise.all(
  Array.from({ length: 500 }, async (_, i) => {
    const kind = kinds[i % kinds.length] as (typeof kinds)[number];
    const signal = kind === "abort" ? AbortSignal.timeout(200) : undefined;
    let outcome: string;
    try {
      // Long enough for every hung request to reach the server first (the parent counts them):
      // each attempt's timeout now runs from its own start, with no sweep's slack, and opening
      // 500 sockets at once on a loaded 2-core machine has taken more than 300 ms.
      const timeoutMs = kind === "hang" ? 1_000 : undefined;
      const data = (await g.clients.get(`${kind}-${i}`, { signal, timeoutMs })) as { id?: string };
      outcome = data.id === `${kind}-${i}` ? "ok" : "wrong data";
    } catch (err) {
      outcome = (err as Error).name;
    }
    const key = `${kind}:${outcome}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }),
);
if (process.env.LEAK === "1") setTimeout(() => undefined, 30_000);
console.log(JSON.stringify({ done: true, ms: Math.round(performance.now() - t0), outcomes }));
