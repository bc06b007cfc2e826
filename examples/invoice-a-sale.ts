/**
 * Invoice a sale: a CFDI 4.0 income invoice (type I), stamped synchronously, for a customer
 * found by RFC (and created on the fly if new), then the links to its PDF and XML.
 *
 * Run: GIGSTACK_API_KEY=<test key> npx tsx examples/invoice-a-sale.ts
 */
import { pathToFileURL } from "node:url";
import { Gigstack } from "../src/index.js"; // in your code: from "gigstack-ts"

export async function main(gigstack: Gigstack) {
  const order = { id: "ORD-2025-11-0042", hours: 2, rate: 5000 };

  const invoice = await gigstack.invoices.income.create({
    client: {
      // Find the client by RFC; create it with the data below if it does not exist yet.
      search: { on_key: "tax_id", on_value: "XIA190128J61", auto_create: true },
      legal_name: "XENON INDUSTRIAL ARTICLES", // exactly as in the Constancia de Situación Fiscal
      tax_id: "XIA190128J61",
      tax_system: "601",
      email: "cuentasporpagar@xenon-industrial.mx",
      address: { zip: "76343", country: "Mexico" },
    },
    items: [
      {
        description: "Desarrollo de software a la medida",
        quantity: order.hours,
        unit_price: order.rate,
        product_key: "81111500", // SAT ClaveProdServ
        unit_key: "E48", // SAT ClaveUnidad: unidad de servicio
        taxes: [{ type: "IVA", rate: 0.16, factor: "Tasa", withholding: false }],
      },
    ],
    payment_form: "03", // transferencia
    payment_method: "PUE", // paid in one go
    use: "G03", // gastos en general
    currency: "MXN",
    metadata: { order_id: order.id },
  });

  const uuid = invoice.uuid ?? invoice.id;
  if (!uuid) throw new Error("the invoice came back without its UUID");
  console.log(
    `Stamped ${invoice.series}-${invoice.folio_number} (${uuid}), total ${invoice.total} ${invoice.currency}`,
  );

  // The files are links (signed storage URLs); `invoices.download(uuid, "pdf")` fetches the bytes.
  const files = await gigstack.invoices.files(uuid);
  console.log(`PDF: ${files.pdf}\nXML: ${files.xml}`);
  return { uuid, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
