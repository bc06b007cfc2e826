import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism mock server for the whole run, started from openapi/gigstack-v2.yaml.
    globalSetup: ["test/setup/prism.ts"],
    testTimeout: 30_000,
    // The SDK's own log lines on the console: the fault suites retry hundreds of times, and
    // retries log at warn by default. What the lines say is asserted in test/logging.test.ts,
    // through a logger of its own; on the console they would only bury real failures.
    onConsoleLog: (log) => !log.startsWith("[gigstack] "),
    hookTimeout: 60_000,
  },
});
