// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
export * from "./request.gen.js";
export * from "./response.gen.js";
