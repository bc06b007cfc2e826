// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
import * as z from 'zod/mini';

/**
 * SAT c_RegimenFiscal (CFDI 4.0). 609 is obsolete and not accepted.
 */
export const zTaxSystem = z.enum([
    '601',
    '603',
    '605',
    '606',
    '607',
    '608',
    '610',
    '611',
    '612',
    '614',
    '615',
    '616',
    '620',
    '621',
    '622',
    '623',
    '624',
    '625',
    '626',
    '628',
    '629',
    '630'
]);

/**
 * SAT c_FormaPago. With payment method PPD it must be `99`.
 */
export const zPaymentForm = z.enum([
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '08',
    '12',
    '13',
    '14',
    '15',
    '17',
    '23',
    '24',
    '25',
    '26',
    '27',
    '28',
    '29',
    '30',
    '31',
    '99'
]);

/**
 * SAT c_UsoCFDI for CFDI 4.0. `P01` (CFDI 3.3 only) is deliberately absent.
 */
export const zCfdiUse = z.enum([
    'G01',
    'G02',
    'G03',
    'I01',
    'I02',
    'I03',
    'I04',
    'I05',
    'I06',
    'I07',
    'I08',
    'D01',
    'D02',
    'D03',
    'D04',
    'D05',
    'D06',
    'D07',
    'D08',
    'D09',
    'D10',
    'S01',
    'CP01',
    'CN01'
]);

/**
 * A `use` as requests take it: the CFDI 4.0 c_UsoCFDI (CfdiUse) plus `P01` ("Por
 * definir"), the CFDI 3.3 code that gigstack's own docs examples and n8n node still send
 * (reference §5.3, §6 #33). The schema accepts it; the SDK's fiscal check flags it on calls
 * that stamp a CFDI (income and egress invoices), where the SAT's 4.0 catalogue refuses
 * it; `skipFiscalChecks` passes it through.
 *
 */
export const zCfdiUseInput = z.union([
    zCfdiUse,
    z.enum(['P01'])
]);

/**
 * SAT c_MetodoPago. PUE = single payment; PPD = deferred/partial (needs payment complements).
 */
export const zPaymentMethod = z.enum(['PUE', 'PPD']);

/**
 * SAT c_Meses for global invoices; 13–18 are bimesters (only with periodicity `05`).
 */
export const zMonth = z.enum([
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '07',
    '08',
    '09',
    '10',
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '18'
]);

/**
 * SAT c_Periodicidad for global invoices.
 */
export const zGlobalPeriodicity = z.enum([
    '01',
    '02',
    '03',
    '04',
    '05'
]);

/**
 * SAT c_TipoRelacion (CFDI 4.0).
 */
export const zRelationshipType = z.enum([
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '07'
]);

/**
 * SAT cancellation motive. `01` errors with relation (requires `substitution_uuid`), `02`
 * errors without relation, `03` operation not carried out, `04` nominative operation in a
 * global invoice.
 *
 */
export const zCancellationMotive = z.enum([
    '01',
    '02',
    '03',
    '04'
]);

/**
 * SAT c_ObjetoImp. `05`–`08` were added by SAT later; gigstack support unknown.
 */
export const zTaxability = z.enum([
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '07',
    '08'
]);

/**
 * SAT c_Exportacion.
 */
export const zExportation = z.enum([
    '01',
    '02',
    '03',
    '04'
]);

/**
 * SAT c_TipoDeComprobante as used by gigstack (I income, E egress, P payment, T transfer).
 */
export const zInvoiceType = z.enum([
    'I',
    'E',
    'P',
    'T'
]);

/**
 * ISO 4217 currency code (MXN, USD, EUR …).
 */
export const zCurrency = z.string().check(z.regex(/^[A-Z]{3}$/));

/**
 * How long a receipt stays open for self-invoicing (gigstack enum, not SAT).
 */
export const zReceiptPeriodicity = z.enum([
    'day',
    'week',
    'two_weeks',
    'month',
    'two_months'
]);

/**
 * What gigstack issues when the payment succeeds. `pue_invoice`, `ppd_invoice_and_complement`
 * and `none` are agreed by n8n, the docs guide and the CLI; the CLI also sends `receipt`
 * and legacy `stamp_invoice`, and the register-payment docs prose lists `payment` and
 * `payment_and_complement` (§6 #8), so those are accepted too.
 *
 */
export const zPaymentAutomationType = z.enum([
    'pue_invoice',
    'ppd_invoice_and_complement',
    'none',
    'receipt',
    'stamp_invoice',
    'payment',
    'payment_and_complement'
]);

/**
 * Union of every event name seen in any source (both `cancelled` and `canceled` spellings;
 * clients are `customer.*` since 2025-12). Closed for requests so a typo fails locally; the
 * list may be incomplete (no authoritative list exists): pass `validateRequests: "off"` to
 * subscribe to a name not listed. Webhook payloads are read as an open string.
 *
 */
export const zWebhookEventType = z.enum([
    'payment.created',
    'payment.updated',
    'payment.succeeded',
    'payment.failed',
    'payment.cancelled',
    'payment.canceled',
    'payment.refunded',
    'payment.deleted',
    'payment.upcoming_due_date',
    'invoice.created',
    'invoice.stamped',
    'invoice.cancelled',
    'invoice.canceled',
    'invoice.sent',
    'invoice.failed',
    'receipt.created',
    'receipt.updated',
    'receipt.completed',
    'receipt.stamped',
    'receipt.cancelled',
    'receipt.deleted',
    'customer.created',
    'customer.updated',
    'customer.deleted',
    'service.created',
    'service.updated',
    'service.deleted'
]);

/**
 * Free-form key/value pairs of the integrator.
 */
export const zMetadata = z.record(z.string(), z.unknown());

/**
 * Fiscal address (clients, teams, users). Send `country` as a name (`Mexico`); responses
 * normalise it to ISO-3 (`MEX`) and may fold `exterior` into `street`.
 *
 */
export const zAddress = z.object({
    street: z.optional(z.string()),
    exterior: z.optional(z.string()),
    interior: z.optional(z.string()),
    neighborhood: z.optional(z.string()),
    municipality: z.optional(z.string()),
    city: z.optional(z.string()),
    state: z.optional(z.string()),
    zip: z.optional(z.string()),
    country: z.optional(z.string())
});

/**
 * A tax line (traslado or retención). `rate` is a fraction (0.16 = 16%).
 */
export const zTax = z.object({
    type: z.enum([
        'IVA',
        'ISR',
        'IEPS',
        'iva',
        'isr',
        'ieps'
    ]),
    rate: z.number().check(z.gte(0)),
    factor: z.optional(z.enum([
        'Tasa',
        'Cuota',
        'Exento'
    ])),
    withholding: z.optional(z.boolean()),
    inclusive: z.optional(z.boolean()),
    base: z.optional(z.string())
});

/**
 * A cuenta-de-terceros item's third party.
 */
export const zThirdParty = z.object({
    legal_name: z.optional(z.string()),
    tax_id: z.optional(z.string()),
    tax_system: z.optional(zTaxSystem),
    zip: z.optional(z.string().check(z.regex(/^[0-9]{5}$/)))
});

/**
 * Find an existing record by a key instead of passing its id.
 */
export const zSearchSpec = z.object({
    on_key: z.string(),
    on_value: z.string(),
    auto_create: z.optional(z.boolean()),
    safety_check: z.optional(z.boolean())
});

export const zClientDefaults = z.object({
    keep_full_legal_name: z.optional(z.boolean()),
    issue_automatic_invoices: z.optional(z.boolean()),
    issue_invoiceable_receipts: z.optional(z.boolean())
});

/**
 * Fiscal fields of a client as sent on create, update and inline in other bodies.
 */
export const zClientInputFields = z.object({
    name: z.optional(z.string()),
    legal_name: z.optional(z.string()),
    company: z.optional(z.string()),
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
    tax_id: z.optional(z.string().check(z.regex(/^[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}$/))),
    tax_system: z.optional(zTaxSystem),
    use: z.optional(zCfdiUseInput),
    bcc: z.optional(z.array(z.string())),
    address: z.optional(zAddress),
    metadata: z.optional(zMetadata),
    defaults: z.optional(zClientDefaults)
});

/**
 * The `client` of an invoice, payment or receipt: an existing `id`, a `search` to find (and
 * optionally create) one, or inline client data.
 *
 */
export const zClientRef = z.intersection(zClientInputFields, z.object({
    id: z.optional(z.string()),
    search: z.optional(zSearchSpec)
}));

/**
 * An invoice, payment or receipt line: a service reference (`id` or `search`, optionally
 * overriding `quantity`, `unit_price` or other fields) or the fiscal data inline
 * (`description`, `unit_price`, `product_key`, `unit_key`, …; the team's defaults fill
 * what is left out). No field is required by any source: the server defaults `quantity`
 * to 1 (n8n's UI default) and takes the rest from the service or the team settings.
 * The field list is closed: every field any source sends (n8n, docs, CLI; reference
 * §3.6) is here, so an unknown key is a misspelling that would otherwise be dropped
 * silently and stamp a different line than meant.
 *
 */
export const zInvoiceItemInput = z.strictObject({
    id: z.optional(z.string()),
    search: z.optional(zSearchSpec),
    description: z.optional(z.string().check(z.minLength(1))),
    quantity: z.optional(z.number().check(z.gt(0))),
    unit_price: z.optional(z.number().check(z.gte(0))),
    discount: z.optional(z.number().check(z.gte(0))),
    sku: z.optional(z.string()),
    product_key: z.optional(z.string().check(z.regex(/^[0-9]{8}$/))),
    unit_key: z.optional(z.string()),
    unit_name: z.optional(z.string()),
    taxability: z.optional(zTaxability),
    taxes: z.optional(z.array(zTax)),
    third_party: z.optional(zThirdParty)
}).check(z.refine((value) => Object.keys(value).length >= 1, { message: "needs at least 1 field" }));

/**
 * An item of a payment or receipt: a service reference `{id, quantity?, unit_price?}`
 * (n8n, docs) or a full invoice line (CLI). Both are used against production (§6 #25),
 * and both are InvoiceItemInput shapes, so this is that schema.
 *
 */
export const zPaymentItemInput = zInvoiceItemInput;

/**
 * Series and folio to use for the CFDI generated from a payment or receipt.
 */
export const zInvoiceConfig = z.object({
    serie: z.optional(z.string()),
    folio: z.optional(z.union([
        z.string(),
        z.int()
    ]))
});

/**
 * Find-or-create on `POST /clients`: match an existing client by `email` or `tax_id`
 * instead of creating a duplicate. One match → 200 with that client (updated first when
 * `update` is true); several matches → 409; none → the client is created (201).
 *
 */
export const zClientUpsertSearch = z.object({
    on_key: z.enum(['email', 'tax_id']),
    on_value: z.string().check(z.minLength(1)),
    update: z._default(z.optional(z.boolean()), false)
});

/**
 * Body of `POST /clients`. No field is required: n8n's form marks `email` required, but
 * gigstack's CLI creates clients with name + RFC only and the docs mark nothing (§6 #16),
 * so the SDK sends what the CLI sends. A CFDI 4.0 receiver needs `legal_name`, `tax_id`,
 * `tax_system`, `use` and `address.zip` to be invoiced.
 *
 */
export const zClientCreateInput = z.intersection(zClientInputFields, z.object({
    search: z.optional(zClientUpsertSearch)
}));

/**
 * Body of `PUT /clients/{id}`: any subset of the client fields (all optional). n8n sends
 * name, legal_name, email, company, phone, tax_id, tax_system, use and address
 * (street, zip, city, state, country); `bcc`, `metadata`, `defaults` and the other address
 * fields are assumed accepted as on create (x-inferred). `null` clears a field: CLI-next
 * sends `{"phone": null, "metadata": {}}` (§2.1.3).
 *
 */
export const zClientUpdateInput = z.object({
    name: z.nullish(z.string()),
    legal_name: z.nullish(z.string()),
    company: z.nullish(z.string()),
    email: z.nullish(z.string()),
    phone: z.nullish(z.string()),
    tax_id: z.nullish(z.string().check(z.regex(/^[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}$/))),
    tax_system: z.nullish(zTaxSystem),
    use: z.nullish(zCfdiUseInput),
    bcc: z.nullish(z.array(z.string())),
    address: z.nullish(zAddress),
    metadata: z.nullish(zMetadata),
    defaults: z.nullish(zClientDefaults)
});

/**
 * Identify the client either by `id` (`client_…`; the CLI also accepts `cus_…`) or by
 * `email` — exactly one of them. The `oneOf` form is a decision; the sources only say
 * "one of id/email". Each branch is closed, so a body with both matches neither.
 *
 */
export const zClientPortalTokenInput = z.union([
    z.strictObject({
        id: z.string().check(z.minLength(1))
    }),
    z.strictObject({
        email: z.string()
    })
]);

/**
 * Fields of a catalogue service as sent on create and update.
 */
export const zServiceInputFields = z.object({
    description: z.optional(z.string().check(z.minLength(1))),
    unit_price: z.optional(z.number().check(z.gte(0))),
    sku: z.optional(z.string()),
    product_key: z.optional(z.string().check(z.regex(/^[0-9]{8}$/))),
    unit_key: z.optional(z.string()),
    unit_name: z.optional(z.string()),
    quantity: z.optional(z.number().check(z.gt(0))),
    taxability: z.optional(zTaxability),
    taxes: z.optional(z.array(zTax))
});

/**
 * Body of `POST /services`. `description` and `unit_price` are required (n8n); the CLI
 * also always sends `product_key` and `unit_key`.
 *
 */
export const zServiceCreateInput = z.intersection(zServiceInputFields, z.object({
    description: z.string().check(z.minLength(1)),
    unit_price: z.number().check(z.gte(0))
}));

/**
 * Body of `PUT /services/{id}`: any subset of the service fields. n8n and the CLI send
 * description, unit_price, sku, product_key, unit_key and unit_name; `taxes`,
 * `taxability` and `quantity` are assumed accepted as on create.
 *
 */
export const zServiceUpdateInput = zServiceInputFields;

/**
 * Body of `createPaymentComplementInvoice`. NOT DOCUMENTED anywhere: CLI-next passes a
 * caller-written body through unchanged (reference §7 gap 13). The properties below are
 * the fields a CFDI type P (Pagos 2.0) needs, named after gigstack's conventions
 * (`client`, `payment_form`, `currency`, `exchange_rate`, `series`, `send_email`,
 * `emails`, `metadata`, `idempotency_key`, invoice `last_balance`); every one is a guess
 * and nothing is required. The object is open so callers can send whatever the server
 * really expects.
 *
 */
export const zPaymentComplementInvoiceInput = z.object({
    client: z.optional(zClientRef),
    payment_form: z.optional(zPaymentForm),
    currency: z.optional(zCurrency),
    exchange_rate: z.optional(z.number().check(z.gt(0))),
    payment_date: z.optional(z.int().check(z.gte(0))),
    invoices: z.optional(z.array(z.object({
        uuid: z.optional(z.string()),
        amount: z.optional(z.number().check(z.gt(0))),
        installment: z.optional(z.int().check(z.gte(1))),
        last_balance: z.optional(z.number().check(z.gte(0)))
    })).check(z.minLength(1))),
    ppd_invoice_id: z.nullish(z.string()),
    series: z.optional(z.string()),
    folio_number: z.optional(z.int()),
    send_email: z.optional(z.boolean()),
    emails: z.optional(z.array(z.string())),
    metadata: z.optional(zMetadata),
    idempotency_key: z.optional(z.string())
});

/**
 * Body of `createTransferInvoice` (CFDI type T). NOT DOCUMENTED: CLI-next passes the
 * body through. Assumed to be the income-invoice field set minus payment fields
 * (`payment_form`, `payment_method`, `automation_type`), with `client` and `items`
 * required as for income invoices. SAT rules: use `S01`; for own goods subtotal 0 and
 * currency `XXX`; a Carta Porte goes in `complements`. Open object.
 *
 */
export const zTransferInvoiceInput = z.object({
    client: zClientRef,
    items: z.array(zInvoiceItemInput).check(z.minLength(1)),
    use: z.optional(zCfdiUseInput),
    currency: z.optional(zCurrency),
    exchange_rate: z.optional(z.number().check(z.gt(0))),
    exports: z.optional(zExportation),
    series: z.optional(z.string()),
    folio_number: z.optional(z.int()),
    related_documents: z.optional(z.array(z.object({
        relationship: zRelationshipType,
        documents: z.array(z.string()).check(z.minLength(1))
    }))),
    complements: z.optional(z.array(z.object({
        type: z.string(),
        data: z.string()
    }))),
    addenda: z.optional(z.string()),
    invoice_pdf_notes: z.optional(z.string()),
    send_email: z.optional(z.boolean()),
    emails: z.optional(z.array(z.string())),
    metadata: z.optional(zMetadata),
    idempotency_key: z.optional(z.string())
});

/**
 * Body of `importInvoiceXml` [cli-next]. 1–50 files, each given as XML text or as base64
 * content, not both (each form is closed, so a file with both matches neither).
 *
 */
export const zInvoiceXmlImportInput = z.object({
    files: z.array(z.union([z.strictObject({
            filename: z.string().check(z.minLength(1)),
            xml: z.string().check(z.minLength(1))
        }), z.strictObject({
            filename: z.string().check(z.minLength(1)),
            content: z.string().check(z.minLength(1))
        })])).check(z.minLength(1), z.maxLength(50))
});

/**
 * Body of `saveSatDownloadSchedule` [cli][docs].
 */
export const zSatDownloadScheduleInput = z.object({
    enabled: z.boolean(),
    time: z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)),
    download_types: z.array(z.enum(['issued', 'received'])).check(z.minLength(1)),
    days_back: z.int().check(z.gte(1), z.lte(90))
});

/**
 * A CFDI relation (CfdiRelacionados): the relation type and the UUIDs of the related
 * CFDIs, e.g. `{relationship: "01", documents: ["<income uuid>"]}` on a credit note or
 * `"04"` (sustitución) when replacing a cancelled invoice. [docs]
 *
 */
export const zInvoiceRelatedDocument = z.object({
    relationship: zRelationshipType,
    documents: z.array(z.string().check(z.minLength(1))).check(z.minLength(1))
});

/**
 * InformacionGlobal of a factura global (sales to the general public, receiver
 * `XAXX010101000`, regime 616, use `S01`). Docs example
 * `{periodicity: "04", months: "01", year: 2024}`. Months `13`–`18` (bimesters) only with
 * periodicity `05`. [docs][SAT]
 *
 */
export const zInvoiceGlobalInfo = z.object({
    periodicity: zGlobalPeriodicity,
    months: zMonth,
    year: z.int().check(z.gte(2022), z.lte(2100))
});

/**
 * An extra CFDI complement given as raw XML (e.g. leyendas fiscales). [docs]
 */
export const zInvoiceComplementInput = z.object({
    type: z.string(),
    data: z.string()
});

/**
 * Every body field of an invoice create (income, egress) or draft, none required here;
 * `InvoiceIncomeInput`, `InvoiceEgressInput` and `InvoiceDraftInput` add the required
 * ones. [n8n][docs][cli]
 *
 */
export const zInvoiceInputFields = z.object({
    client: z.optional(zClientRef),
    items: z.optional(z.array(zInvoiceItemInput)),
    payment_form: z.optional(zPaymentForm),
    payment_method: z.optional(zPaymentMethod),
    use: z.optional(zCfdiUseInput),
    currency: z.optional(zCurrency),
    exchange_rate: z.optional(z.number().check(z.gt(0))),
    series: z.optional(z.string()),
    folio_number: z.optional(z.int()),
    send_email: z.optional(z.boolean()),
    emails: z.optional(z.array(z.string())),
    automation_type: z.optional(z.string()),
    metadata: z.optional(zMetadata),
    idempotency_key: z.optional(z.string().check(z.minLength(1))),
    related_documents: z.optional(z.array(zInvoiceRelatedDocument)),
    global: z.optional(zInvoiceGlobalInfo),
    exports: z.optional(zExportation),
    complements: z.optional(z.array(zInvoiceComplementInput)),
    addenda: z.optional(z.string()),
    invoice_pdf_notes: z.optional(z.string()),
    return_files_urls: z.optional(z.boolean())
});

/**
 * One invoice of a batch: a `createIncomeInvoice` body plus its own `idempotency_key`
 * [cli-next]. CLI-next sends `idempotency_key`, `client` and `items`; the other fields are
 * the income invoice's (InvoiceInputFields), typed as there.
 *
 */
export const zIncomeInvoiceBatchEntry = z.intersection(zInvoiceInputFields, z.object({
    idempotency_key: z.string().check(z.minLength(1)),
    client: zClientRef,
    items: z.array(zInvoiceItemInput).check(z.minLength(1))
}));

/**
 * Body of `createIncomeInvoiceBatch` [cli-next].
 */
export const zIncomeInvoiceBatchInput = z.object({
    invoices: z.array(zIncomeInvoiceBatchEntry).check(z.minLength(1), z.maxLength(1000))
});

/**
 * Body of `POST /invoices/income` (docs schema `InvoiceIncomeInput`). `client` and at least
 * one item are required (n8n, mirroring gigstack's swagger). Items either reference a
 * service (`id` / `search`) or carry `description`, `unit_price`, `product_key` and
 * `unit_key` inline. SAT rules checked at stamping: `use` must fit the receiver's regime;
 * `payment_method: PPD` needs `payment_form: "99"`; `exchange_rate` is needed when
 * `currency` is not MXN; a global invoice sets `global` and bills `XAXX010101000`/`S01`.
 *
 */
export const zInvoiceIncomeInput = z.intersection(zInvoiceInputFields, z.object({
    client: zClientRef,
    items: z.array(zInvoiceItemInput).check(z.minLength(1))
}));

/**
 * Body of `POST /invoices/egress` (docs schema `InvoiceEgressInput`): the same fields as the
 * income invoice (n8n builds both with one function). Usually `use: G02` and a
 * `related_documents` entry with relationship `01` pointing at the income CFDI.
 *
 */
export const zInvoiceEgressInput = z.intersection(zInvoiceInputFields, z.object({
    client: zClientRef,
    items: z.array(zInvoiceItemInput).check(z.minLength(1))
}));

/**
 * Body of `POST /invoices/draft` and `PUT /invoices/draft/{id}`: the income-invoice fields
 * with only `invoice_type` required [docs]. The PUT is a full replace (§6 #38), so send
 * the complete draft every time.
 *
 */
export const zInvoiceDraftInput = z.intersection(zInvoiceInputFields, z.object({
    invoice_type: zInvoiceType
}));

/**
 * Body of `DELETE /invoices/{id}`. `substitution_uuid` is required when `motive` is `"01"`
 * (errors with relation: the replacing CFDI, stamped beforehand); it is ignored otherwise.
 * gigstack's CLI (every version) names the replacing CFDI `replacement` instead (§6 #9);
 * the docs and n8n say `substitution_uuid`, which is what to send, but `replacement` is
 * accepted too so the CLI's calls pass.
 *
 */
export const zInvoiceCancelInput = z.object({
    motive: zCancellationMotive,
    substitution_uuid: z.optional(z.string().check(z.minLength(1))),
    replacement: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Body of `POST /invoices/{id}/send`; `{}` resends to the client's own address. [cli][docs]
 */
export const zInvoiceResendEmailInput = z.object({
    emails: z.optional(z.array(z.string()))
});

/**
 * A way the customer may pay a payment link. `card`, `oxxo` and `stripe-spei` need Stripe
 * connected; n8n offers `card`, `spei`, `oxxo`, `stripe-spei`, the CLI sends `bank`. Kept
 * an open string with the known values.
 *
 */
export const zAllowedPaymentMethod = z.string().check(z.minLength(1));

/**
 * Body of `POST /payments/request` (docs schema `RequestPaymentInput`).
 */
export const zRequestPaymentInput = z.object({
    client: zClientRef,
    items: z.array(zPaymentItemInput).check(z.minLength(1)),
    automation_type: zPaymentAutomationType,
    allowed_payment_methods: z.optional(z.array(zAllowedPaymentMethod)),
    currency: z.optional(zCurrency),
    exchange_rate: z.optional(z.number().check(z.gt(0))),
    send_email: z.optional(z.boolean()),
    emails: z.optional(z.array(z.string())),
    metadata: z.optional(zMetadata),
    idempotency_key: z.optional(z.string().check(z.minLength(1))),
    invoice_config: z.optional(zInvoiceConfig),
    ppd_invoice_id: z.nullish(z.string()),
    ignore_emails: z.optional(z.boolean())
});

/**
 * Body of `POST /payments/register` (docs schema `RegisterPaymentInput`).
 */
export const zRegisterPaymentInput = z.object({
    client: zClientRef,
    items: z.array(zPaymentItemInput).check(z.minLength(1)),
    payment_form: zPaymentForm,
    automation_type: zPaymentAutomationType,
    currency: z.optional(zCurrency),
    exchange_rate: z.optional(z.number().check(z.gt(0))),
    metadata: z.optional(zMetadata),
    invoice_config: z.optional(zInvoiceConfig),
    idempotency_key: z.optional(z.string().check(z.minLength(1))),
    send_email: z.optional(z.boolean()),
    emails: z.optional(z.array(z.string())),
    ppd_invoice_id: z.nullish(z.string()),
    ignore_emails: z.optional(z.boolean())
});

/**
 * Body of `POST /payments/{id}/paid` (docs schema `MarkPaymentAsPaidInput`).
 */
export const zMarkPaymentAsPaidInput = z.object({
    payment_form: zPaymentForm,
    date: z.optional(z.int().check(z.gte(0)))
});

/**
 * Body of `POST /payments/{id}/refund` (docs schema `RefundPaymentInput`).
 */
export const zRefundPaymentInput = z.object({
    amount: z.number(),
    reason: z.optional(z.string()),
    external_processor_refund: z.optional(z.boolean())
});

/**
 * An item edit on `PUT /payments/{id}`; only `description` can change, other item fields are rejected.
 */
export const zUpdatePaymentItemInput = z.strictObject({
    id: z.string().check(z.minLength(1)),
    description: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Partial client data on `PUT /payments/{id}`; also merged into the client record, without
 * SAT re-validation. The client `id` cannot be changed.
 *
 */
export const zUpdatePaymentClientInput = z.object({
    name: z.optional(z.string()),
    company: z.optional(z.string()),
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    bcc: z.optional(z.array(z.string())),
    metadata: z.optional(zMetadata),
    legal_name: z.optional(z.string()),
    tax_id: z.optional(z.string().check(z.regex(/^[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}$/))),
    use: z.optional(zCfdiUseInput),
    tax_system: z.optional(zTaxSystem),
    address: z.optional(zAddress)
});

/**
 * Body of `PUT /payments/{id}` (docs schema `UpdatePaymentInput`); at least one of
 * `items`, `automation_type`, `client`.
 *
 */
export const zUpdatePaymentInput = z.object({
    items: z.optional(z.array(zUpdatePaymentItemInput).check(z.minLength(1))),
    automation_type: z.optional(z.enum([
        'pue_invoice',
        'ppd_invoice_and_complement',
        'none'
    ])),
    client: z.optional(zUpdatePaymentClientInput)
}).check(z.refine((value) => Object.keys(value).length >= 1, { message: "needs at least 1 field" }));

/**
 * Body of `POST /receipts` (docs schema `ReceiptInput`).
 */
export const zReceiptInput = z.object({
    client: zClientRef,
    items: z.array(zPaymentItemInput).check(z.minLength(1)),
    currency: z.optional(zCurrency),
    exchange_rate: z.optional(z.number().check(z.gt(0))),
    periodicity: z.optional(zReceiptPeriodicity),
    payment_form: z.optional(zPaymentForm),
    idempotency_key: z.optional(z.string().check(z.minLength(1))),
    metadata: z.optional(zMetadata),
    invoice_config: z.optional(zInvoiceConfig)
});

/**
 * Receiver of the CFDI stamped from a receipt: the receipt's `client`, or público en
 * general national (`XAXX010101000`, régimen 616, uso S01) or foreign (`XEXX010101000`).
 *
 */
export const zReceiptStampTo = z.enum([
    'client',
    'general_public_national',
    'general_public_foreign'
]);

/**
 * Overrides of the receiver's fiscal data when stamping a receipt to its client.
 */
export const zReceiptFiscalInformation = z.object({
    legal_name: z.optional(z.string().check(z.minLength(1))),
    tax_id: z.optional(z.string().check(z.regex(/^[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}$/))),
    tax_system: z.optional(zTaxSystem),
    zip: z.optional(z.string().check(z.regex(/^[0-9]{5}$/)))
});

/**
 * Body of `POST /receipts/{id}/stamp`, itself optional. n8n always sends `stamp_to`; the
 * CLI 0.3.1 stamps with no body, so `stamp_to` may default server-side (the reference's
 * word, §2.5.4; to what is unknown) and it is optional here (§6 #23).
 *
 */
export const zStampReceiptInput = z.object({
    stamp_to: z.optional(zReceiptStampTo),
    fiscal_information: z.optional(zReceiptFiscalInformation),
    date: z.optional(z.int().check(z.gte(0)))
});

/**
 * Body of `POST /receipts/{id}/reopen` (CLI-next).
 */
export const zReopenReceiptInput = z.object({
    reason: z.string().check(z.minLength(1))
});

/**
 * Per-area permissions of a member, e.g. `{"invoices": "none"}` (the only sample, from a
 * CLI-next test fixture). Area names and level values are not documented; values are
 * assumed to be strings.
 *
 */
export const zTeamMemberPermissions = z.record(z.string(), z.string());

/**
 * Body of `PATCH /teams/{id}/members/{memberId}`; both fields optional, send at least one.
 * `role: admin` requires owner approval (see the operation).
 *
 */
export const zTeamMemberUpdateInput = z.object({
    role: z.optional(z.string()),
    permissions: z.optional(zTeamMemberPermissions)
});

/**
 * Body of `POST /teams/{id}/portal-access-token` (camelCase field name as the CLI sends it).
 */
export const zTeamPortalAccessTokenInput = z.object({
    expiresIn: z.optional(z.string())
});

/**
 * Role granted by an invitation. `admin` needs the team owner's approval.
 */
export const zTeamInvitationRole = z.enum([
    'admin',
    'editor',
    'viewer'
]);

/**
 * Body of `POST /teams/{id}/invitations`.
 */
export const zTeamInvitationInput = z.object({
    email: z.string(),
    role: z._default(z.optional(zTeamInvitationRole), 'viewer'),
    send_email: z._default(z.optional(z.boolean()), true)
});

/**
 * Body of the resend call: the CLI sends an empty object. (The owner's account-invitation
 * resend accepts `acknowledge_unconfirmed_delivery: true`; whether this endpoint does is
 * unknown, so the object is left open.)
 *
 */
export const zTeamInvitationResendInput = z.record(z.string(), z.unknown());

/**
 * Body of accept/decline.
 */
export const zTeamInvitationTokenInput = z.object({
    token: z.string().check(z.minLength(1))
});

/**
 * Brand block of `createTeam`; `alias` is required when `brand` is sent [n8n][docs].
 */
export const zTeamBrandInput = z.object({
    alias: z.string().check(z.minLength(1)),
    primary_color: z.optional(z.string()),
    secondary_color: z.optional(z.string()),
    logo: z.optional(z.url())
});

/**
 * Fiscal address of `createTeam`; `country` is required when `address` is sent [n8n][docs].
 */
export const zTeamAddressInput = z.intersection(zAddress, z.object({
    country: z.string().check(z.minLength(1))
}));

/**
 * Body of `updateTeam`; every field is optional and only those sent change [n8n].
 */
export const zTeamUpdateInput = z.object({
    tax_id: z.optional(z.string().check(z.minLength(12), z.maxLength(13))),
    tax_system: z.optional(zTaxSystem),
    legal_name: z.optional(z.string()),
    support_email: z.optional(z.string()),
    support_phone: z.optional(z.string()),
    brand: z.optional(z.object({
        alias: z.optional(z.string()),
        primary_color: z.optional(z.string()),
        secondary_color: z.optional(z.string()),
        logo: z.optional(z.url())
    })),
    address: z.optional(zAddress)
});

/**
 * Role of a team member on input. Responses may say `member` (reference §7
 */
export const zTeamMemberRole = z.enum([
    'admin',
    'editor',
    'viewer'
]);

/**
 * Body of `createTeam` (docs schema `TeamInput`) [n8n][docs].
 */
export const zTeamCreateInput = z.object({
    tax_id: z.string().check(z.minLength(12), z.maxLength(13)),
    tax_system: z.optional(zTaxSystem),
    legal_name: z.optional(z.string()),
    support_email: z.optional(z.string()),
    support_phone: z.optional(z.string()),
    generate_onboarding_url: z.optional(z.boolean()),
    brand: z.optional(zTeamBrandInput),
    address: z.optional(zTeamAddressInput),
    add_members: z.optional(z.array(z.object({
        id: z.string().check(z.minLength(1)),
        role: z.optional(zTeamMemberRole)
    }))),
    add_master_team_members: z.optional(z.boolean())
});

/**
 * Body of `addTeamMember` [n8n][cli-next].
 */
export const zTeamMemberAddInput = z.object({
    id: z.string().check(z.minLength(1)),
    role: z._default(z.optional(zTeamMemberRole), 'viewer')
});

/**
 * Body of `removeTeamMember` [n8n].
 */
export const zTeamMemberRemoveInput = z.object({
    id: z.string().check(z.minLength(1))
});

/**
 * Body of `createTeamSeries` (docs schema `SeriesInput`) [n8n][cli-next].
 */
export const zTeamSeriesCreateInput = z.object({
    series: z.string().check(z.minLength(1)),
    live: z.optional(z.int().check(z.gte(0))),
    test: z.optional(z.int().check(z.gte(0)))
});

/**
 * Body of `updateTeamSeries`; both counters optional [n8n][cli-next].
 */
export const zTeamSeriesUpdateInput = z.object({
    live: z.optional(z.int().check(z.gte(0))),
    test: z.optional(z.int().check(z.gte(0)))
});

/**
 * Body of `signTeamManifest`. CLI-next documents "key/cert base64 and password" (e.firma /
 * FIEL, not the CSD) but not the field names (reference §7 #2); `cert`, `key` and
 * `password` are chosen to match the FIEL multipart upload's part names.
 *
 */
export const zTeamManifestSignInput = z.object({
    cert: z.string().check(z.minLength(1)),
    key: z.string().check(z.minLength(1)),
    password: z.string().check(z.minLength(1))
});

export const zTeamSettingsEmailTemplateText = z.nullable(z.object({
    body: z.nullish(z.string()),
    subject: z.nullish(z.string())
}));

/**
 * Spanish and English variants of one template.
 */
export const zTeamSettingsEmailTemplatePair = z.nullable(z.object({
    es: z.optional(zTeamSettingsEmailTemplateText),
    en: z.optional(zTeamSettingsEmailTemplateText)
}));

/**
 * Body of `updateTeamSettings` (docs schema `TeamSettingsInput`), typed after CLI-next's
 * settings contract plus n8n's fields [n8n][cli-next][docs]. Partial update: only supplied
 * fields change; `null` clears a field (a `null` group resets its leaves); an empty object
 * leaves a group unchanged; arrays replace the stored array. `customer_portal_id` is left
 * out (probably read-only). Unknown extra keys are not forbidden here (the server decides).
 *
 */
export const zTeamSettingsInput = z.object({
    default_description: z.nullish(z.string()),
    override_item_description: z.nullish(z.string()),
    invoice_pdf_notes: z.nullish(z.string()),
    product_key: z.nullish(z.string()),
    unit_key: z.nullish(z.string()),
    unit_name: z.nullish(z.string()),
    sku: z.nullish(z.string()),
    use: z.nullish(zCfdiUseInput),
    keep_full_legal_name: z.nullish(z.boolean()),
    avoid_legal_name_replacer: z.nullish(z.boolean()),
    taxes: z.nullish(z.array(zTax)),
    taxes_usd: z.nullish(z.array(zTax)),
    withholding_taxes: z.nullish(z.array(zTax)),
    local_taxes: z.nullish(z.array(z.record(z.string(), z.unknown()))),
    avoid_automations_on_currencies: z.nullish(z.array(zCurrency)),
    automate_complement_for_ppd_invoices: z.nullish(z.boolean()),
    automate_partial_payment_complements: z.nullish(z.boolean()),
    global_invoice_disabled: z.nullish(z.boolean()),
    global_invoicing_monthly_cuts: z.nullish(z.union([
        z.literal(2),
        z.literal(3),
        z.literal(4),
        z.literal(5)
    ])),
    eom_ppd_threshold_days: z.nullish(z.int().check(z.gte(0), z.lte(31))),
    invoice_per_receipt: z.nullish(z.boolean()),
    avoid_receipts: z.nullish(z.boolean()),
    cancel_receipts_on_refunds: z.nullish(z.boolean()),
    use_foreign_public_in_usd: z.nullish(z.boolean()),
    enforce_client_country_taxes: z.nullish(z.boolean()),
    send_invoice_english_pdf: z.nullish(z.boolean()),
    allow_notes_on_self_invoice: z.nullish(z.boolean()),
    allow_product_code_on_self_invoice: z.nullish(z.boolean()),
    uses_on_self_invoice_portal: z.nullish(z.array(zCfdiUseInput)),
    complements: z.nullish(z.array(z.object({
        data: z.nullish(z.string()),
        description: z.nullish(z.string()),
        type: z.nullish(z.string())
    }))),
    addenda: z.nullish(z.string()),
    custom_payment_description: z.nullish(z.string()),
    force_series: z.nullish(z.string()),
    periodicity: z.nullish(zReceiptPeriodicity),
    pdf_language: z.nullish(z.enum(['en', 'es'])),
    limit_days_to_pay: z.nullish(z.int().check(z.gte(0))),
    concepts_catalog: z.nullish(z.array(z.string())),
    allowed_product_codes: z.nullish(z.array(z.object({
        key: z.string(),
        description: z.string()
    }))),
    payment_reminders: z.nullish(z.object({
        days: z.nullish(z.int().check(z.gte(0))),
        enabled: z.nullish(z.boolean()),
        before_body: z.nullish(z.string()),
        before_subject: z.nullish(z.string()),
        after_body: z.nullish(z.string()),
        after_subject: z.nullish(z.string())
    })),
    reinvoice: z.nullish(z.object({
        window_days: z.nullish(z.int().check(z.gte(0))),
        handler: z.nullish(z.enum(['credit_note', 'cancel_resources']))
    })),
    refunds: z.nullish(z.object({
        automatic_refunds: z.nullish(z.boolean()),
        current_month_handler: z.nullish(z.enum(['credit_note', 'cancel_resources']))
    })),
    emails: z.nullish(z.object({
        invoices_bcc: z.nullish(z.array(z.string())),
        payments_bcc: z.nullish(z.array(z.string())),
        receipts_bcc: z.nullish(z.array(z.string())),
        avoid_invoice_emails: z.nullish(z.boolean()),
        avoid_test_invoice_emails: z.nullish(z.boolean()),
        avoid_receipts_emails: z.nullish(z.boolean()),
        avoid_foreign_receipts_emails: z.nullish(z.boolean()),
        invoice_body: z.nullish(z.string()),
        invoice_subject: z.nullish(z.string()),
        complement_body: z.nullish(z.string()),
        complement_subject: z.nullish(z.string()),
        credit_note_body: z.nullish(z.string()),
        credit_note_subject: z.nullish(z.string()),
        payment_body: z.nullish(z.string()),
        payment_subject: z.nullish(z.string()),
        receipt_body: z.nullish(z.string()),
        receipt_subject: z.nullish(z.string()),
        receipt_reminder_body: z.nullish(z.string()),
        receipt_reminder_subject: z.nullish(z.string())
    })),
    email_templates: z.nullish(z.object({
        invoices: z.optional(zTeamSettingsEmailTemplatePair),
        complements: z.optional(zTeamSettingsEmailTemplatePair),
        credit_notes: z.optional(zTeamSettingsEmailTemplatePair),
        payments: z.optional(zTeamSettingsEmailTemplatePair),
        receipts: z.optional(zTeamSettingsEmailTemplatePair),
        receipt_reminders: z.optional(zTeamSettingsEmailTemplatePair)
    })),
    default_series: z.nullish(z.object({
        income: z.nullish(z.object({
            serie: z.nullish(z.string())
        })),
        complements: z.nullish(z.object({
            serie: z.nullish(z.string())
        })),
        credit_note: z.nullish(z.object({
            serie: z.nullish(z.string())
        }))
    }))
});

/**
 * Body of `POST /users` (`UserInput`). [n8n][docs][cli-next]
 */
export const zUserCreateInput = z.object({
    email: z.optional(z.string()),
    first_name: z.optional(z.string()),
    last_name: z.optional(z.string()),
    phone: z.optional(z.string()),
    company_role: z.optional(z.string()),
    role: z.optional(z.enum([
        'admin',
        'editor',
        'viewer'
    ])),
    auto_join: z._default(z.optional(z.boolean()), false),
    address: z.optional(zAddress)
});

/**
 * Body of `PUT /users/{id}`; every field optional, only sent fields change. [n8n][cli-next]
 * `email` is offered by n8n but CLI-next says the e-mail is not changed (§6 #29).
 *
 */
export const zUserUpdateInput = z.object({
    email: z.optional(z.string()),
    first_name: z.optional(z.string()),
    last_name: z.optional(z.string()),
    phone: z.optional(z.string()),
    company_role: z.optional(z.string()),
    address: z.optional(zAddress)
});

/**
 * Body of `POST /users/reset-password`. [n8n][docs]
 */
export const zUserPasswordResetInput = z.object({
    email: z.string()
});

/**
 * Body of `POST /users/login-link`. [n8n][cli-next]
 */
export const zUserLoginLinkInput = z.object({
    user_id: z.string().check(z.minLength(1))
});

/**
 * Webhook subscription state. [n8n][docs]
 */
export const zWebhookStatus = z.enum(['active', 'inactive']);

/**
 * Body of `POST /webhooks` (`WebhookInput`). [n8n][cli][docs]
 */
export const zWebhookCreateInput = z.object({
    url: z.url().check(z.regex(/^https:\/\//)),
    events: z.optional(z.array(zWebhookEventType)),
    description: z.optional(z.string()),
    status: z._default(z.optional(zWebhookStatus), 'active')
});

/**
 * Body of `PUT /webhooks/{id}` (`WebhookUpdateInput`); every field optional. [n8n][docs]
 */
export const zWebhookUpdateInput = z.object({
    url: z.optional(z.url().check(z.regex(/^https:\/\//))),
    events: z.optional(z.array(zWebhookEventType)),
    description: z.optional(z.string()),
    status: z.optional(zWebhookStatus)
});

/**
 * Body of `POST /auth/signup`. [docs][cli] The sources list the fields but no required
 * flags and no bounds, so every field is optional here and the server decides (it answers
 * 400 for an invalid body).
 *
 */
export const zHeadlessSignupInput = z.object({
    email: z.optional(z.string()),
    name: z.optional(z.string()),
    plan_id: z.optional(z.string()),
    billing_cycle: z.optional(z.string()),
    stripe_payment_method: z.optional(z.string()),
    metadata: z.optional(zMetadata)
});

export const zListClientsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0))),
    metadata: z.optional(z.record(z.string(), z.string()))
});

export const zCreateClientBody = zClientCreateInput;

export const zSearchClientsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    q: z.string().check(z.minLength(1)),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10)
});

export const zUpdateClientBody = zClientUpdateInput;

export const zGetClientPortalTokenBody = zClientPortalTokenInput;

export const zUploadClientCsfQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    client_id: z.optional(z.string().check(z.minLength(1)))
});

export const zListServicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0)))
});

export const zCreateServiceBody = zServiceCreateInput;

export const zUpdateServiceBody = zServiceUpdateInput;

export const zListPaymentComplementInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    status: z.optional(z.string()),
    client_id: z.optional(z.string().check(z.minLength(1))),
    series: z.optional(z.string().check(z.minLength(1))),
    invoice_id: z.optional(z.string().check(z.minLength(1))),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0))),
    created_gte: z.optional(z.int().check(z.gte(0))),
    created_lte: z.optional(z.int().check(z.gte(0))),
    metadata: z.optional(z.record(z.string(), z.string()))
});

export const zCreatePaymentComplementInvoiceBody = zPaymentComplementInvoiceInput;

export const zListTransferInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0)))
});

export const zCreateTransferInvoiceBody = zTransferInvoiceInput;

export const zCreateIncomeInvoiceBatchBody = zIncomeInvoiceBatchInput;

export const zListIncomeInvoiceBatchItemsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    status: z.optional(z.string())
});

export const zImportInvoiceXmlBody = zInvoiceXmlImportInput;

export const zListSatInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    starting_after: z.optional(z.string()),
    from: z.optional(z.iso.date()),
    to: z.optional(z.iso.date()),
    direction: z.optional(z.enum(['issued', 'received'])),
    status: z.optional(z.string()),
    invoice_type: z.optional(z.enum([
        'I',
        'E',
        'P',
        'N',
        'T'
    ])),
    issuer_rfc: z.optional(z.string()),
    receiver_rfc: z.optional(z.string())
});

export const zSaveSatDownloadScheduleBody = zSatDownloadScheduleInput;

export const zListIncomeInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    status: z.optional(z.string()),
    client_id: z.optional(z.string().check(z.minLength(1))),
    series: z.optional(z.string().check(z.minLength(1))),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0))),
    created_gte: z.optional(z.int().check(z.gte(0))),
    created_lte: z.optional(z.int().check(z.gte(0))),
    metadata: z.optional(z.record(z.string(), z.string()))
});

export const zCreateIncomeInvoiceBody = zInvoiceIncomeInput;

export const zListEgressInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    status: z.optional(z.string()),
    client_id: z.optional(z.string().check(z.minLength(1))),
    series: z.optional(z.string().check(z.minLength(1))),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0))),
    created_gte: z.optional(z.int().check(z.gte(0))),
    created_lte: z.optional(z.int().check(z.gte(0))),
    metadata: z.optional(z.record(z.string(), z.string()))
});

export const zCreateEgressInvoiceBody = zInvoiceEgressInput;

export const zListCfdiErrorsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    code: z.optional(z.string().check(z.minLength(1))),
    q: z.optional(z.string().check(z.minLength(1))),
    type: z.optional(z.enum([
        'invoice',
        'receiver',
        'sender',
        'unknown'
    ])),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 50),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1)
});

export const zCancelInvoiceBody = zInvoiceCancelInput;

export const zGetInvoiceFilesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    file_type: z.optional(z.enum(['pdf', 'xml']))
});

export const zResendInvoiceEmailBody = zInvoiceResendEmailInput;

export const zSearchInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    q: z.string().check(z.minLength(1)),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10)
});

export const zListDraftInvoicesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0)))
});

export const zCreateDraftInvoiceBody = zInvoiceDraftInput;

export const zUpdateDraftInvoiceBody = zInvoiceDraftInput;

export const zListPaymentsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0))),
    metadata: z.optional(z.record(z.string(), z.string())),
    status: z.optional(z.string().check(z.minLength(1))),
    client_id: z.optional(z.string().check(z.minLength(1))),
    email: z.optional(z.string().check(z.minLength(1))),
    currency: z.optional(zCurrency),
    tax_id: z.optional(z.string().check(z.minLength(1)))
});

export const zSearchPaymentsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    q: z.string().check(z.minLength(1)),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    status: z.optional(z.string().check(z.minLength(1))),
    client_id: z.optional(z.string().check(z.minLength(1)))
});

export const zRequestPaymentBody = zRequestPaymentInput;

export const zRegisterPaymentBody = zRegisterPaymentInput;

export const zUpdatePaymentBody = zUpdatePaymentInput;

export const zMarkPaymentAsPaidBody = zMarkPaymentAsPaidInput;

export const zRefundPaymentBody = zRefundPaymentInput;

export const zListReceiptsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc'])),
    'created[gte]': z.optional(z.int().check(z.gte(0))),
    'created[lte]': z.optional(z.int().check(z.gte(0))),
    metadata: z.optional(z.record(z.string(), z.string())),
    status: z.optional(z.string().check(z.minLength(1))),
    client_id: z.optional(z.string().check(z.minLength(1)))
});

export const zCreateReceiptBody = zReceiptInput;

export const zSearchReceiptsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    q: z.string().check(z.minLength(1)),
    page: z._default(z.optional(z.int().check(z.gte(1))), 1),
    fields: z.optional(z.string().check(z.minLength(1)))
});

export const zStampReceiptBody = zStampReceiptInput;

export const zReopenReceiptBody = zReopenReceiptInput;

export const zUpdateTeamBody = zTeamUpdateInput;

export const zUpdateTeamSettingsBody = zTeamSettingsInput;

export const zUpdateTeamMemberBody = zTeamMemberUpdateInput;

export const zCreateTeamPortalAccessTokenBody = zTeamPortalAccessTokenInput;

export const zCreateTeamInvitationBody = zTeamInvitationInput;

export const zResendTeamInvitationBody = zTeamInvitationResendInput;

export const zAcceptTeamInvitationBody = zTeamInvitationTokenInput;

export const zDeclineTeamInvitationBody = zTeamInvitationTokenInput;

export const zListTeamsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc']))
});

export const zCreateTeamBody = zTeamCreateInput;

export const zCreateTeamSeriesBody = zTeamSeriesCreateInput;

export const zUpdateTeamSeriesBody = zTeamSeriesUpdateInput;

export const zAddTeamMemberBody = zTeamMemberAddInput;

export const zRemoveTeamMemberBody = zTeamMemberRemoveInput;

export const zSignTeamManifestBody = zTeamManifestSignInput;

export const zListUsersQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    next: z.optional(z.string()),
    order_by: z.optional(z.string()),
    sort: z.optional(z.enum(['asc', 'desc']))
});

export const zCreateUserBody = zUserCreateInput;

export const zUpdateUserBody = zUserUpdateInput;

export const zResetUserPasswordBody = zUserPasswordResetInput;

export const zGenerateUserLoginLinkBody = zUserLoginLinkInput;

export const zListWebhooksQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 10),
    status: z.optional(zWebhookStatus)
});

export const zCreateWebhookBody = zWebhookCreateInput;

export const zUpdateWebhookBody = zWebhookUpdateInput;

export const zHeadlessSignupBody = zHeadlessSignupInput;
