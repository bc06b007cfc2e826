// Starts a Prism mock server from the spec and waits until it answers HTTP.
// Used by the vitest globalSetup, the demo and the drift check.
// Prism runs under a supervisor process (scripts/prism-supervisor.mjs) that kills it when our
// process goes away, even when the test runner itself is killed: an orphaned mock server would
// keep its port and confuse the next run.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SPEC_PATH = `${root}openapi/gigstack-v2.yaml`;

/** A free TCP port on 127.0.0.1 (asked of the OS, then released for Prism to take). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ spec?: string, port?: number, mode?: "mock" | "proxy", upstream?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void>, output: () => string }>}
 */
export async function startPrism(options = {}) {
  const port = options.port ?? (await freePort());
  const spec = options.spec ?? SPEC_PATH;
  const mode = options.mode ?? "mock";
  // --errors: a request that violates the spec gets a Prism error response (4xx problem+json)
  // instead of a mocked success, so a contract test cannot pass with an invalid request.
  const prismArgs =
    mode === "proxy"
      ? ["proxy", spec, options.upstream, "-h", "127.0.0.1", "-p", String(port), "--errors"]
      : ["mock", spec, "-h", "127.0.0.1", "-p", String(port), "--errors"];
  const child = spawn(process.execPath, [`${root}scripts/prism-supervisor.mjs`, ...prismArgs], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk) => {
    log = (log + chunk).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited (${child.exitCode}) before answering:\n${log}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      break; // any HTTP answer (a 404 for `/`) means it is up
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`Prism did not answer on ${url} in time:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  // Closing the pipe tells the supervisor to stop Prism; it does so on its own if we die.
  child.stdout.unref?.();
  child.stderr.unref?.();
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        child.stdin.end();
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
