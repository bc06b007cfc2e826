import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism mock server for the whole run, started from openapi/gigstack-v2.yaml.
    globalSetup: ["test/setup/prism.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
