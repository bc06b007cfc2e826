/**
 * The supervised Prism launcher: `gigstack-ts/testing` starts its mock with it, and so do this
 * repository's tests, demo and drift check (through scripts/prism.mjs).
 *
 * Prism runs under a supervisor process (./prism-supervisor.mjs) that kills it when our process
 * goes away, even when the test runner itself is killed: an orphaned mock server would keep its
 * port and confuse the next run. Node-only.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GigstackConfigError } from "../errors.js";

/** The Prism release the spec is tested with (the repository's devDependency). */
export const PRISM_VERSION = "5.14.2";
/** What to run when Prism is missing; named in the error. */
export const PRISM_INSTALL_COMMAND = `npm i -D @stoplight/prism-cli@${PRISM_VERSION}`;

// In the CommonJS build tsup's shim gives this module's own file URL too (`shims` in tsup.config.ts).
const here = import.meta.url;
const requireHere = createRequire(here);

/**
 * The OpenAPI spec the SDK was generated from, as a file path: `gigstack-ts/openapi.yaml`,
 * resolved through the package's own exports (so the same file from this repository and from an
 * installed package).
 */
export function specPath(): string {
  return requireHere.resolve("gigstack-ts/openapi.yaml");
}

/**
 * The supervisor script. It sits next to this module both in src/testing/ and in dist/ (the
 * build copies it there), so one relative URL finds it from the sources and from the package.
 */
function supervisorPath(): string {
  return fileURLToPath(new URL("./prism-supervisor.mjs", here));
}

/** @stoplight/prism-cli's bin, resolved from this package's location (it is a peer dependency). */
export function prismBin(): string {
  let pkgJson: string;
  try {
    pkgJson = requireHere.resolve("@stoplight/prism-cli/package.json");
  } catch {
    throw new GigstackConfigError(
      `The gigstack mock server runs Prism, an optional peer dependency of gigstack-ts that is not installed: run \`${PRISM_INSTALL_COMMAND}\``,
    );
  }
  const bin = (requireHere(pkgJson) as { bin?: { prism?: string } }).bin?.prism;
  if (!bin) throw new GigstackConfigError(`@stoplight/prism-cli has no prism bin; run \`${PRISM_INSTALL_COMMAND}\``);
  return join(dirname(pkgJson), bin);
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released for Prism to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    // Not unref'd: a script whose only work is `await startMockServer()` must not exit meanwhile.
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface PrismOptions {
  /** The spec file. Default: the shipped spec ({@link specPath}). */
  spec?: string | undefined;
  /** Default: a free port. */
  port?: number | undefined;
  mode?: "mock" | "proxy" | undefined;
  /** The API `prism proxy` forwards to (mode "proxy"). */
  upstream?: string | undefined;
  /** How long to wait for Prism to answer HTTP. Default 60 000 ms. */
  timeoutMs?: number | undefined;
  /**
   * Prism's `--errors`: a request that violates the spec gets a Prism error (a 4xx
   * problem+json) instead of a response from the spec. Default true (the contract tests want a
   * violation to fail loudly); the mock server of `gigstack-ts/testing` runs without it.
   */
  errors?: boolean | undefined;
}

export interface PrismProcess {
  url: string;
  /** Stops Prism (and its supervisor) and waits until it has exited. */
  stop: () => Promise<void>;
  /** The last 20 000 characters Prism printed. */
  output: () => string;
}

/** One HTTP answer, whatever it is, means Prism is up (`/` is a 404). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    // No keep-alive agent: a polling socket must not stay open after the check.
    const req = request(url, { agent: false, timeout: 1_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

/**
 * Starts Prism from the spec and waits until it answers HTTP. The child and its pipes do not
 * keep the event loop alive: a process that never calls `stop()` still exits, and the
 * supervisor then stops Prism because our end of its stdin pipe closed.
 */
export async function startPrism(options: PrismOptions = {}): Promise<PrismProcess> {
  const bin = prismBin();
  const port = options.port ?? (await freePort());
  const spec = options.spec ?? specPath();
  const errors = (options.errors ?? true) ? ["--errors"] : [];
  const listen = ["-h", "127.0.0.1", "-p", String(port), ...errors];
  const prismArgs =
    options.mode === "proxy" ? ["proxy", spec, options.upstream ?? "", ...listen] : ["mock", spec, ...listen];
  const child: ChildProcess = spawn(process.execPath, [supervisorPath(), bin, ...prismArgs], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer | string) => {
    log = (log + String(chunk)).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const unref = () => {
    child.unref();
    for (const pipe of [child.stdin, child.stdout, child.stderr]) (pipe as { unref?: () => void } | null)?.unref?.();
  };
  unref();
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // Held while we wait for the exit, or the process could end with the promise pending.
    child.ref();
    child.stdin?.end();
    child.kill("SIGTERM");
    await exited;
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited (${child.exitCode}) before answering:\n${log}`);
    if (await answers(url)) break;
    if (Date.now() > deadline) {
      await stop(); // through the supervisor, which stops Prism (a SIGKILL would orphan it)
      throw new Error(`Prism did not answer on ${url} in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, stop, output: () => log };
}
