// Run by test/testing.test.ts in a child process (`node --import tsx`): starts the mock, uses it,
// and never calls close(). If the mock's servers or its Prism child kept the event loop alive,
// this process would not exit on its own, and the parent sees it. With LEAK=1 it deliberately
// keeps a timer, to show that the parent's check can fail.
import { NotFoundError } from "../../src/index.js";
import { prefer, startMockServer } from "../../src/testing/index.js";

const mock = await startMockServer();
const gigstack = mock.client();
const pdf = await gigstack.invoices.download("5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90", "pdf");
const notFound = await gigstack.clients.get("client_x", prefer({ code: 404 })).catch((err: unknown) => err);
if (process.env.LEAK === "1") setInterval(() => undefined, 1_000);
console.log(
  JSON.stringify({
    url: mock.url,
    prismUrl: mock.prismUrl,
    pdf: pdf.byteLength,
    notFound: notFound instanceof NotFoundError,
  }),
);
