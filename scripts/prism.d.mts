export declare const SPEC_PATH: string;
export declare function freePort(): Promise<number>;
export declare function startPrism(options?: {
  spec?: string;
  port?: number;
  mode?: "mock" | "proxy";
  upstream?: string;
  timeoutMs?: number;
}): Promise<{ url: string; stop: () => Promise<void>; output: () => string }>;
