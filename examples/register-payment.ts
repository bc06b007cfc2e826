/**
 * Register a payment received outside gigstack (a transfer, cash) so that its invoice is issued,
 * without ever registering it twice.
 *
 * The SDK adds an idempotency key to every payment registration and repeats the request after a
 * timeout or a dropped connection with that same key, so gigstack recognises the repeat. Using
 * your own key, derived from your order, extends that safety to your own retries: a job that
 * crashed and runs again, a webhook delivered twice.
 *
 * Run: GIGSTACK_API_KEY=<test key> npx tsx examples/register-payment.ts
 */
import { pathToFileURL } from "node:url";
import { Gigstack, GigstackUnknownOutcomeError } from "../src/index.js"; // in your code: from "gigstack-ts"

export async function main(gigstack: Gigstack) {
  const order = { id: "OC-2025-0413", clientId: "client_8Zr2XwQk1pLm", serviceId: "service_6Tb1MxRq9WcZ" };
  const register = () =>
    gigstack.payments.register({
      client: { id: order.clientId },
      items: [{ id: order.serviceId, quantity: 1, unit_price: 1000 }],
      payment_form: "03", // transferencia
      automation_type: "pue_invoice", // stamp a PUE invoice for it
      currency: "MXN",
      metadata: { order_id: order.id },
      idempotency_key: `payment-${order.id}`, // one order, one payment: whatever happens below
    });

  let payment: Awaited<ReturnType<typeof register>>;
  try {
    payment = await register();
  } catch (err) {
    // The SDK already retried what it safely could. If the outcome is still unknown (no answer in
    // time), repeating with the same key is safe: gigstack answers with the payment it has.
    if (!(err instanceof GigstackUnknownOutcomeError)) throw err;
    console.log(`Outcome unknown (${err.message}); repeating with key ${err.idempotencyKey}`);
    payment = await register();
  }
  console.log(`Payment ${payment.id}: ${payment.status}, ${payment.total} ${payment.currency}`);
  console.log(`Invoices issued for it: ${payment.invoices?.join(", ") || "none yet"}`);
  return payment;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
