// The local fake gigstack API the runtime matrix's checks run against (test/runtime/checks.mjs):
// a plain Node HTTP server on 127.0.0.1 that answers exactly the calls the checks make, and
// echoes what it received so that each check can verify what the SDK sent from its runtime.
import { createServer } from "node:http";

const KEY = "sk_test_runtime_matrix_5e2a";

export { KEY };

/** Starts the server; resolves with its origin (`http://127.0.0.1:port`) and close(). */
export async function startFakeApi() {
  /** Attempts per path, for the check that a 503 is retried exactly once. */
  const attempts = new Map();
  /** Sockets, so that close() does not wait for hung requests. */
  const sockets = new Set();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const n = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, n);
    const reply = (status, payload, headers = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };

    // Storage links are public: no key needed (nor expected) there.
    if (path.startsWith("/storage/")) {
      if (path === "/storage/inv_1.pdf") {
        res.writeHead(302, { location: "/storage/signed/inv_1.pdf" });
        return res.end();
      }
      if (path === "/storage/signed/inv_1.pdf") {
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end("%PDF-1.7 gigstack runtime matrix\n");
      }
    }
    if (!path.startsWith("/v2/")) return reply(404, { message: "not the API" });
    if (req.headers.authorization !== `Bearer ${KEY}`) {
      return reply(401, { message: "bad key", error: "authentication_failed" });
    }
    const team = url.searchParams.get("team");
    const route = path.slice(3);

    if (route === "/receipts/rec_1")
      return reply(200, { data: { id: "rec_1", team, client: req.headers["x-gigstack-client"] ?? null } });
    if (route === "/receipts") {
      const next = url.searchParams.get("next");
      if (!next) return reply(200, { data: [{ id: "r1" }, { id: "r2" }], has_more: true, next: "page2" });
      if (next === "page2") return reply(200, { data: [{ id: "r3" }], has_more: false });
    }
    if (route.startsWith("/clients/hang")) return; // never answers: the timeout and abort checks
    if (route.startsWith("/clients/flaky-")) {
      // Fails the first attempt with a 503 (as a deploying API does), then answers.
      if (n === 1)
        return reply(
          503,
          { message: "Service unavailable", error: "internal_server_error" },
          { "retry-after-ms": "10" },
        );
      return reply(200, { data: { id: route.slice("/clients/".length), attempt: n } });
    }
    if (route === "/clients/client_1/support-documents" && req.method === "POST") {
      // Parsed with the web platform's own multipart parser (undici), as a server would.
      const form = await new Request("http://127.0.0.1/", {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "" },
        body,
      }).formData();
      const file = form.get("file");
      return reply(200, {
        data: {
          id: "doc_1",
          document_type: form.get("documentType"),
          file_name: typeof file === "string" ? null : file?.name,
          mime_type: typeof file === "string" ? null : file?.type,
          text: typeof file === "string" ? file : await file?.text(),
        },
      });
    }
    if (route === "/invoices/inv_1/files") {
      const origin = `http://${req.headers.host}`;
      return reply(200, { data: { pdf: `${origin}/storage/inv_1.pdf`, file_type: url.searchParams.get("file_type") } });
    }
    return reply(404, { message: "Receipt not found", error: "resource_not_found" });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
