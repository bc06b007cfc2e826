/**
 * Handle errors by kind. Everything the SDK throws is a GigstackError; HTTP errors are a
 * GigstackApiError subclass chosen by status, carrying `status`, the API's `code` and the body.
 *
 * Run: GIGSTACK_API_KEY=<key> npx tsx examples/handle-errors.ts
 */
import { pathToFileURL } from "node:url";
import {
  AuthenticationError,
  Gigstack,
  GigstackApiError,
  GigstackConnectionError,
  GigstackError,
  GigstackTimeoutError,
  GigstackUnknownOutcomeError,
  GigstackValidationError,
  isGigstackError,
  NotFoundError,
  RateLimitError,
} from "../src/index.js"; // in your code: from "gigstack-ts"

/** What to tell an operator, by kind of failure. */
export function explain(err: unknown): string {
  if (err instanceof GigstackValidationError) {
    // Nothing was sent: the input breaks the spec or a SAT rule. Each issue names its field.
    return `fix the input: ${err.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  }
  if (isGigstackError(err, "cfdi_service_error")) {
    return `the SAT/PAC rejected the CFDI: ${err.message}`; // the message carries the SAT code
  }
  if (err instanceof NotFoundError) return `no such ${err.path.split("/")[1] ?? "resource"} (${err.code})`;
  if (err instanceof AuthenticationError) return "the API key was refused: check GIGSTACK_API_KEY";
  if (err instanceof RateLimitError) return `rate limited; retry after ${err.retryAfterMs ?? "a while"} ms`;
  if (err instanceof GigstackUnknownOutcomeError) {
    return `may or may not have happened: check before repeating (key ${err.idempotencyKey ?? "none"})`;
  }
  if (err instanceof GigstackTimeoutError || err instanceof GigstackConnectionError) {
    return `could not reach gigstack: ${err.message}`; // reads were already retried
  }
  if (err instanceof GigstackApiError) return `gigstack answered ${err.status} ${err.code ?? ""}: ${err.message}`;
  if (err instanceof GigstackError) return err.message;
  throw err; // not ours: a bug in the calling code
}

export async function main(gigstack: Gigstack) {
  const messages: string[] = [];

  // 1. Caught before sending: use G03 is not allowed for a receiver in regime 616 (the SAT's
  //    CFDI40147 error), and the RFC's check digit is wrong.
  try {
    await gigstack.clients.create({
      email: "karla@example.mx",
      legal_name: "KARLA FUENTE NOLASCO",
      tax_id: "FUNK671228PH7",
      tax_system: "616",
      use: "G03",
      address: { zip: "01160" },
    });
  } catch (err) {
    messages.push(explain(err));
  }

  // 2. An API error. (`Prefer: code=404` only makes a Prism mock server answer with its 404
  //    example, as the tests do; the real API ignores it and answers 404 for a missing id anyway.)
  try {
    await gigstack.clients.get("client_doesNotExist", { headers: { Prefer: "code=404" } });
  } catch (err) {
    messages.push(explain(err));
  }

  for (const message of messages) console.log(message);
  return messages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
