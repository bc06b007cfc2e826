// Starts Prism from the spec once per test run and hands its URL to the tests
// (`inject("prismUrl")`). The supervisor in scripts/prism.mjs stops it if the runner dies.
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide("prismUrl", prism.url);
  return async () => {
    await prism.stop();
  };
}
