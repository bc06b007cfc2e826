export declare const SPEC_PATH: string;
export { freePort } from "../src/testing/prism.ts";
export declare function startPrism(
  options?: import("../src/testing/prism.ts").PrismOptions,
): Promise<import("../src/testing/prism.ts").PrismProcess>;
