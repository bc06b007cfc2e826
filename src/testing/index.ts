/**
 * `gigstack-ts/testing`: test your own app against a local mock of the gigstack API, with no
 * key, no account and no network. Node-only (it starts processes and servers); the SDK's core
 * stays fetch-only.
 *
 * ```ts
 * import { prefer, startMockServer } from "gigstack-ts/testing";
 * const mock = await startMockServer(); // Prism from the spec the SDK was generated from
 * const gigstack = mock.client();
 * await gigstack.invoices.income.create({ … });
 * expect(mock.requests.every((r) => r.accepted)).toBe(true);
 * await expect(gigstack.clients.get("client_x", prefer({ code: 404 }))).rejects.toThrow(NotFoundError);
 * await mock.close();
 * ```
 *
 * Needs the optional peer dependency `@stoplight/prism-cli` (`npm i -D @stoplight/prism-cli@5.14.2`).
 * @module gigstack-ts/testing
 */
export { type FileRequest, type FileServer, samplePdf, sampleXml, startFileServer } from "./files.js";
export {
  MOCK_API_KEY,
  type MockRequest,
  type MockRequestMatch,
  type MockServer,
  type MockServerOptions,
  type MockViolation,
  startMockServer,
} from "./mock-server.js";
export {
  MOCK_EXAMPLE_NAMES,
  type MockExampleName,
  type MockPreference,
  type MockStatus,
  prefer,
  preferHeader,
} from "./prefer.js";
export { PRISM_INSTALL_COMMAND, PRISM_VERSION, specPath } from "./prism.js";
