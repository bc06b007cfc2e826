/**
 * The package's version, sent in `X-Gigstack-Client`. A plain constant rather than a build-time
 * `define`, so that the source (tests, Deno, a bundler reading src/) and dist/ agree without a
 * build step; test/logging.test.ts fails when it differs from package.json's `version`, so a
 * release that bumps one and not the other cannot pass `npm test`.
 */
export const VERSION = "0.1.0";
