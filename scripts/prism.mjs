// The repository's Prism launcher: the vitest globalSetup, the demo and the drift check start
// Prism with it. It is the launcher `gigstack-ts/testing` ships (src/testing/prism.ts, with its
// supervisor that stops Prism even when the test runner is killed), started from this checkout's
// spec. Every importer runs under vitest or tsx, which load the TypeScript source.
import { fileURLToPath } from "node:url";
import { freePort, startPrism as launch } from "../src/testing/prism.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SPEC_PATH = `${root}openapi/gigstack-v2.yaml`;
export { freePort };

/**
 * @param {import("../src/testing/prism.ts").PrismOptions} [options]
 * @returns {Promise<import("../src/testing/prism.ts").PrismProcess>}
 */
export function startPrism(options = {}) {
  return launch({ spec: SPEC_PATH, ...options });
}
