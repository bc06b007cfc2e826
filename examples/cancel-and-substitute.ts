/**
 * Cancel an invoice that was issued with errors and replace it (CFDI 4.0 motive "01"): stamp the
 * corrected invoice first, related to the original as a substitution (c_TipoRelacion "04"), then
 * cancel the original naming its substitute.
 *
 * Run: GIGSTACK_API_KEY=<test key> npx tsx examples/cancel-and-substitute.ts <uuid of the wrong invoice>
 */
import { pathToFileURL } from "node:url";
import { Gigstack, GigstackValidationError } from "../src/index.js"; // in your code: from "gigstack-ts"

export async function main(gigstack: Gigstack, wrongUuid = "0b7e4d2c-9a13-4f6e-8c25-7d1a3e9f4b68") {
  const wrong = await gigstack.invoices.income.get(wrongUuid);
  console.log(`To replace: ${wrong.series}-${wrong.folio_number}, ${wrong.total} ${wrong.currency}, ${wrong.status}`);

  // Motive "01" without the substitute's UUID is refused locally, before any request:
  try {
    await gigstack.invoices.cancel(wrongUuid, { motive: "01" });
  } catch (err) {
    if (!(err instanceof GigstackValidationError)) throw err;
    console.log(`Refused locally: ${err.issues[0]?.message} (${err.issues[0]?.rule})`);
  }

  // 1. The corrected invoice, related to the wrong one as its substitute.
  const substitute = await gigstack.invoices.income.create({
    client: { id: wrong.client?.id ?? "client_4HnY7cPw2sDe" },
    items: [
      {
        description: "Servicios de consultoría (corrige folio anterior)",
        quantity: 1,
        unit_price: 3500,
        product_key: "80101500",
        unit_key: "E48",
        taxes: [{ type: "IVA", rate: 0.16, factor: "Tasa", withholding: false }],
      },
    ],
    payment_form: "03",
    payment_method: "PUE",
    use: "G03",
    related_documents: [{ relationship: "04", documents: [wrongUuid] }],
  });
  const substituteUuid = substitute.uuid ?? substitute.id;
  if (!substituteUuid) throw new Error("the substitute came back without its UUID");
  console.log(`Substitute stamped: ${substitute.series}-${substitute.folio_number} (${substituteUuid})`);

  // 2. Cancel the original, naming the substitute. The SAT (and, above certain amounts, the
  //    receiver) must accept: the invoice may stay `valid` with a `cancellation_status` meanwhile.
  await gigstack.invoices.cancel(wrongUuid, { motive: "01", substitution_uuid: substituteUuid });
  console.log(`Cancellation of ${wrongUuid} requested`);
  return { substituteUuid };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack(), process.argv[2]).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
