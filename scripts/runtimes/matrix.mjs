// `npm run test:runtimes`: the runtime matrix (issue #12). The package as users get it
// (`npm pack`), installed into a scratch consumer, runs one shared check script
// (test/runtime/checks.mjs) against a local fake API on 127.0.0.1, on every runtime of
// scripts/runtimes/runtimes.mjs: Node 20 (this one), 22 and 24, Bun, Deno, and a Cloudflare
// Worker on workerd. Runtimes are installed on demand into a cache (see runtimes.mjs).
// A failure names the runtime and the check; the exit code is 1 if any failed.
//
//   node scripts/runtimes/matrix.mjs [--only node-22,workerd] [--tarball path/to/gigstack-ts.tgz]
import { execFile, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { startFakeApi } from "./fake-api.mjs";
import { ensureRuntime, RUNTIMES } from "./runtimes.mjs";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const arg = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const names = arg("only")?.split(",") ?? Object.keys(RUNTIMES);
for (const name of names) if (!RUNTIMES[name]) throw new Error(`unknown runtime ${name}`);
/** A runtime's whole run may not take longer than this (a check that hangs must not hang CI). */
const RUNTIME_LIMIT_MS = 120_000;

async function run(file, args, options = {}) {
  try {
    return await exec(file, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (err) {
    throw new Error(`${file} ${args.join(" ")} failed:\n${err.stdout ?? ""}\n${err.stderr ?? ""}\n${err.message}`);
  }
}

// ------------------------------------------------------------------ the consumer

/** The runtime dependency closure, from the lockfile (as test/package.test.ts does). */
function runtimeDependencies() {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const found = new Set();
  const visit = (deps) => {
    for (const name of Object.keys(deps ?? {})) {
      if (found.has(name)) continue;
      const entry = lock.packages[`node_modules/${name}`];
      if (!entry) throw new Error(`${name} is not installed at the top of node_modules; run npm ci`);
      found.add(name);
      visit(entry.dependencies);
    }
  };
  visit(lock.packages[""]?.dependencies);
  return [...found];
}

const packJson = (stdout) => JSON.parse(stdout.slice(stdout.indexOf("[")))[0];

/**
 * The tarball, installed with its runtime dependencies into a fresh consumer project, offline
 * (the dependencies repacked from this checkout's node_modules): what `npm install gigstack-ts`
 * gives a user, and nothing fetched on the side.
 */
async function makeConsumer(work) {
  let tarball = arg("tarball") && resolve(arg("tarball"));
  if (!tarball) {
    await run("npm", ["run", "build"], { cwd: root });
    const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
      cwd: root,
    });
    tarball = join(work, packJson(stdout).filename);
  }
  const deps = join(work, "deps");
  mkdirSync(deps);
  const depTarballs = [];
  for (const name of runtimeDependencies()) {
    const { stdout } = await run(
      "npm",
      ["pack", "--json", "--ignore-scripts", "--pack-destination", deps, join(root, "node_modules", name)],
      { cwd: root },
    );
    depTarballs.push(join(deps, packJson(stdout).filename));
  }
  const consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, "package.json"),
    `${JSON.stringify({ name: "consumer", private: true, type: "module" })}\n`,
  );
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, ...depTarballs], {
    cwd: consumer,
    env: {
      ...process.env,
      npm_config_cache: join(work, "empty-npm-cache"),
      npm_config_registry: "http://127.0.0.1:9/",
    },
  });
  for (const file of ["checks.mjs", "main.mjs", "worker.mjs"]) {
    copyFileSync(join(root, "test", "runtime", file), join(consumer, file));
  }
  return consumer;
}

// ------------------------------------------------------------------ the runtimes

/** Once the results are printed, the process has this long to exit on its own. */
const EXIT_GRACE_MS = 10_000;

/**
 * Runs main.mjs; resolves with the results it prints, plus the check "exits on its own", failed
 * when the process is still alive EXIT_GRACE_MS after printing them.
 */
function runChecksProcess(file, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let results;
    let grace;
    const limit = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no result within ${RUNTIME_LIMIT_MS / 1000} s\n${stdout}\n${stderr}`));
    }, RUNTIME_LIMIT_MS);
    child.stdout.on("data", (d) => {
      stdout += d;
      const line = stdout.split("\n").find((l) => l.startsWith("[{") && l.endsWith("]"));
      if (line && !results) {
        results = JSON.parse(line);
        grace = setTimeout(() => child.kill("SIGKILL"), EXIT_GRACE_MS);
      }
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", (err) => {
      clearTimeout(limit);
      reject(err);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(limit);
      clearTimeout(grace);
      if (!results) {
        return reject(new Error(`exited with ${code ?? signal} before printing results\n${stdout}\n${stderr}`));
      }
      const stuck = signal === "SIGKILL";
      results.push({
        check: "exits on its own",
        ok: code === 0,
        ...(code !== 0 && {
          error: `${stuck ? `still running ${EXIT_GRACE_MS} ms after its checks` : `exit ${code ?? signal}`}\n${stderr}`,
        }),
      });
      resolvePromise(results);
    });
  });
}

/** The command line of main.mjs on each command-line runtime. */
const commandLines = {
  "node-20": (bin) => [bin, ["main.mjs"]],
  "node-22": (bin) => [bin, ["main.mjs"]],
  "node-24": (bin) => [bin, ["main.mjs"]],
  bun: (bin) => [bin, ["main.mjs"]],
  // Loopback only, as the issue asks; --no-prompt turns any other permission need into an error.
  deno: (bin) => [bin, ["run", "--no-prompt", "--no-lock", "--allow-net=127.0.0.1", "main.mjs"]],
};

async function runCommandLine(name, bin, consumer, origin) {
  const [file, args] = commandLines[name](bin);
  const results = await runChecksProcess(file, [...args, origin, name], {
    cwd: consumer,
    // Without the SDK's variables: the "no key" check expects none (and CI may have some).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GIGSTACK_"))),
      NO_COLOR: "1",
    },
  });
  return [{ request: "", results }];
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** workerd serving the bundled worker.js on a free loopback port (three tries: a port can be taken). */
async function startWorkerd(bin, consumer) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    writeFileSync(
      join(consumer, "config.capnp"),
      `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-23",
  globalOutbound = "internet",
);
`,
    );
    const child = spawn(bin, ["serve", "config.capnp", "--verbose"], {
      cwd: consumer,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => {
      log += d;
    });
    child.stderr.on("data", (d) => {
      log += d;
    });
    const exited = new Promise((r) => child.on("exit", r));
    const stop = async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    let failure;
    for (;;) {
      if (child.exitCode !== null) {
        failure = `workerd exited (${child.exitCode}):\n${log}`;
        break;
      }
      try {
        // The worker answers "ready" outside /run: that it is ours, not whatever took the port.
        const res = await fetch(base, { signal: AbortSignal.timeout(2_000) });
        if ((await res.text()) === "ready") return { base, stop, log: () => log };
      } catch {}
      if (Date.now() > deadline) {
        failure = `workerd did not start within 20 s:\n${log}`;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
    if (attempt >= 3) throw new Error(failure);
  }
}

/**
 * The Worker: bundled as wrangler does (esbuild, ESM, the workerd/worker/browser export
 * conditions), served by workerd from a config whose global outbound is a network service that
 * allows loopback (without "local", workerd refuses 127.0.0.1). Then five requests to the same
 * isolate, one after another: every check; then a call and a timeout, twice.
 */
async function runWorkerd(bin, consumer, origin) {
  await build({
    entryPoints: [join(consumer, "worker.mjs")],
    outfile: join(consumer, "worker.js"),
    absWorkingDir: consumer,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    logLevel: "silent",
  });
  const workerd = await startWorkerd(bin, consumer);
  try {
    const base = workerd.base;
    // Request 2 returns right after a call, as most Workers do: whatever the SDK left scheduled
    // then belongs to a finished request, which workerd drops. Requests 3 and 5 must still time out.
    const requests = [
      ["request 1", ""],
      ["request 2", "get"],
      ["request 3", "timeout"],
      ["request 4", "get"],
      ["request 5", "timeout,abort"],
    ];
    const out = [];
    for (const [label, only] of requests) {
      const query = new URLSearchParams({ origin, run: `workerd-${label.replace(" ", "")}`, ...(only && { only }) });
      const res = await fetch(`${base}/run?${query}`, { signal: AbortSignal.timeout(RUNTIME_LIMIT_MS) });
      const text = await res.text();
      if (!res.ok) throw new Error(`${label}: HTTP ${res.status} ${text}\n${workerd.log()}`);
      out.push({ request: label, results: JSON.parse(text) });
    }
    return out;
  } finally {
    await workerd.stop();
  }
}

// ------------------------------------------------------------------ the matrix

const work = mkdtempSync(join(tmpdir(), "gigstack-runtimes-"));
let api;
let failed = 0;
try {
  console.log(`runtime matrix: ${names.join(", ")}`);
  const [bins, consumer] = await Promise.all([
    (async () => {
      const found = {};
      for (const name of names) found[name] = await ensureRuntime(name);
      return found;
    })(),
    makeConsumer(work),
  ]);
  api = await startFakeApi();
  for (const name of names) {
    const { version } = RUNTIMES[name];
    const label = `${name} (${name.startsWith("node") ? "node" : name} ${version})`;
    let runs;
    try {
      runs =
        name === "workerd"
          ? await runWorkerd(bins[name], consumer, api.origin)
          : await runCommandLine(name, bins[name], consumer, api.origin);
    } catch (err) {
      failed++;
      console.log(`✗ ${label}: could not run the checks: ${err.message}`);
      continue;
    }
    for (const { request, results } of runs) {
      const bad = results.filter((r) => !r.ok);
      failed += bad.length;
      const where = request ? `${label} ${request}` : label;
      console.log(`${bad.length ? "✗" : "✓"} ${where}: ${results.length - bad.length}/${results.length} checks passed`);
      for (const r of bad) console.log(`  ✗ ${where} › ${r.check}: ${r.error}`);
    }
  }
} finally {
  await api?.close();
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.log(`runtime matrix: ${failed} failure(s)`);
  process.exit(1);
}
console.log("runtime matrix: all passed");
