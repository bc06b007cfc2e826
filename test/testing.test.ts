// gigstack-ts/testing from its sources: the mock a user's tests start (Prism behind a recording
// proxy, a local file server for downloads), prefer(), and that a test which forgets close()
// still lets its runner exit. test/package.test.ts runs the same entry from the packed tarball.
import { execFile, spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  type GigstackApiError,
  NotFoundError,
  RateLimitError,
  type RequestOptions,
  UnprocessableEntityError,
} from "../src/index.js";
import {
  MOCK_API_KEY,
  MOCK_EXAMPLE_NAMES,
  type MockServer,
  type MockStatus,
  prefer,
  preferHeader,
  specPath,
  startMockServer,
} from "../src/testing/index.js";
import { violationsOf } from "../src/testing/mock-server.js";
import { spec } from "./support/spec.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = "tsx"; // node --import tsx, resolved from this repository (cwd)
const UUID = "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90";

const invoiceBody = {
  client: {
    search: { on_key: "tax_id" as const, on_value: "XIA190128J61", auto_create: true },
    legal_name: "XENON INDUSTRIAL ARTICLES",
    tax_id: "XIA190128J61",
    tax_system: "601" as const,
    email: "cuentasporpagar@xenon-industrial.mx",
    address: { zip: "76343", country: "Mexico" },
  },
  items: [
    {
      description: "Desarrollo de software a la medida",
      quantity: 2,
      unit_price: 5000,
      product_key: "81111500",
      unit_key: "E48",
      taxes: [{ type: "IVA" as const, rate: 0.16, factor: "Tasa" as const, withholding: false }],
    },
  ],
  payment_form: "03" as const,
  payment_method: "PUE" as const,
  use: "G03" as const,
  currency: "MXN",
};

/** Whether anything answers HTTP at `url` (a refused connection: nothing listens). */
const listening = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    async (res) => {
      await res.arrayBuffer();
      return true;
    },
    () => false,
  );

describe("startMockServer", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  }, 60_000);
  afterAll(() => mock?.close());
  beforeEach(() => {
    mock.requests.length = 0;
  });

  it("serves the shipped spec (gigstack-ts/openapi.yaml resolves to the repository's spec)", () => {
    expect(realpathSync(specPath())).toBe(realpathSync(`${root}openapi/gigstack-v2.yaml`));
  });

  it("client() calls the mock with a dummy key, and each request is recorded as accepted", async () => {
    const invoice = await mock.client().invoices.income.create(invoiceBody);
    expect(invoice.uuid).toBe(UUID); // the spec's example: the mock has no state
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      target: "api",
      method: "POST",
      url: "/invoices/income",
      status: 200,
      accepted: true,
      violations: [],
      body: { payment_form: "03", items: [{ product_key: "81111500" }] },
    });
    expect(mock.requests[0]?.headers.authorization).toBe(`Bearer ${MOCK_API_KEY}`);
  });

  it("downloads an invoice's PDF as bytes from its file server, which never receives the API key", async () => {
    const gigstack = mock.client();
    const files = await gigstack.invoices.files(UUID);
    // The spec's storage URL, pointed at the local file server: another origin than the API's.
    expect(files.pdf).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/storage\.googleapis\.com\/gigstack-invoices\/.+\.pdf$/);
    expect(new URL(files.pdf ?? "").origin).not.toBe(new URL(mock.url).origin);

    const pdf = await gigstack.invoices.download(UUID, "pdf");
    expect(new TextDecoder().decode(pdf.slice(0, 8))).toBe("%PDF-1.4");
    const xml = await gigstack.invoices.download(UUID, "xml");
    expect(new TextDecoder().decode(xml)).toMatch(/^<\?xml .*<cfdi:Comprobante /s);

    const downloads = mock.requests.filter((r) => r.target === "file");
    expect(downloads.map((r) => [r.method, r.url.split("/").pop(), r.status])).toEqual([
      ["GET", `${UUID}.pdf`, 200],
      ["GET", `${UUID}.xml`, 200],
    ]);
    for (const r of downloads) expect(r.headers.authorization).toBeUndefined();
    // …while every call to the API itself carried it.
    for (const r of mock.requests.filter((x) => x.target === "api")) {
      expect(r.headers.authorization).toBe(`Bearer ${MOCK_API_KEY}`);
    }
  });

  it("records the headers the file server receives (so the check above would see a leaked key)", async () => {
    const { pdf } = await mock.client().invoices.files(UUID);
    const res = await fetch(pdf ?? "", { headers: { authorization: "Bearer leaked" } });
    await res.arrayBuffer();
    expect(mock.requests.at(-1)).toMatchObject({ target: "file", headers: { authorization: "Bearer leaked" } });
  });

  it("prefer() provokes the errors the spec declares, as typed errors", async () => {
    const gigstack = mock.client();
    const notFound = await gigstack.clients.get("client_x", prefer({ code: 404 })).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ status: 404, code: "resource_not_found" });

    const refused = await gigstack.invoices.income.create(invoiceBody, prefer({ code: 422 })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnprocessableEntityError);
    expect(refused).toMatchObject({ status: 422, code: "cfdi_service_error" });

    const limited = await gigstack.clients.get("client_x", prefer({ code: 429 }, { maxRetries: 0 })).catch((e) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    // The requests themselves were valid: the answer was chosen, not earned.
    expect(mock.requests.map((r) => [r.status, r.accepted, r.headers.prefer])).toEqual([
      [404, true, "code=404"],
      [422, true, "code=422"],
      [429, true, "code=429"],
    ]);
  });

  it("preferNext() chooses the answer to the next matching requests only", async () => {
    const gigstack = mock.client();
    mock.preferNext({ code: 404 }, { method: "GET", path: /^\/clients\//, times: 2 });
    await expect(gigstack.services.get("service_1")).resolves.toBeDefined(); // not matched
    await expect(gigstack.clients.get("client_1")).rejects.toBeInstanceOf(NotFoundError);
    await expect(gigstack.clients.get("client_2")).rejects.toBeInstanceOf(NotFoundError);
    await expect(gigstack.clients.get("client_3")).resolves.toBeDefined(); // used up
    expect(mock.requests.map((r) => r.status)).toEqual([200, 404, 404, 200]);
    expect(() => mock.preferNext({ code: 404 }, { times: 0 })).toThrow(TypeError);
  });

  it("reports a malformed request sent through gigstack.raw with Prism's violations", async () => {
    const { response, error } = await mock.client().raw.POST("/invoices/income", {
      body: { items: [] } as never,
    });
    const [request] = mock.requests;
    expect(request?.accepted).toBe(false);
    expect(request?.violations).toEqual(
      expect.arrayContaining([
        {
          location: ["request", "body"],
          severity: "Error",
          code: "required",
          message: "Request body must have required property 'client'",
        },
      ]),
    );
    // Answered like the API answers an invalid request: a 400 saying what is wrong, not the
    // operation's 422 example (the SAT refused to stamp), which Prism would pick on its own.
    expect(response.status).toBe(400);
    expect(error).toEqual({
      error: "validation_failed",
      message: `Invalid request (gigstack mock, from the spec): ${request?.violations.map((v) => v.message).join("; ")}`,
    });
    expect(error?.message).toContain("must have required property 'client'");
  });

  it("reports a request to a path the spec does not have", async () => {
    const res = await fetch(`${mock.url}/invoices/income/extra/path`, {
      headers: { authorization: `Bearer ${MOCK_API_KEY}` },
    });
    expect(res.status).toBe(404);
    expect(mock.requests[0]).toMatchObject({
      accepted: false,
      violations: [{ severity: "Error", code: "NO_PATH_MATCHED_ERROR" }],
    });
  });
});

describe("close()", () => {
  it("stops Prism, the proxy and the file server; closing twice is fine", async () => {
    const mock = await startMockServer();
    const { pdf } = await mock.client().invoices.files(UUID);
    const urls = [mock.url, mock.prismUrl, new URL(pdf ?? "").origin];
    for (const url of urls) expect(await listening(url), url).toBe(true);
    await Promise.all([mock.close(), mock.close()]);
    for (const url of urls) expect(await listening(url), url).toBe(false);
  }, 60_000);
});

describe("prefer()", () => {
  it("builds Prism's Prefer header and keeps the caller's options", () => {
    expect(preferHeader({ code: 404 })).toBe("code=404");
    expect(preferHeader({ code: 200, dynamic: true, seed: 7 })).toBe('code=200, dynamic=true, seed="7"');
    const options: RequestOptions = prefer({ code: 429 }, { maxRetries: 0, team: "team_1", headers: { "x-a": "1" } });
    expect(options).toEqual({ maxRetries: 0, team: "team_1", headers: { "x-a": "1", Prefer: "code=429" } });
  });

  it("accepts only status codes the spec declares, per operation when asked", () => {
    expectTypeOf<404>().toExtend<MockStatus>();
    expectTypeOf<422>().toExtend<MockStatus<"createIncomeInvoice">>();
    expectTypeOf<422>().not.toExtend<MockStatus<"getClient">>();
    // @ts-expect-error 418 is declared nowhere in the spec
    prefer({ code: 418 });
    // @ts-expect-error the spec declares no named examples (see MOCK_EXAMPLE_NAMES)
    prefer({ example: "stamped" });
  });

  it("lists exactly the spec's named response examples", () => {
    const names = new Set<string>();
    const walk = (node: unknown, inResponse: boolean) => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (inResponse && key === "examples" && value && typeof value === "object" && !Array.isArray(value)) {
          for (const name of Object.keys(value)) names.add(name);
        }
        walk(value, inResponse || key === "responses");
      }
    };
    walk(spec.paths, false);
    walk(spec.components.responses, true);
    expect([...names].sort()).toEqual([...MOCK_EXAMPLE_NAMES].sort());
  });
});

describe.concurrent("a test that forgets close()", () => {
  const child = (env: Record<string, string> = {}) => {
    const proc = spawn(process.execPath, ["--import", tsx, `${root}test/support/mock-child.ts`], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (c) => {
      stdout += c;
    });
    proc.stderr.on("data", (c) => {
      stderr += c;
    });
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    const printed = async () => {
      for (let i = 0; i < 600 && !stdout.includes("\n"); i++) await new Promise((r) => setTimeout(r, 100));
      return JSON.parse(stdout) as { url: string; prismUrl: string; pdf: number; notFound: boolean };
    };
    return { proc, exited, printed, stderr: () => stderr };
  };

  it("lets the process exit by itself, and Prism is stopped with it", async () => {
    const run = child();
    const out = await run.printed();
    expect(out).toMatchObject({ notFound: true });
    expect(out.pdf).toBeGreaterThan(100);
    const code = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r("still running"), 15_000))]);
    if (code === "still running") run.proc.kill("SIGKILL");
    expect({ code, stderr: run.stderr() }).toEqual({ code: 0, stderr: "" });
    // The supervisor saw its stdin close and stopped Prism: no orphan keeps the port.
    let alive = true;
    for (let i = 0; i < 50 && alive; i++) {
      alive = await listening(out.prismUrl);
      if (alive) await new Promise((r) => setTimeout(r, 200));
    }
    expect(alive).toBe(false);
  }, 90_000);

  it("(control) a process that keeps a handle does not exit, so the check above can fail", async () => {
    const run = child({ LEAK: "1" });
    const out = await run.printed();
    const code = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r("still running"), 8_000))]);
    expect(code).toBe("still running");
    run.proc.kill("SIGKILL"); // the supervisor then stops Prism
    await run.exited;
    for (let i = 0; i < 50 && (await listening(out.prismUrl)); i++) await new Promise((r) => setTimeout(r, 200));
    expect(await listening(out.prismUrl)).toBe(false);
  }, 90_000);

  it("ends under node:test", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", tsx, "--test", "--test-reporter=spec", `${root}test/support/mock-node-test.ts`],
      { cwd: root, timeout: 60_000 },
    );
    expect(stdout).toMatch(/✔ the mock answers a typed 404 under node:test/);
    expect(stdout).toMatch(/ℹ pass 1\n/);
  }, 90_000);
});

// GigstackApiError is the base of the typed errors the mock provokes.
expectTypeOf<NotFoundError>().toExtend<GigstackApiError>();

describe("the recorded verdict", () => {
  it("is about the request only: problems Prism finds in its own answer do not make the app's request wrong", () => {
    const request = {
      location: ["request", "body", "client"],
      severity: "Error",
      code: "required",
      message: "missing",
    };
    const response = {
      location: ["response", "body", "data"],
      severity: "Error",
      code: "type",
      message: "bad example",
    };
    const header = JSON.stringify([request, response]);
    expect(violationsOf({ "sl-violations": header }, Buffer.from(""))).toEqual([request]);
    expect(violationsOf({ "sl-violations": JSON.stringify([response]) }, Buffer.from(""))).toEqual([]);
  });
});
