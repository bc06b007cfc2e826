// The `validateResponses` option checks responses against the spec: off by default, a warning once per
// operation with "warn", an error with "strict". A local server sends a drifted response.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Gigstack, GigstackMalformedResponseError, GigstackValidationError } from "../src/index.js";

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith("/v2/clients/client_204")) {
      res.writeHead(204).end();
      return;
    }
    const drifted = req.url?.startsWith("/v2/clients/client_drift");
    res.writeHead(200, { "content-type": "application/json" });
    // `id` is a number and `created_at` a string: both contradict the spec's Client.
    res.end(
      JSON.stringify({ message: "ok", data: drifted ? { id: 42, created_at: "yesterday" } : { id: "client_ok" } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(validateResponses?: "off" | "warn" | "strict") {
  const warnings: string[] = [];
  const gigstack = new Gigstack({
    apiKey: "sk_test_validate",
    baseUrl,
    ...(validateResponses && { validateResponses }),
    logger: { warn: (m) => warnings.push(m) },
  });
  return { gigstack, warnings };
}

describe("response validation", () => {
  it("is off by default: drifted data is returned as received", async () => {
    const { gigstack, warnings } = client();
    expect(await gigstack.clients.get("client_drift")).toEqual({ id: 42, created_at: "yesterday" });
    expect(warnings).toEqual([]);
  });

  it("warn: returns the data and warns once per operation, naming the fields", async () => {
    const { gigstack, warnings } = client("warn");
    await gigstack.clients.get("client_drift");
    await gigstack.clients.get("client_drift");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("clients.get (getClient)");
    expect(warnings[0]).toContain("data.id");
    expect(warnings[0]).toContain("data.created_at");
    expect(warnings[0]).not.toContain("sk_test_validate");
  });

  it("strict: throws GigstackValidationError with the failing paths", async () => {
    const { gigstack } = client("strict");
    const error = await gigstack.clients.get("client_drift").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigstackValidationError);
    expect((error as GigstackValidationError).issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["data.id", "data.created_at"]),
    );
  });

  it("strict: lets a conforming response through", async () => {
    const { gigstack } = client("strict");
    expect(await gigstack.clients.get("client_ok")).toEqual({ id: "client_ok" });
  });
});

describe("an empty 204", () => {
  it("is accepted where the spec promises no particular data (delete)", async () => {
    const { gigstack } = client();
    expect(await gigstack.clients.delete("client_204")).toEqual({});
  });

  it("is a typed error where the operation returns data", async () => {
    const { gigstack } = client();
    const error = await gigstack.clients.get("client_204").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigstackMalformedResponseError);
    expect(error).toMatchObject({ status: 204, body: "" });
  });
});
