// A user's test file under node:test (`node --test`), run by test/testing.test.ts: it uses the
// mock and forgets close(); node:test runs it in a subprocess that must still end by itself.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NotFoundError } from "../../src/index.js";
import { prefer, startMockServer } from "../../src/testing/index.js";

test("the mock answers a typed 404 under node:test", async () => {
  const mock = await startMockServer();
  await assert.rejects(mock.client().clients.get("client_x", prefer({ code: 404 })), NotFoundError);
  assert.equal(mock.requests[0]?.accepted, true);
});
