/**
 * The `X-Gigstack-Client` header: `gigstack-ts/<version> <runtime>/<version>`, e.g.
 * `gigstack-ts/0.1.0 node/22.12.0`. Not `User-Agent`: browsers forbid setting it, and some
 * runtimes overwrite it. The runtime is told apart by its globals only (no Node import: this
 * runs on Bun, Deno and workerd too). Bun and Deno also define `process.versions.node`, so they
 * are checked first.
 */
import { VERSION } from "./version.js";

interface RuntimeGlobals {
  Bun?: { version?: unknown };
  Deno?: { version?: { deno?: unknown } };
  navigator?: { userAgent?: unknown };
  process?: { versions?: { node?: unknown } };
}

/** `<runtime>/<version>`: bun, deno, workerd (no version is exposed there), node, else unknown. */
export function runtimeTag(g: RuntimeGlobals = globalThis as RuntimeGlobals): string {
  return g.Bun
    ? `bun/${g.Bun.version}`
    : g.Deno
      ? `deno/${g.Deno.version?.deno}`
      : g.navigator?.userAgent === "Cloudflare-Workers"
        ? "workerd/unknown"
        : g.process?.versions?.node
          ? `node/${g.process.versions.node}`
          : "unknown/unknown";
}

/**
 * The header's value, worked out once per client. Anything outside visible ASCII in a runtime's
 * version string is replaced: fetch would refuse the header, and with it every request.
 */
export function clientHeader(g?: RuntimeGlobals): string {
  return `gigstack-ts/${VERSION} ${runtimeTag(g)}`.replace(/[^\x21-\x7e ]/g, "_");
}
