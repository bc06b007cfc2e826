// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
// Written by scripts/generate-methods.mjs from the spec and src/resources.ts.
import type { RequestOptions } from "../src/config.js";
import type { PagePromise } from "../src/pagination.js";
import type { Uploadable } from "../src/types.js";
import type { components, operations } from "./types.js";

// ---- The schemas of the spec, by name.

/**
 * Success envelope. Operations refine `data`. `success` and `timestamp` appear in the newer "standardized" responses; `timestamp` is epoch ms (number) or an ISO string.
 */
export type Envelope = components["schemas"]["Envelope"];

/**
 * Cursor-paginated list envelope. Loop while `has_more` and `next`.
 */
export type ListEnvelope = components["schemas"]["ListEnvelope"];

/**
 * Page-numbered search envelope used by `*\/search` endpoints.
 */
export type SearchEnvelope = components["schemas"]["SearchEnvelope"];

/**
 * Envelope whose `data` is not described by any source (typically `{}`).
 */
export type EmptyEnvelope = components["schemas"]["EmptyEnvelope"];

/**
 * The one success-status envelope that can report failure: `POST /invoices/import` answers HTTP 200 with `success: false` when files were not imported (the SDK raises it as an API error, as CLI-next treats it as a failure).
 */
export type InvoiceXmlImportEnvelope = components["schemas"]["InvoiceXmlImportEnvelope"];

/**
 * Error body. Documented form `{message, error: "<ApiErrorCode>"}`; the CLI also parses an object form `{success: false, error: {code, message, details}}`, so both are accepted.
 */
export type ErrorEnvelope = components["schemas"]["ErrorEnvelope"];

/**
 * Object form of `error` seen by the CLI.
 */
export type ApiErrorObject = components["schemas"]["ApiErrorObject"];

/**
 * Error codes of docs page apierrorcode (23).
 */
export type ApiErrorCode = components["schemas"]["ApiErrorCode"];

/**
 * SAT c_RegimenFiscal (CFDI 4.0). 609 is obsolete and not accepted.
 */
export type TaxSystem = components["schemas"]["TaxSystem"];

/**
 * SAT c_FormaPago. With payment method PPD it must be `99`.
 */
export type PaymentForm = components["schemas"]["PaymentForm"];

/**
 * SAT c_UsoCFDI for CFDI 4.0. `P01` (CFDI 3.3 only) is deliberately absent.
 */
export type CfdiUse = components["schemas"]["CfdiUse"];

/**
 * A `use` as requests take it: the CFDI 4.0 c_UsoCFDI (CfdiUse) plus `P01` ("Por definir"), the CFDI 3.3 code that gigstack's own docs examples and n8n node still send (reference §5.3, §6 #33). The schema accepts it; the SDK's fiscal check flags it on calls that stamp a CFDI (income and egress invoices), where the SAT's 4.0 catalogue refuses it; `skipFiscalChecks` passes it through.
 */
export type CfdiUseInput = components["schemas"]["CfdiUseInput"];

/**
 * SAT c_MetodoPago. PUE = single payment; PPD = deferred/partial (needs payment complements).
 */
export type PaymentMethod = components["schemas"]["PaymentMethod"];

/**
 * SAT c_Meses for global invoices; 13–18 are bimesters (only with periodicity `05`).
 */
export type Month = components["schemas"]["Month"];

/**
 * SAT c_Periodicidad for global invoices.
 */
export type GlobalPeriodicity = components["schemas"]["GlobalPeriodicity"];

/**
 * SAT c_TipoRelacion (CFDI 4.0).
 */
export type RelationshipType = components["schemas"]["RelationshipType"];

/**
 * SAT cancellation motive. `01` errors with relation (requires `substitution_uuid`), `02` errors without relation, `03` operation not carried out, `04` nominative operation in a global invoice.
 */
export type CancellationMotive = components["schemas"]["CancellationMotive"];

/**
 * SAT c_ObjetoImp. `05`–`08` were added by SAT later; gigstack support unknown.
 */
export type Taxability = components["schemas"]["Taxability"];

/**
 * SAT c_Exportacion.
 */
export type Exportation = components["schemas"]["Exportation"];

/**
 * SAT c_TipoDeComprobante as used by gigstack (I income, E egress, P payment, T transfer).
 */
export type InvoiceType = components["schemas"]["InvoiceType"];

/**
 * ISO 4217 currency code (MXN, USD, EUR …).
 */
export type Currency = components["schemas"]["Currency"];

/**
 * How long a receipt stays open for self-invoicing (gigstack enum, not SAT).
 */
export type ReceiptPeriodicity = components["schemas"]["ReceiptPeriodicity"];

/**
 * What gigstack issues when the payment succeeds. `pue_invoice`, `ppd_invoice_and_complement` and `none` are agreed by n8n, the docs guide and the CLI; the CLI also sends `receipt` and legacy `stamp_invoice`, and the register-payment docs prose lists `payment` and `payment_and_complement` (§6 #8), so those are accepted too.
 */
export type PaymentAutomationType = components["schemas"]["PaymentAutomationType"];

/**
 * Union of every event name seen in any source (both `cancelled` and `canceled` spellings; clients are `customer.*` since 2025-12). Closed for requests so a typo fails locally; the list may be incomplete (no authoritative list exists): pass `validateRequests: "off"` to subscribe to a name not listed. Webhook payloads are read as an open string.
 */
export type WebhookEventType = components["schemas"]["WebhookEventType"];

/**
 * Free-form key/value pairs of the integrator.
 */
export type Metadata = components["schemas"]["Metadata"];

/**
 * Fiscal address (clients, teams, users). Send `country` as a name (`Mexico`); responses normalise it to ISO-3 (`MEX`) and may fold `exterior` into `street`.
 */
export type Address = components["schemas"]["Address"];

/**
 * A tax line (traslado or retención). `rate` is a fraction (0.16 = 16%).
 */
export type Tax = components["schemas"]["Tax"];

/**
 * A cuenta-de-terceros item's third party.
 */
export type ThirdParty = components["schemas"]["ThirdParty"];

/**
 * Find an existing record by a key instead of passing its id.
 */
export type SearchSpec = components["schemas"]["SearchSpec"];

/**
 * The `ClientDefaults` schema of the spec.
 */
export type ClientDefaults = components["schemas"]["ClientDefaults"];

/**
 * The `Client` schema of the spec.
 */
export type Client = components["schemas"]["Client"];

/**
 * Result of the last SAT validation of a client's fiscal data.
 */
export type FiscalValidation = components["schemas"]["FiscalValidation"];

/**
 * `data` of `POST /clients/validate/{id}`; only `fiscal_validation` is known (§3.17).
 */
export type ClientValidation = components["schemas"]["ClientValidation"];

/**
 * A team as an object; only `id` is known.
 */
export type TeamRef = components["schemas"]["TeamRef"];

/**
 * An invoice referenced from a payment, as an object.
 */
export type InvoiceRef = components["schemas"]["InvoiceRef"];

/**
 * Fiscal fields of a client as sent on create, update and inline in other bodies.
 */
export type ClientInputFields = components["schemas"]["ClientInputFields"];

/**
 * The `client` of an invoice, payment or receipt: an existing `id`, a `search` to find (and optionally create) one, or inline client data.
 */
export type ClientRef = components["schemas"]["ClientRef"];

/**
 * The `Service` schema of the spec.
 */
export type Service = components["schemas"]["Service"];

/**
 * An item as returned inside invoices, payments and receipts.
 */
export type Item = components["schemas"]["Item"];

/**
 * An invoice, payment or receipt line: a service reference (`id` or `search`, optionally overriding `quantity`, `unit_price` or other fields) or the fiscal data inline (`description`, `unit_price`, `product_key`, `unit_key`, …; the team's defaults fill what is left out). No field is required by any source: the server defaults `quantity` to 1 (n8n's UI default) and takes the rest from the service or the team settings. The field list is closed: every field any source sends (n8n, docs, CLI; reference §3.6) is here, so an unknown key is a misspelling that would otherwise be dropped silently and stamp a different line than meant.
 */
export type InvoiceItemInput = components["schemas"]["InvoiceItemInput"];

/**
 * An item of a payment or receipt: a service reference `{id, quantity?, unit_price?}` (n8n, docs) or a full invoice line (CLI). Both are used against production (§6 #25), and both are InvoiceItemInput shapes, so this is that schema.
 */
export type PaymentItemInput = components["schemas"]["PaymentItemInput"];

/**
 * A stamped (or pending/cancelled) CFDI. Addressed by its CFDI UUID.
 */
export type Invoice = components["schemas"]["Invoice"];

/**
 * Download URLs of an invoice's files. The host may differ from the API's.
 */
export type InvoiceFiles = components["schemas"]["InvoiceFiles"];

/**
 * A SAT/PAC stamping error explained.
 */
export type CfdiError = components["schemas"]["CfdiError"];

/**
 * Only `id` is documented.
 */
export type Refund = components["schemas"]["Refund"];

/**
 * The `Payment` schema of the spec.
 */
export type Payment = components["schemas"]["Payment"];

/**
 * Series and folio to use for the CFDI generated from a payment or receipt.
 */
export type InvoiceConfig = components["schemas"]["InvoiceConfig"];

/**
 * The `Receipt` schema of the spec.
 */
export type Receipt = components["schemas"]["Receipt"];

/**
 * The `TeamBrand` schema of the spec.
 */
export type TeamBrand = components["schemas"]["TeamBrand"];

/**
 * The `Team` schema of the spec.
 */
export type Team = components["schemas"]["Team"];

/**
 * The `TeamMember` schema of the spec.
 */
export type TeamMember = components["schemas"]["TeamMember"];

/**
 * Persisted team settings. Every field is optional; `null` clears a field on input.
 */
export type TeamSettings = components["schemas"]["TeamSettings"];

/**
 * A folio series. The response shape was never seen; `id` is assumed to be what `{seriesId}` takes, and may equal `series`.
 */
export type Series = components["schemas"]["Series"];

/**
 * The `User` schema of the spec.
 */
export type User = components["schemas"]["User"];

/**
 * The `Webhook` schema of the spec.
 */
export type Webhook = components["schemas"]["Webhook"];

/**
 * Customer-portal session (CLI reads `url` and `expires_at`; docs show a placeholder `{}`).
 */
export type PortalSession = components["schemas"]["PortalSession"];

/**
 * Result of stamping up to 100 pending receipts; `failed > 0` is a partial success.
 */
export type PendingReceiptsSummary = components["schemas"]["PendingReceiptsSummary"];

/**
 * The `SupportDocumentType` schema of the spec.
 */
export type SupportDocumentType = components["schemas"]["SupportDocumentType"];

/**
 * The `SupportDocument` schema of the spec.
 */
export type SupportDocument = components["schemas"]["SupportDocument"];

/**
 * Multipart body of the support-document uploads (PDF/PNG/JPG/JPEG/WEBP ≤ 10 MiB).
 */
export type SupportDocumentUpload = components["schemas"]["SupportDocumentUpload"];

/**
 * Find-or-create on `POST /clients`: match an existing client by `email` or `tax_id` instead of creating a duplicate. One match → 200 with that client (updated first when `update` is true); several matches → 409; none → the client is created (201).
 */
export type ClientUpsertSearch = components["schemas"]["ClientUpsertSearch"];

/**
 * Body of `POST /clients`. No field is required: n8n's form marks `email` required, but gigstack's CLI creates clients with name + RFC only and the docs mark nothing (§6 #16), so the SDK sends what the CLI sends. A CFDI 4.0 receiver needs `legal_name`, `tax_id`, `tax_system`, `use` and `address.zip` to be invoiced.
 */
export type ClientCreateInput = components["schemas"]["ClientCreateInput"];

/**
 * Body of `PUT /clients/{id}`: any subset of the client fields (all optional). n8n sends name, legal_name, email, company, phone, tax_id, tax_system, use and address (street, zip, city, state, country); `bcc`, `metadata`, `defaults` and the other address fields are assumed accepted as on create (x-inferred). `null` clears a field: CLI-next sends `{"phone": null, "metadata": {}}` (§2.1.3).
 */
export type ClientUpdateInput = components["schemas"]["ClientUpdateInput"];

/**
 * Identify the client either by `id` (`client_…`; the CLI also accepts `cus_…`) or by `email` — exactly one of them. The `oneOf` form is a decision; the sources only say "one of id/email". Each branch is closed, so a body with both matches neither.
 */
export type ClientPortalTokenInput = components["schemas"]["ClientPortalTokenInput"];

/**
 * Multipart body of the CSF upload: the Constancia de Situación Fiscal as a PDF (the CLI enforces ≤ 5 MiB and PDF content).
 */
export type ClientCsfUpload = components["schemas"]["ClientCsfUpload"];

/**
 * Fields of a catalogue service as sent on create and update.
 */
export type ServiceInputFields = components["schemas"]["ServiceInputFields"];

/**
 * Body of `POST /services`. `description` and `unit_price` are required (n8n); the CLI also always sends `product_key` and `unit_key`.
 */
export type ServiceCreateInput = components["schemas"]["ServiceCreateInput"];

/**
 * Body of `PUT /services/{id}`: any subset of the service fields. n8n and the CLI send description, unit_price, sku, product_key, unit_key and unit_name; `taxes`, `taxability` and `quantity` are assumed accepted as on create.
 */
export type ServiceUpdateInput = components["schemas"]["ServiceUpdateInput"];

/**
 * Body of `createPaymentComplementInvoice`. NOT DOCUMENTED anywhere: CLI-next passes a caller-written body through unchanged (reference §7 gap 13). The properties below are the fields a CFDI type P (Pagos 2.0) needs, named after gigstack's conventions (`client`, `payment_form`, `currency`, `exchange_rate`, `series`, `send_email`, `emails`, `metadata`, `idempotency_key`, invoice `last_balance`); every one is a guess and nothing is required. The object is open so callers can send whatever the server really expects.
 */
export type PaymentComplementInvoiceInput = components["schemas"]["PaymentComplementInvoiceInput"];

/**
 * Body of `createTransferInvoice` (CFDI type T). NOT DOCUMENTED: CLI-next passes the body through. Assumed to be the income-invoice field set minus payment fields (`payment_form`, `payment_method`, `automation_type`), with `client` and `items` required as for income invoices. SAT rules: use `S01`; for own goods subtotal 0 and currency `XXX`; a Carta Porte goes in `complements`. Open object.
 */
export type TransferInvoiceInput = components["schemas"]["TransferInvoiceInput"];

/**
 * Body of `createIncomeInvoiceBatch` [cli-next].
 */
export type IncomeInvoiceBatchInput = components["schemas"]["IncomeInvoiceBatchInput"];

/**
 * One invoice of a batch: a `createIncomeInvoice` body plus its own `idempotency_key` [cli-next]. CLI-next sends `idempotency_key`, `client` and `items`; the other fields are the income invoice's (InvoiceInputFields), typed as there.
 */
export type IncomeInvoiceBatchEntry = components["schemas"]["IncomeInvoiceBatchEntry"];

/**
 * A batch [cli-next]. Seen: `id`, `result` (null while running), `rejected[]`, `counts{failed,…}`. `status` and the other `counts` keys are assumptions.
 */
export type IncomeInvoiceBatch = components["schemas"]["IncomeInvoiceBatch"];

/**
 * Outcome of one invoice of a batch. Only `status` (`needs_review`) is seen [cli-next]; the other fields are assumptions. Open object.
 */
export type IncomeInvoiceBatchItem = components["schemas"]["IncomeInvoiceBatchItem"];

/**
 * The nested page returned in `data` by `listIncomeInvoiceBatchItems` [cli-next].
 */
export type IncomeInvoiceBatchItemPage = components["schemas"]["IncomeInvoiceBatchItemPage"];

/**
 * Body of `importInvoiceXml` [cli-next]. 1–50 files, each given as XML text or as base64 content, not both (each form is closed, so a file with both matches neither).
 */
export type InvoiceXmlImportInput = components["schemas"]["InvoiceXmlImportInput"];

/**
 * Outcome of `importInvoiceXml` [cli-next].
 */
export type InvoiceXmlImportResult = components["schemas"]["InvoiceXmlImportResult"];

/**
 * Issuer or receiver of a mirrored CFDI.
 */
export type SatInvoiceParty = components["schemas"]["SatInvoiceParty"];

/**
 * A CFDI mirrored from the SAT by Descarga Masiva [cli][docs]. List items carry `uuid` … `issue_date`; `getSatInvoice` adds the detail fields from `has_xml` on. Dates are read by the CLI with a formatter that accepts ISO strings and unix numbers, so both are allowed.
 */
export type SatInvoice = components["schemas"]["SatInvoice"];

/**
 * Result of `retrySatInvoiceXml` [cli]. Only `credit_charged` is read by the CLI.
 */
export type SatXmlRetryResult = components["schemas"]["SatXmlRetryResult"];

/**
 * Response of `generateSatInvoicePdf` — NOT the usual envelope: the PDF is base64 in a top-level `pdf` [cli][docs]. `message`/`success` are assumed to be present as in other responses.
 */
export type SatInvoicePdf = components["schemas"]["SatInvoicePdf"];

/**
 * Descarga Masiva activation state [cli][docs].
 */
export type SatDownloadActivationStatus = components["schemas"]["SatDownloadActivationStatus"];

/**
 * Result of `activateSatDownload` [cli][docs].
 */
export type SatDownloadActivation = components["schemas"]["SatDownloadActivation"];

/**
 * Descarga Masiva connection state and schedule [cli][docs].
 */
export type SatDownloadSchedule = components["schemas"]["SatDownloadSchedule"];

/**
 * Body of `saveSatDownloadSchedule` [cli][docs].
 */
export type SatDownloadScheduleInput = components["schemas"]["SatDownloadScheduleInput"];

/**
 * `data` of `getSatDownloadHistory` — the last 20 requests [cli][docs].
 */
export type SatDownloadHistory = components["schemas"]["SatDownloadHistory"];

/**
 * One SAT download request (camelCase fields) [cli][docs].
 */
export type SatDownloadRequest = components["schemas"]["SatDownloadRequest"];

/**
 * Multipart body of `uploadFielCredentials` — the e.firma (FIEL), not the CSD [docs][cli-next].
 */
export type FielCredentialsUpload = components["schemas"]["FielCredentialsUpload"];

/**
 * Page-numbered list envelope (§1.5 "Page list"), seen on `GET /invoices/errors`: `{success, data, total, page, limit, message, timestamp}`; `timestamp` is an ISO string there. No cursor: request the next `page` while `page * limit < total`.
 */
export type PageListEnvelope = components["schemas"]["PageListEnvelope"];

/**
 * A CFDI relation (CfdiRelacionados): the relation type and the UUIDs of the related CFDIs, e.g. `{relationship: "01", documents: ["<income uuid>"]}` on a credit note or `"04"` (sustitución) when replacing a cancelled invoice. [docs]
 */
export type InvoiceRelatedDocument = components["schemas"]["InvoiceRelatedDocument"];

/**
 * InformacionGlobal of a factura global (sales to the general public, receiver `XAXX010101000`, regime 616, use `S01`). Docs example `{periodicity: "04", months: "01", year: 2024}`. Months `13`–`18` (bimesters) only with periodicity `05`. [docs][SAT]
 */
export type InvoiceGlobalInfo = components["schemas"]["InvoiceGlobalInfo"];

/**
 * An extra CFDI complement given as raw XML (e.g. leyendas fiscales). [docs]
 */
export type InvoiceComplementInput = components["schemas"]["InvoiceComplementInput"];

/**
 * Every body field of an invoice create (income, egress) or draft, none required here; `InvoiceIncomeInput`, `InvoiceEgressInput` and `InvoiceDraftInput` add the required ones. [n8n][docs][cli]
 */
export type InvoiceInputFields = components["schemas"]["InvoiceInputFields"];

/**
 * Body of `POST /invoices/income` (docs schema `InvoiceIncomeInput`). `client` and at least one item are required (n8n, mirroring gigstack's swagger). Items either reference a service (`id` / `search`) or carry `description`, `unit_price`, `product_key` and `unit_key` inline. SAT rules checked at stamping: `use` must fit the receiver's regime; `payment_method: PPD` needs `payment_form: "99"`; `exchange_rate` is needed when `currency` is not MXN; a global invoice sets `global` and bills `XAXX010101000`/`S01`.
 */
export type InvoiceIncomeInput = components["schemas"]["InvoiceIncomeInput"];

/**
 * Body of `POST /invoices/egress` (docs schema `InvoiceEgressInput`): the same fields as the income invoice (n8n builds both with one function). Usually `use: G02` and a `related_documents` entry with relationship `01` pointing at the income CFDI.
 */
export type InvoiceEgressInput = components["schemas"]["InvoiceEgressInput"];

/**
 * Body of `POST /invoices/draft` and `PUT /invoices/draft/{id}`: the income-invoice fields with only `invoice_type` required [docs]. The PUT is a full replace (§6 #38), so send the complete draft every time.
 */
export type InvoiceDraftInput = components["schemas"]["InvoiceDraftInput"];

/**
 * Body of `DELETE /invoices/{id}`. `substitution_uuid` is required when `motive` is `"01"` (errors with relation: the replacing CFDI, stamped beforehand); it is ignored otherwise. gigstack's CLI (every version) names the replacing CFDI `replacement` instead (§6 #9); the docs and n8n say `substitution_uuid`, which is what to send, but `replacement` is accepted too so the CLI's calls pass.
 */
export type InvoiceCancelInput = components["schemas"]["InvoiceCancelInput"];

/**
 * Body of `POST /invoices/{id}/send`; `{}` resends to the client's own address. [cli][docs]
 */
export type InvoiceResendEmailInput = components["schemas"]["InvoiceResendEmailInput"];

/**
 * What `POST /invoices/{id}/send` reports. [cli][docs]
 */
export type InvoiceEmailDelivery = components["schemas"]["InvoiceEmailDelivery"];

/**
 * A draft invoice (pre-factura) as returned by the draft endpoints. [docs][cli-next] Same fields as an invoice plus the draft bookkeeping; `id` is bare (e.g. `abc123def456`), `folio_number` and `date` are `0` until stamped, and `created_at` / `updated_at` are epoch **milliseconds** (unlike stamped invoices).
 */
export type InvoiceDraft = components["schemas"]["InvoiceDraft"];

/**
 * Preview of a draft ("Sin Validez Fiscal"). The sources only say the PDF comes base64 in the JSON; the field name `pdf` is an assumption, other fields are allowed.
 */
export type InvoiceDraftPreview = components["schemas"]["InvoiceDraftPreview"];

/**
 * A way the customer may pay a payment link. `card`, `oxxo` and `stripe-spei` need Stripe connected; n8n offers `card`, `spei`, `oxxo`, `stripe-spei`, the CLI sends `bank`. Kept an open string with the known values.
 */
export type AllowedPaymentMethod = components["schemas"]["AllowedPaymentMethod"];

/**
 * Body of `POST /payments/request` (docs schema `RequestPaymentInput`).
 */
export type RequestPaymentInput = components["schemas"]["RequestPaymentInput"];

/**
 * Body of `POST /payments/register` (docs schema `RegisterPaymentInput`).
 */
export type RegisterPaymentInput = components["schemas"]["RegisterPaymentInput"];

/**
 * Body of `POST /payments/{id}/paid` (docs schema `MarkPaymentAsPaidInput`).
 */
export type MarkPaymentAsPaidInput = components["schemas"]["MarkPaymentAsPaidInput"];

/**
 * Body of `POST /payments/{id}/refund` (docs schema `RefundPaymentInput`).
 */
export type RefundPaymentInput = components["schemas"]["RefundPaymentInput"];

/**
 * An item edit on `PUT /payments/{id}`; only `description` can change, other item fields are rejected.
 */
export type UpdatePaymentItemInput = components["schemas"]["UpdatePaymentItemInput"];

/**
 * Partial client data on `PUT /payments/{id}`; also merged into the client record, without SAT re-validation. The client `id` cannot be changed.
 */
export type UpdatePaymentClientInput = components["schemas"]["UpdatePaymentClientInput"];

/**
 * Body of `PUT /payments/{id}` (docs schema `UpdatePaymentInput`); at least one of `items`, `automation_type`, `client`.
 */
export type UpdatePaymentInput = components["schemas"]["UpdatePaymentInput"];

/**
 * Body of `POST /receipts` (docs schema `ReceiptInput`).
 */
export type ReceiptInput = components["schemas"]["ReceiptInput"];

/**
 * Receiver of the CFDI stamped from a receipt: the receipt's `client`, or público en general national (`XAXX010101000`, régimen 616, uso S01) or foreign (`XEXX010101000`).
 */
export type ReceiptStampTo = components["schemas"]["ReceiptStampTo"];

/**
 * Overrides of the receiver's fiscal data when stamping a receipt to its client.
 */
export type ReceiptFiscalInformation = components["schemas"]["ReceiptFiscalInformation"];

/**
 * Body of `POST /receipts/{id}/stamp`, itself optional. n8n always sends `stamp_to`; the CLI 0.3.1 stamps with no body, so `stamp_to` may default server-side (the reference's word, §2.5.4; to what is unknown) and it is optional here (§6 #23).
 */
export type StampReceiptInput = components["schemas"]["StampReceiptInput"];

/**
 * Body of `POST /receipts/{id}/reopen` (CLI-next).
 */
export type ReopenReceiptInput = components["schemas"]["ReopenReceiptInput"];

/**
 * Per-area permissions of a member, e.g. `{"invoices": "none"}` (the only sample, from a CLI-next test fixture). Area names and level values are not documented; values are assumed to be strings.
 */
export type TeamMemberPermissions = components["schemas"]["TeamMemberPermissions"];

/**
 * A team member as returned by the members endpoints: TeamMember (`id`, `email`, `role`) plus optional `permissions`.
 */
export type TeamMemberRecord = components["schemas"]["TeamMemberRecord"];

/**
 * Body of `PATCH /teams/{id}/members/{memberId}`; both fields optional, send at least one. `role: admin` requires owner approval (see the operation).
 */
export type TeamMemberUpdateInput = components["schemas"]["TeamMemberUpdateInput"];

/**
 * Body of `POST /teams/{id}/portal-access-token` (camelCase field name as the CLI sends it).
 */
export type TeamPortalAccessTokenInput = components["schemas"]["TeamPortalAccessTokenInput"];

/**
 * Issued portal token. No response was ever captured; `token` and `expires_at` are the expected fields by analogy with PortalSession, and the object stays open.
 */
export type TeamPortalAccessToken = components["schemas"]["TeamPortalAccessToken"];

/**
 * The `TeamEmailTemplate` schema of the spec.
 */
export type TeamEmailTemplate = components["schemas"]["TeamEmailTemplate"];

/**
 * Templates of one language keyed by template name. CLI-next requires all nine known keys; the set is kept open for new templates.
 */
export type TeamEmailTemplateSet = components["schemas"]["TeamEmailTemplateSet"];

/**
 * Baseline (editor) e-mail templates of a team, as validated by CLI-next: `team_id` equals the requested team, `effect_scope` is `team_shared`, `source` is `editor_baseline`.
 */
export type TeamEmailTemplates = components["schemas"]["TeamEmailTemplates"];

/**
 * Role granted by an invitation. `admin` needs the team owner's approval.
 */
export type TeamInvitationRole = components["schemas"]["TeamInvitationRole"];

/**
 * Body of `POST /teams/{id}/invitations`.
 */
export type TeamInvitationInput = components["schemas"]["TeamInvitationInput"];

/**
 * Body of the resend call: the CLI sends an empty object. (The owner's account-invitation resend accepts `acknowledge_unconfirmed_delivery: true`; whether this endpoint does is unknown, so the object is left open.)
 */
export type TeamInvitationResendInput = components["schemas"]["TeamInvitationResendInput"];

/**
 * Body of accept/decline.
 */
export type TeamInvitationTokenInput = components["schemas"]["TeamInvitationTokenInput"];

/**
 * A team invitation. No team-invitation response was captured; the fields follow CLI-next's validator of the sibling endpoint `/users/me/account-invitations/{id}` (same invitation records, `type: team`), all kept optional. Timestamps are numbers of undocumented unit (seconds assumed in examples).
 */
export type TeamInvitation = components["schemas"]["TeamInvitation"];

/**
 * Brand block of `createTeam`; `alias` is required when `brand` is sent [n8n][docs].
 */
export type TeamBrandInput = components["schemas"]["TeamBrandInput"];

/**
 * Fiscal address of `createTeam`; `country` is required when `address` is sent [n8n][docs].
 */
export type TeamAddressInput = components["schemas"]["TeamAddressInput"];

/**
 * Body of `createTeam` (docs schema `TeamInput`) [n8n][docs].
 */
export type TeamCreateInput = components["schemas"]["TeamCreateInput"];

/**
 * Body of `updateTeam`; every field is optional and only those sent change [n8n].
 */
export type TeamUpdateInput = components["schemas"]["TeamUpdateInput"];

/**
 * Role of a team member on input. Responses may say `member` (reference §7
 */
export type TeamMemberRole = components["schemas"]["TeamMemberRole"];

/**
 * Body of `addTeamMember` [n8n][cli-next].
 */
export type TeamMemberAddInput = components["schemas"]["TeamMemberAddInput"];

/**
 * Body of `removeTeamMember` [n8n].
 */
export type TeamMemberRemoveInput = components["schemas"]["TeamMemberRemoveInput"];

/**
 * Body of `createTeamSeries` (docs schema `SeriesInput`) [n8n][cli-next].
 */
export type TeamSeriesCreateInput = components["schemas"]["TeamSeriesCreateInput"];

/**
 * Body of `updateTeamSeries`; both counters optional [n8n][cli-next].
 */
export type TeamSeriesUpdateInput = components["schemas"]["TeamSeriesUpdateInput"];

/**
 * Integrations keyed by name (`stripe`, `openpay`, `shopify`, `sat`, `sat_download`, `whatsapp` … — open set). Each value has at least `completed`; other fields unknown.
 */
export type TeamIntegrations = components["schemas"]["TeamIntegrations"];

/**
 * Multipart body of `uploadTeamCsdCertificates` (CSD files + password) [cli-next].
 */
export type TeamCsdUpload = components["schemas"]["TeamCsdUpload"];

/**
 * Body of `signTeamManifest`. CLI-next documents "key/cert base64 and password" (e.firma / FIEL, not the CSD) but not the field names (reference §7 #2); `cert`, `key` and `password` are chosen to match the FIEL multipart upload's part names.
 */
export type TeamManifestSignInput = components["schemas"]["TeamManifestSignInput"];

/**
 * The `TeamSettingsEmailTemplateText` schema of the spec.
 */
export type TeamSettingsEmailTemplateText = components["schemas"]["TeamSettingsEmailTemplateText"];

/**
 * Spanish and English variants of one template.
 */
export type TeamSettingsEmailTemplatePair = components["schemas"]["TeamSettingsEmailTemplatePair"];

/**
 * Body of `updateTeamSettings` (docs schema `TeamSettingsInput`), typed after CLI-next's settings contract plus n8n's fields [n8n][cli-next][docs]. Partial update: only supplied fields change; `null` clears a field (a `null` group resets its leaves); an empty object leaves a group unchanged; arrays replace the stored array. `customer_portal_id` is left out (probably read-only). Unknown extra keys are not forbidden here (the server decides).
 */
export type TeamSettingsInput = components["schemas"]["TeamSettingsInput"];

/**
 * Body of `POST /users` (`UserInput`). [n8n][docs][cli-next]
 */
export type UserCreateInput = components["schemas"]["UserCreateInput"];

/**
 * Body of `PUT /users/{id}`; every field optional, only sent fields change. [n8n][cli-next] `email` is offered by n8n but CLI-next says the e-mail is not changed (§6 #29).
 */
export type UserUpdateInput = components["schemas"]["UserUpdateInput"];

/**
 * Body of `POST /users/reset-password`. [n8n][docs]
 */
export type UserPasswordResetInput = components["schemas"]["UserPasswordResetInput"];

/**
 * Body of `POST /users/login-link`. [n8n][cli-next]
 */
export type UserLoginLinkInput = components["schemas"]["UserLoginLinkInput"];

/**
 * `data` of the login-link response: a credential, treat it as a secret.
 */
export type UserLoginLink = components["schemas"]["UserLoginLink"];

/**
 * Webhook subscription state. [n8n][docs]
 */
export type WebhookStatus = components["schemas"]["WebhookStatus"];

/**
 * Body of `POST /webhooks` (`WebhookInput`). [n8n][cli][docs]
 */
export type WebhookCreateInput = components["schemas"]["WebhookCreateInput"];

/**
 * Body of `PUT /webhooks/{id}` (`WebhookUpdateInput`); every field optional. [n8n][docs]
 */
export type WebhookUpdateInput = components["schemas"]["WebhookUpdateInput"];

/**
 * Body of `POST /auth/signup`. [docs][cli] The sources list the fields but no required flags and no bounds, so every field is optional here and the server decides (it answers 400 for an invalid body).
 */
export type HeadlessSignupInput = components["schemas"]["HeadlessSignupInput"];

/**
 * 201 body of `POST /auth/signup`, returned without the usual envelope. [docs][cli]
 */
export type HeadlessSignupResult = components["schemas"]["HeadlessSignupResult"];

// ---- Each method's body (…Params), query (…Query), result (…Result) or list element (…Item).

/**
 * The query parameters of `clients.list` (`GET /clients`), with the Connect `team`.
 */
export type ClientListQuery = NonNullable<operations["listClients"]["parameters"]["query"]>;

/**
 * An element of `clients.list` (`GET /clients`).
 */
export type ClientListItem = NonNullable<operations["listClients"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `clients.get` (`GET /clients/{id}`) resolves to: the client.
 */
export type ClientGetResult = operations["getClient"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `clients.create` (`POST /clients`).
 */
export type ClientCreateParams = components["schemas"]["ClientCreateInput"];

/**
 * What `clients.create` (`POST /clients`) resolves to: 200: `search` matched exactly one existing client; it is returned (updated with the body first when `search.update` is true); 201: Client created
 */
export type ClientCreateResult = operations["createClient"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `clients.update` (`PUT /clients/{id}`).
 */
export type ClientUpdateParams = components["schemas"]["ClientUpdateInput"];

/**
 * What `clients.update` (`PUT /clients/{id}`) resolves to: the updated client.
 */
export type ClientUpdateResult = operations["updateClient"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `clients.delete` (`DELETE /clients/{id}`) resolves to: client deleted.
 */
export type ClientDeleteResult = operations["deleteClient"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `clients.validate` (`POST /clients/validate/{id}`) resolves to: validation result (shape partly known, §3.17).
 */
export type ClientValidateResult = operations["validateClient"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `clients.portalToken` (`POST /clients/customerportal`).
 */
export type ClientPortalTokenParams = components["schemas"]["ClientPortalTokenInput"];

/**
 * What `clients.portalToken` (`POST /clients/customerportal`) resolves to: portal session.
 */
export type ClientPortalTokenResult = operations["getClientPortalToken"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `clients.stampPendingReceipts` (`POST /clients/{id}/stamp-pending-receipts`) resolves to: stamping summary.
 */
export type ClientStampPendingReceiptsResult = operations["stampClientPendingReceipts"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `clients.search` (`GET /clients/search`), with the Connect `team`.
 */
export type ClientSearchQuery = NonNullable<operations["searchClients"]["parameters"]["query"]>;

/**
 * An element of `clients.search` (`GET /clients/search`).
 */
export type ClientSearchItem = NonNullable<operations["searchClients"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `clients.supportDocuments.upload` (`POST /clients/{id}/support-documents`).
 */
export type ClientSupportDocumentUploadParams = Uploadable<NonNullable<operations["uploadClientSupportDocument"]["requestBody"]>["content"]["multipart/form-data"]>;

/**
 * What `clients.supportDocuments.upload` (`POST /clients/{id}/support-documents`) resolves to: the stored support document.
 */
export type ClientSupportDocumentUploadResult = operations["uploadClientSupportDocument"]["responses"][200]["content"]["application/json"]["data"];

/**
 * An element of `clients.supportDocuments.list` (`GET /clients/{id}/support-documents`).
 */
export type ClientSupportDocumentListItem = NonNullable<operations["listClientSupportDocuments"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The query parameters of `services.list` (`GET /services`), with the Connect `team`.
 */
export type ServiceListQuery = NonNullable<operations["listServices"]["parameters"]["query"]>;

/**
 * An element of `services.list` (`GET /services`).
 */
export type ServiceListItem = NonNullable<operations["listServices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `services.get` (`GET /services/{id}`) resolves to: the service.
 */
export type ServiceGetResult = operations["getService"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `services.create` (`POST /services`).
 */
export type ServiceCreateParams = components["schemas"]["ServiceCreateInput"];

/**
 * What `services.create` (`POST /services`) resolves to: the created service.
 */
export type ServiceCreateResult = operations["createService"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `services.update` (`PUT /services/{id}`).
 */
export type ServiceUpdateParams = components["schemas"]["ServiceUpdateInput"];

/**
 * What `services.update` (`PUT /services/{id}`) resolves to: the updated service.
 */
export type ServiceUpdateResult = operations["updateService"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `services.delete` (`DELETE /services/{id}`) resolves to: service deleted.
 */
export type ServiceDeleteResult = operations["deleteService"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.income.list` (`GET /invoices/income`), with the Connect `team`.
 */
export type InvoiceIncomeListQuery = NonNullable<operations["listIncomeInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.income.list` (`GET /invoices/income`).
 */
export type InvoiceIncomeListItem = NonNullable<operations["listIncomeInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `invoices.income.get` (`GET /invoices/income/{id}`) resolves to: the invoice.
 */
export type InvoiceIncomeGetResult = operations["getIncomeInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.income.create` (`POST /invoices/income`).
 */
export type InvoiceIncomeCreateParams = components["schemas"]["InvoiceIncomeInput"];

/**
 * What `invoices.income.create` (`POST /invoices/income`) resolves to: the stamped invoice.
 */
export type InvoiceIncomeCreateResult = operations["createIncomeInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.income.batch.create` (`POST /invoices/income/batch`).
 */
export type InvoiceIncomeBatchCreateParams = components["schemas"]["IncomeInvoiceBatchInput"];

/**
 * What `invoices.income.batch.create` (`POST /invoices/income/batch`) resolves to: the batch was accepted; stamping continues asynchronously.
 */
export type InvoiceIncomeBatchCreateResult = operations["createIncomeInvoiceBatch"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.income.batch.get` (`GET /invoices/income/batch/{id}`) resolves to: the batch.
 */
export type InvoiceIncomeBatchGetResult = operations["getIncomeInvoiceBatch"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.income.batch.items` (`GET /invoices/income/batch/{id}/items`), with the Connect `team`.
 */
export type InvoiceIncomeBatchItemsQuery = NonNullable<operations["listIncomeInvoiceBatchItems"]["parameters"]["query"]>;

/**
 * What `invoices.income.batch.items` (`GET /invoices/income/batch/{id}/items`) resolves to: a page of batch items (nested page).
 */
export type InvoiceIncomeBatchItemsResult = operations["listIncomeInvoiceBatchItems"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.egress.list` (`GET /invoices/egress`), with the Connect `team`.
 */
export type InvoiceEgressListQuery = NonNullable<operations["listEgressInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.egress.list` (`GET /invoices/egress`).
 */
export type InvoiceEgressListItem = NonNullable<operations["listEgressInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `invoices.egress.get` (`GET /invoices/egress/{id}`) resolves to: the egress invoice.
 */
export type InvoiceEgressGetResult = operations["getEgressInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.egress.create` (`POST /invoices/egress`).
 */
export type InvoiceEgressCreateParams = components["schemas"]["InvoiceEgressInput"];

/**
 * What `invoices.egress.create` (`POST /invoices/egress`) resolves to: the stamped egress invoice.
 */
export type InvoiceEgressCreateResult = operations["createEgressInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.paymentComplements.list` (`GET /invoices/payment`), with the Connect `team`.
 */
export type InvoicePaymentComplementListQuery = NonNullable<operations["listPaymentComplementInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.paymentComplements.list` (`GET /invoices/payment`).
 */
export type InvoicePaymentComplementListItem = NonNullable<operations["listPaymentComplementInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `invoices.paymentComplements.get` (`GET /invoices/payment/{id}`) resolves to: the payment complement.
 */
export type InvoicePaymentComplementGetResult = operations["getPaymentComplementInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.paymentComplements.create` (`POST /invoices/payment`).
 */
export type InvoicePaymentComplementCreateParams = components["schemas"]["PaymentComplementInvoiceInput"];

/**
 * What `invoices.paymentComplements.create` (`POST /invoices/payment`) resolves to: the stamped payment complement.
 */
export type InvoicePaymentComplementCreateResult = operations["createPaymentComplementInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.transfer.list` (`GET /invoices/transfer`), with the Connect `team`.
 */
export type InvoiceTransferListQuery = NonNullable<operations["listTransferInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.transfer.list` (`GET /invoices/transfer`).
 */
export type InvoiceTransferListItem = NonNullable<operations["listTransferInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `invoices.transfer.get` (`GET /invoices/transfer/{id}`) resolves to: the transfer CFDI.
 */
export type InvoiceTransferGetResult = operations["getTransferInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.transfer.create` (`POST /invoices/transfer`).
 */
export type InvoiceTransferCreateParams = components["schemas"]["TransferInvoiceInput"];

/**
 * What `invoices.transfer.create` (`POST /invoices/transfer`) resolves to: the stamped transfer CFDI.
 */
export type InvoiceTransferCreateResult = operations["createTransferInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.drafts.list` (`GET /invoices/draft`), with the Connect `team`.
 */
export type InvoiceDraftListQuery = NonNullable<operations["listDraftInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.drafts.list` (`GET /invoices/draft`).
 */
export type InvoiceDraftListItem = NonNullable<operations["listDraftInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `invoices.drafts.get` (`GET /invoices/draft/{id}`) resolves to: the draft.
 */
export type InvoiceDraftGetResult = operations["getDraftInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.drafts.create` (`POST /invoices/draft`).
 */
export type InvoiceDraftCreateParams = components["schemas"]["InvoiceDraftInput"];

/**
 * What `invoices.drafts.create` (`POST /invoices/draft`) resolves to: the saved draft.
 */
export type InvoiceDraftCreateResult = operations["createDraftInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.drafts.update` (`PUT /invoices/draft/{id}`).
 */
export type InvoiceDraftUpdateParams = components["schemas"]["InvoiceDraftInput"];

/**
 * What `invoices.drafts.update` (`PUT /invoices/draft/{id}`) resolves to: the updated draft.
 */
export type InvoiceDraftUpdateResult = operations["updateDraftInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.drafts.delete` (`DELETE /invoices/draft/{id}`) resolves to: the draft was deleted.
 */
export type InvoiceDraftDeleteResult = operations["deleteDraftInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.drafts.preview` (`POST /invoices/draft/{id}/preview`) resolves to: the preview PDF.
 */
export type InvoiceDraftPreviewResult = operations["previewDraftInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.drafts.stamp` (`POST /invoices/draft/{id}/stamp`) resolves to: the stamped invoice.
 */
export type InvoiceDraftStampResult = operations["stampDraftInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.listErrors` (`GET /invoices/errors`), with the Connect `team`.
 */
export type InvoiceListErrorsQuery = NonNullable<operations["listCfdiErrors"]["parameters"]["query"]>;

/**
 * An element of `invoices.listErrors` (`GET /invoices/errors`).
 */
export type InvoiceListErrorsItem = NonNullable<operations["listCfdiErrors"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The query parameters of `invoices.files` (`GET /invoices/{id}/files`), with the Connect `team`.
 */
export type InvoiceFilesQuery = NonNullable<operations["getInvoiceFiles"]["parameters"]["query"]>;

/**
 * What `invoices.files` (`GET /invoices/{id}/files`) resolves to: the file URLs.
 */
export type InvoiceFilesResult = operations["getInvoiceFiles"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.cancel` (`DELETE /invoices/{id}`).
 */
export type InvoiceCancelParams = components["schemas"]["InvoiceCancelInput"];

/**
 * What `invoices.cancel` (`DELETE /invoices/{id}`) resolves to: the cancellation was requested.
 */
export type InvoiceCancelResult = operations["cancelInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `invoices.search` (`GET /invoices/search`), with the Connect `team`.
 */
export type InvoiceSearchQuery = NonNullable<operations["searchInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.search` (`GET /invoices/search`).
 */
export type InvoiceSearchItem = NonNullable<operations["searchInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `invoices.send` (`POST /invoices/{id}/send`).
 */
export type InvoiceSendParams = components["schemas"]["InvoiceResendEmailInput"];

/**
 * What `invoices.send` (`POST /invoices/{id}/send`) resolves to: the e-mail was sent.
 */
export type InvoiceSendResult = operations["resendInvoiceEmail"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.import` (`POST /invoices/import`).
 */
export type InvoiceImportParams = components["schemas"]["InvoiceXmlImportInput"];

/**
 * What `invoices.import` (`POST /invoices/import`) resolves to: import finished. `success` is `false` when files were not imported (at least when none was; whether a partial import also says `false` is unknown).
 */
export type InvoiceImportResult = operations["importInvoiceXml"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.supportDocuments.upload` (`POST /invoices/{id}/support-documents`).
 */
export type InvoiceSupportDocumentUploadParams = Uploadable<NonNullable<operations["uploadInvoiceSupportDocument"]["requestBody"]>["content"]["multipart/form-data"]>;

/**
 * What `invoices.supportDocuments.upload` (`POST /invoices/{id}/support-documents`) resolves to: the stored support document.
 */
export type InvoiceSupportDocumentUploadResult = operations["uploadInvoiceSupportDocument"]["responses"][200]["content"]["application/json"]["data"];

/**
 * An element of `invoices.supportDocuments.list` (`GET /invoices/{id}/support-documents`).
 */
export type InvoiceSupportDocumentListItem = NonNullable<operations["listInvoiceSupportDocuments"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The query parameters of `invoices.sat.list` (`GET /invoices/sat`), with the Connect `team`.
 */
export type InvoiceSatListQuery = NonNullable<operations["listSatInvoices"]["parameters"]["query"]>;

/**
 * An element of `invoices.sat.list` (`GET /invoices/sat`).
 */
export type InvoiceSatListItem = NonNullable<operations["listSatInvoices"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `invoices.sat.get` (`GET /invoices/sat/{uuid}`) resolves to: the SAT invoice.
 */
export type InvoiceSatGetResult = operations["getSatInvoice"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.sat.retryXml` (`POST /invoices/sat/{uuid}/retry-xml`) resolves to: the XML was downloaded.
 */
export type InvoiceSatRetryXmlResult = operations["retrySatInvoiceXml"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.sat.pdf` (`POST /invoices/sat/{uuid}/pdf`) resolves to: the PDF, base64 in `pdf`.
 */
export type InvoiceSatPdfResult = operations["generateSatInvoicePdf"]["responses"][200]["content"]["application/json"];

/**
 * What `invoices.sat.activationStatus` (`GET /invoices/download/activate/status`) resolves to: activation status.
 */
export type InvoiceSatActivationStatusResult = operations["getSatDownloadActivationStatus"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.sat.activate` (`POST /invoices/download/activate`) resolves to: activated.
 */
export type InvoiceSatActivateResult = operations["activateSatDownload"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.sat.deactivate` (`POST /invoices/download/deactivate`) resolves to: deactivated.
 */
export type InvoiceSatDeactivateResult = operations["deactivateSatDownload"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.sat.schedule` (`GET /invoices/download/schedule`) resolves to: schedule and connection state.
 */
export type InvoiceSatScheduleResult = operations["getSatDownloadSchedule"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.sat.saveSchedule` (`PUT /invoices/download/schedule`).
 */
export type InvoiceSatSaveScheduleParams = components["schemas"]["SatDownloadScheduleInput"];

/**
 * What `invoices.sat.saveSchedule` (`PUT /invoices/download/schedule`) resolves to: saved.
 */
export type InvoiceSatSaveScheduleResult = operations["saveSatDownloadSchedule"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `invoices.sat.history` (`GET /invoices/download/schedule/history`) resolves to: recent download requests.
 */
export type InvoiceSatHistoryResult = operations["getSatDownloadHistory"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `invoices.sat.uploadFiel` (`POST /invoices/download/fiel`).
 */
export type InvoiceSatUploadFielParams = Uploadable<NonNullable<operations["uploadFielCredentials"]["requestBody"]>["content"]["multipart/form-data"]>;

/**
 * What `invoices.sat.uploadFiel` (`POST /invoices/download/fiel`) resolves to: FIEL stored; SAT registration started.
 */
export type InvoiceSatUploadFielResult = operations["uploadFielCredentials"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `payments.list` (`GET /payments`), with the Connect `team`.
 */
export type PaymentListQuery = NonNullable<operations["listPayments"]["parameters"]["query"]>;

/**
 * An element of `payments.list` (`GET /payments`).
 */
export type PaymentListItem = NonNullable<operations["listPayments"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `payments.get` (`GET /payments/{id}`) resolves to: the payment.
 */
export type PaymentGetResult = operations["getPayment"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `payments.request` (`POST /payments/request`).
 */
export type PaymentRequestParams = components["schemas"]["RequestPaymentInput"];

/**
 * What `payments.request` (`POST /payments/request`) resolves to: the created payment (link). Status code and message were not captured; the CLI reads `data.id` and `data.short_url`.
 */
export type PaymentRequestResult = operations["requestPayment"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `payments.register` (`POST /payments/register`).
 */
export type PaymentRegisterParams = components["schemas"]["RegisterPaymentInput"];

/**
 * What `payments.register` (`POST /payments/register`) resolves to: the registered payment (`status` `succeeded`).
 */
export type PaymentRegisterResult = operations["registerPayment"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `payments.markAsPaid` (`POST /payments/{id}/paid`).
 */
export type PaymentMarkAsPaidParams = components["schemas"]["MarkPaymentAsPaidInput"];

/**
 * What `payments.markAsPaid` (`POST /payments/{id}/paid`) resolves to: the updated payment. Response body not captured; Envelope<Payment> assumed.
 */
export type PaymentMarkAsPaidResult = operations["markPaymentAsPaid"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `payments.refund` (`POST /payments/{id}/refund`).
 */
export type PaymentRefundParams = components["schemas"]["RefundPaymentInput"];

/**
 * What `payments.refund` (`POST /payments/{id}/refund`) resolves to: the refunded payment. Response body not captured; Envelope<Payment> assumed.
 */
export type PaymentRefundResult = operations["refundPayment"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `payments.cancel` (`DELETE /payments/{id}`) resolves to: cancelled. Response body not captured; modelled as the placeholder envelope.
 */
export type PaymentCancelResult = operations["cancelPayment"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `payments.search` (`GET /payments/search`), with the Connect `team`.
 */
export type PaymentSearchQuery = NonNullable<operations["searchPayments"]["parameters"]["query"]>;

/**
 * An element of `payments.search` (`GET /payments/search`).
 */
export type PaymentSearchItem = NonNullable<operations["searchPayments"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `payments.update` (`PUT /payments/{id}`).
 */
export type PaymentUpdateParams = components["schemas"]["UpdatePaymentInput"];

/**
 * What `payments.update` (`PUT /payments/{id}`) resolves to: updated. `data` is an empty placeholder (docs).
 */
export type PaymentUpdateResult = operations["updatePayment"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `payments.supportDocuments.upload` (`POST /payments/{id}/support-documents`).
 */
export type PaymentSupportDocumentUploadParams = Uploadable<NonNullable<operations["uploadPaymentSupportDocument"]["requestBody"]>["content"]["multipart/form-data"]>;

/**
 * What `payments.supportDocuments.upload` (`POST /payments/{id}/support-documents`) resolves to: the stored document (standardized envelope, ISO `timestamp`).
 */
export type PaymentSupportDocumentUploadResult = operations["uploadPaymentSupportDocument"]["responses"][200]["content"]["application/json"]["data"];

/**
 * An element of `payments.supportDocuments.list` (`GET /payments/{id}/support-documents`).
 */
export type PaymentSupportDocumentListItem = NonNullable<operations["listPaymentSupportDocuments"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The query parameters of `receipts.list` (`GET /receipts`), with the Connect `team`.
 */
export type ReceiptListQuery = NonNullable<operations["listReceipts"]["parameters"]["query"]>;

/**
 * An element of `receipts.list` (`GET /receipts`).
 */
export type ReceiptListItem = NonNullable<operations["listReceipts"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `receipts.get` (`GET /receipts/{id}`) resolves to: the receipt.
 */
export type ReceiptGetResult = operations["getReceipt"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `receipts.create` (`POST /receipts`).
 */
export type ReceiptCreateParams = components["schemas"]["ReceiptInput"];

/**
 * What `receipts.create` (`POST /receipts`) resolves to: the created (or, on an idempotent replay, the existing) receipt, including the self-invoice `url`. Status code and body were not captured; Envelope<Receipt> assumed.
 */
export type ReceiptCreateResult = operations["createReceipt"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `receipts.stamp` (`POST /receipts/{id}/stamp`).
 */
export type ReceiptStampParams = components["schemas"]["StampReceiptInput"];

/**
 * What `receipts.stamp` (`POST /receipts/{id}/stamp`) resolves to: the stamped invoice. Only `data.id` is read by the CLI; the rest of the shape is assumed to be the Invoice model.
 */
export type ReceiptStampResult = operations["stampReceipt"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `receipts.cancel` (`DELETE /receipts/{id}`) resolves to: cancelled; `data` is empty (docs).
 */
export type ReceiptCancelResult = operations["cancelReceipt"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `receipts.search` (`GET /receipts/search`), with the Connect `team`.
 */
export type ReceiptSearchQuery = NonNullable<operations["searchReceipts"]["parameters"]["query"]>;

/**
 * An element of `receipts.search` (`GET /receipts/search`).
 */
export type ReceiptSearchItem = NonNullable<operations["searchReceipts"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `receipts.reopen` (`POST /receipts/{id}/reopen`).
 */
export type ReceiptReopenParams = components["schemas"]["ReopenReceiptInput"];

/**
 * What `receipts.reopen` (`POST /receipts/{id}/reopen`) resolves to: reopened. Response body never seen; modelled as the placeholder envelope.
 */
export type ReceiptReopenResult = operations["reopenReceipt"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `teams.list` (`GET /teams`), with the Connect `team`.
 */
export type TeamListQuery = NonNullable<operations["listTeams"]["parameters"]["query"]>;

/**
 * An element of `teams.list` (`GET /teams`).
 */
export type TeamListItem = NonNullable<operations["listTeams"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `teams.get` (`GET /teams/{id}`) resolves to: the team.
 */
export type TeamGetResult = operations["getTeam"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.create` (`POST /teams`).
 */
export type TeamCreateParams = components["schemas"]["TeamCreateInput"];

/**
 * What `teams.create` (`POST /teams`) resolves to: the created team.
 */
export type TeamCreateResult = operations["createTeam"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.update` (`PUT /teams/{id}`).
 */
export type TeamUpdateParams = components["schemas"]["TeamUpdateInput"];

/**
 * What `teams.update` (`PUT /teams/{id}`) resolves to: the updated team (shape assumed).
 */
export type TeamUpdateResult = operations["updateTeam"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.delete` (`DELETE /teams/{id}`) resolves to: deletion scheduled.
 */
export type TeamDeleteResult = operations["deleteTeam"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.integrations` (`GET /teams/integrations`) resolves to: the team's integrations keyed by name.
 */
export type TeamIntegrationsResult = operations["getTeamIntegrations"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.onboardingUrl` (`GET /teams/{id}/onboarding-url`) resolves to: the onboarding URL as a plain string in `data`.
 */
export type TeamOnboardingUrlResult = operations["getTeamOnboardingUrl"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.settings` (`GET /teams/{id}/settings`) resolves to: the persisted settings.
 */
export type TeamSettingsResult = operations["getTeamSettings"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.updateSettings` (`PUT /teams/{id}/settings`).
 */
export type TeamUpdateSettingsParams = components["schemas"]["TeamSettingsInput"];

/**
 * What `teams.updateSettings` (`PUT /teams/{id}/settings`) resolves to: the updated settings (or the team holding them).
 */
export type TeamUpdateSettingsResult = operations["updateTeamSettings"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.addMember` (`POST /teams/{id}/add-member`).
 */
export type TeamAddMemberParams = components["schemas"]["TeamMemberAddInput"];

/**
 * What `teams.addMember` (`POST /teams/{id}/add-member`) resolves to: the member was added.
 */
export type TeamAddMemberResult = operations["addTeamMember"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.removeMember` (`POST /teams/{id}/remove-member`).
 */
export type TeamRemoveMemberParams = components["schemas"]["TeamMemberRemoveInput"];

/**
 * What `teams.removeMember` (`POST /teams/{id}/remove-member`) resolves to: the member was removed (body shape assumed).
 */
export type TeamRemoveMemberResult = operations["removeTeamMember"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.signManifest` (`POST /teams/{id}/manifest/sign`).
 */
export type TeamSignManifestParams = components["schemas"]["TeamManifestSignInput"];

/**
 * What `teams.signManifest` (`POST /teams/{id}/manifest/sign`) resolves to: the manifest was signed (body shape assumed).
 */
export type TeamSignManifestResult = operations["signTeamManifest"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.portalAccessToken` (`POST /teams/{id}/portal-access-token`).
 */
export type TeamPortalAccessTokenParams = components["schemas"]["TeamPortalAccessTokenInput"];

/**
 * What `teams.portalAccessToken` (`POST /teams/{id}/portal-access-token`) resolves to: the issued token.
 */
export type TeamPortalAccessTokenResult = operations["createTeamPortalAccessToken"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.emailTemplates` (`GET /teams/{id}/email-templates`) resolves to: baseline templates in both languages.
 */
export type TeamEmailTemplatesResult = operations["getTeamEmailTemplates"]["responses"][200]["content"]["application/json"]["data"];

/**
 * An element of `teams.series.list` (`GET /teams/{id}/series`).
 */
export type TeamSeriesListItem = NonNullable<operations["getTeamSeries"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `teams.series.create` (`POST /teams/{id}/series`).
 */
export type TeamSeriesCreateParams = components["schemas"]["TeamSeriesCreateInput"];

/**
 * What `teams.series.create` (`POST /teams/{id}/series`) resolves to: the created series (shape assumed).
 */
export type TeamSeriesCreateResult = operations["createTeamSeries"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.series.update` (`PUT /teams/{id}/series/{seriesId}`).
 */
export type TeamSeriesUpdateParams = components["schemas"]["TeamSeriesUpdateInput"];

/**
 * What `teams.series.update` (`PUT /teams/{id}/series/{seriesId}`) resolves to: the updated series (shape assumed).
 */
export type TeamSeriesUpdateResult = operations["updateTeamSeries"]["responses"][200]["content"]["application/json"]["data"];

/**
 * An element of `teams.members.list` (`GET /teams/{id}/members`).
 */
export type TeamMemberListItem = NonNullable<operations["listTeamMembers"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `teams.members.update` (`PATCH /teams/{id}/members/{memberId}`).
 */
export type TeamMemberUpdateParams = components["schemas"]["TeamMemberUpdateInput"];

/**
 * What `teams.members.update` (`PATCH /teams/{id}/members/{memberId}`) resolves to: the updated member.
 */
export type TeamMemberUpdateResult = operations["updateTeamMember"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.members.delete` (`DELETE /teams/{id}/members/{memberId}`) resolves to: member removed.
 */
export type TeamMemberDeleteResult = operations["deleteTeamMember"]["responses"][200]["content"]["application/json"]["data"];

/**
 * An element of `teams.invitations.list` (`GET /teams/{id}/invitations`).
 */
export type TeamInvitationListItem = NonNullable<operations["listTeamInvitations"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * The body of `teams.invitations.create` (`POST /teams/{id}/invitations`).
 */
export type TeamInvitationCreateParams = components["schemas"]["TeamInvitationInput"];

/**
 * What `teams.invitations.create` (`POST /teams/{id}/invitations`) resolves to: the created invitation.
 */
export type TeamInvitationCreateResult = operations["createTeamInvitation"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.invitations.get` (`GET /teams/{id}/invitations/{inviteId}`) resolves to: the invitation.
 */
export type TeamInvitationGetResult = operations["getTeamInvitation"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.invitations.resend` (`POST /teams/{id}/invitations/{inviteId}/resend`).
 */
export type TeamInvitationResendParams = components["schemas"]["TeamInvitationResendInput"];

/**
 * What `teams.invitations.resend` (`POST /teams/{id}/invitations/{inviteId}/resend`) resolves to: the invitation after the resend attempt.
 */
export type TeamInvitationResendResult = operations["resendTeamInvitation"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `teams.invitations.revoke` (`DELETE /teams/{id}/invitations/{inviteId}`) resolves to: invitation revoked.
 */
export type TeamInvitationRevokeResult = operations["revokeTeamInvitation"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.invitations.accept` (`POST /teams/invitations/accept`).
 */
export type TeamInvitationAcceptParams = components["schemas"]["TeamInvitationTokenInput"];

/**
 * What `teams.invitations.accept` (`POST /teams/invitations/accept`) resolves to: invitation accepted.
 */
export type TeamInvitationAcceptResult = operations["acceptTeamInvitation"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `teams.invitations.decline` (`POST /teams/invitations/decline`).
 */
export type TeamInvitationDeclineParams = components["schemas"]["TeamInvitationTokenInput"];

/**
 * What `teams.invitations.decline` (`POST /teams/invitations/decline`) resolves to: invitation declined.
 */
export type TeamInvitationDeclineResult = operations["declineTeamInvitation"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `users.list` (`GET /users`), with the Connect `team`.
 */
export type UserListQuery = NonNullable<operations["listUsers"]["parameters"]["query"]>;

/**
 * An element of `users.list` (`GET /users`).
 */
export type UserListItem = NonNullable<operations["listUsers"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `users.get` (`GET /users/{id}`) resolves to: the user.
 */
export type UserGetResult = operations["getUser"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `users.create` (`POST /users`).
 */
export type UserCreateParams = components["schemas"]["UserCreateInput"];

/**
 * What `users.create` (`POST /users`) resolves to: the created user. The sources show the body (`User created successfully`) but not the status code; 200 is declared (the SDK must accept any 2xx, 201 included).
 */
export type UserCreateResult = operations["createUser"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `users.update` (`PUT /users/{id}`).
 */
export type UserUpdateParams = components["schemas"]["UserUpdateInput"];

/**
 * What `users.update` (`PUT /users/{id}`) resolves to: the updated user. No source shows this response; an Envelope<User> like `getUser` is assumed.
 */
export type UserUpdateResult = operations["updateUser"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `users.delete` (`DELETE /users/{id}`) resolves to: deletion accepted. The response body was never seen; a generic envelope with an undescribed `data` is assumed.
 */
export type UserDeleteResult = operations["deleteUser"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `users.resetPassword` (`POST /users/reset-password`).
 */
export type UserResetPasswordParams = components["schemas"]["UserPasswordResetInput"];

/**
 * What `users.resetPassword` (`POST /users/reset-password`) resolves to: reset e-mail sent. The docs example is cut off after `data: {`, so `data` is left undescribed.
 */
export type UserResetPasswordResult = operations["resetUserPassword"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `users.loginLink` (`POST /users/login-link`).
 */
export type UserLoginLinkParams = components["schemas"]["UserLoginLinkInput"];

/**
 * What `users.loginLink` (`POST /users/login-link`) resolves to: the login link.
 */
export type UserLoginLinkResult = operations["generateUserLoginLink"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The query parameters of `webhooks.list` (`GET /webhooks`), with the Connect `team`.
 */
export type WebhookListQuery = NonNullable<operations["listWebhooks"]["parameters"]["query"]>;

/**
 * An element of `webhooks.list` (`GET /webhooks`).
 */
export type WebhookListItem = NonNullable<operations["listWebhooks"]["responses"][200]["content"]["application/json"]["data"][number]>;

/**
 * What `webhooks.get` (`GET /webhooks/{id}`) resolves to: the webhook subscription.
 */
export type WebhookGetResult = operations["getWebhook"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `webhooks.create` (`POST /webhooks`).
 */
export type WebhookCreateParams = components["schemas"]["WebhookCreateInput"];

/**
 * What `webhooks.create` (`POST /webhooks`) resolves to: the created subscription. The docs show the body (`Webhook created successfully`) but not the status code; 200 is declared (the SDK must accept any 2xx).
 */
export type WebhookCreateResult = operations["createWebhook"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `webhooks.update` (`PUT /webhooks/{id}`).
 */
export type WebhookUpdateParams = components["schemas"]["WebhookUpdateInput"];

/**
 * What `webhooks.update` (`PUT /webhooks/{id}`) resolves to: the updated subscription. The docs example is cut off; the standardized envelope with the updated Webhook (as on create/get) is assumed.
 */
export type WebhookUpdateResult = operations["updateWebhook"]["responses"][200]["content"]["application/json"]["data"];

/**
 * What `webhooks.delete` (`DELETE /webhooks/{id}`) resolves to: deleted. The response body was never seen; a generic envelope with an undescribed `data` is assumed.
 */
export type WebhookDeleteResult = operations["deleteWebhook"]["responses"][200]["content"]["application/json"]["data"];

/**
 * The body of `auth.signup` (`POST /auth/signup`).
 */
export type AuthSignupParams = components["schemas"]["HeadlessSignupInput"];

/**
 * What `auth.signup` (`POST /auth/signup`) resolves to: account created (no envelope).
 */
export type AuthSignupResult = operations["headlessSignup"]["responses"][201]["content"]["application/json"];

// ---- The methods, by resource group.

/**
 * Support documents attached to the record.
 */
export interface ClientsSupportDocumentsResource {
  /**
   * Upload client support document: `POST /clients/{id}/support-documents`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link ClientSupportDocumentUploadParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientSupportDocumentUploadResult}: the stored support document.
   */
  upload(id: string, body: ClientSupportDocumentUploadParams, options?: RequestOptions): Promise<ClientSupportDocumentUploadResult>;
  /**
   * List client support documents: `GET /clients/{id}/support-documents`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link ClientSupportDocumentListItem} (the client's support documents): `await` it for the first page, `for await` it for every item.
   */
  list(id: string, options?: RequestOptions): PagePromise<ClientSupportDocumentListItem>;
}

/**
 * Customers (receivers of CFDIs) with their fiscal data.
 */
export interface ClientsResource {
  /**
   * List clients: `GET /clients`.
   * @param query see {@link ClientListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link ClientListItem} (a page of clients): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-clients-20352660e0 | gigstack docs: List clients}
   */
  list(query?: ClientListQuery, options?: RequestOptions): PagePromise<ClientListItem>;
  /**
   * Get client: `GET /clients/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientGetResult}: the client.
   * @see {@link https://docs.gigstack.io/get-client-20352662e0 | gigstack docs: Get client}
   */
  get(id: string, options?: RequestOptions): Promise<ClientGetResult>;
  /**
   * Create client: `POST /clients`.
   * @param body see {@link ClientCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientCreateResult}: 200: `search` matched exactly one existing client; it is returned (updated with the body first when `search.update` is true); 201: Client created
   * @see {@link https://docs.gigstack.io/create-client-20352661e0 | gigstack docs: Create client}
   */
  create(body: ClientCreateParams, options?: RequestOptions): Promise<ClientCreateResult>;
  /**
   * Update client: `PUT /clients/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link ClientUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientUpdateResult}: the updated client.
   * @see {@link https://docs.gigstack.io/update-client-20352663e0 | gigstack docs: Update client}
   */
  update(id: string, body: ClientUpdateParams, options?: RequestOptions): Promise<ClientUpdateResult>;
  /**
   * Delete client: `DELETE /clients/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientDeleteResult}: client deleted.
   * @see {@link https://docs.gigstack.io/delete-client-20352664e0 | gigstack docs: Delete client}
   */
  delete(id: string, options?: RequestOptions): Promise<ClientDeleteResult>;
  /**
   * Validate client fiscal information: `POST /clients/validate/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientValidateResult}: validation result (shape partly known, §3.17).
   * @see {@link https://docs.gigstack.io/validate-client-fiscal-information-20352665e0 | gigstack docs: Validate client fiscal information}
   */
  validate(id: string, options?: RequestOptions): Promise<ClientValidateResult>;
  /**
   * Get client customer portal access token: `POST /clients/customerportal`.
   * @param body see {@link ClientPortalTokenParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientPortalTokenResult}: portal session.
   * @see {@link https://docs.gigstack.io/get-client-customer-portal-access-token-21625392e0 | gigstack docs: Get client customer portal access token}
   */
  portalToken(body: ClientPortalTokenParams, options?: RequestOptions): Promise<ClientPortalTokenResult>;
  /**
   * Stamp pending receipts: `POST /clients/{id}/stamp-pending-receipts`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ClientStampPendingReceiptsResult}: stamping summary.
   * @see {@link https://docs.gigstack.io/stamp-pending-receipts-20352667e0 | gigstack docs: Stamp pending receipts}
   */
  stampPendingReceipts(id: string, options?: RequestOptions): Promise<ClientStampPendingReceiptsResult>;
  /**
   * Search clients (full-text): `GET /clients/search`.
   * @param query see {@link ClientSearchQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link ClientSearchItem} (matching clients): `await` it for the first page, `for await` it for every item.
   */
  search(query: ClientSearchQuery, options?: RequestOptions): PagePromise<ClientSearchItem>;
  /**
   * Support documents attached to the record.
   */
  readonly supportDocuments: ClientsSupportDocumentsResource;
}

/**
 * Products and services catalogue used as invoice items.
 */
export interface ServicesResource {
  /**
   * List services: `GET /services`.
   * @param query see {@link ServiceListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link ServiceListItem} (a page of services): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-services-20352668e0 | gigstack docs: List services}
   */
  list(query?: ServiceListQuery, options?: RequestOptions): PagePromise<ServiceListItem>;
  /**
   * Get service: `GET /services/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ServiceGetResult}: the service.
   */
  get(id: string, options?: RequestOptions): Promise<ServiceGetResult>;
  /**
   * Create service: `POST /services`.
   * @param body see {@link ServiceCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ServiceCreateResult}: the created service.
   * @see {@link https://docs.gigstack.io/create-service-20352669e0 | gigstack docs: Create service}
   */
  create(body: ServiceCreateParams, options?: RequestOptions): Promise<ServiceCreateResult>;
  /**
   * Update service: `PUT /services/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link ServiceUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ServiceUpdateResult}: the updated service.
   */
  update(id: string, body: ServiceUpdateParams, options?: RequestOptions): Promise<ServiceUpdateResult>;
  /**
   * Delete service: `DELETE /services/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ServiceDeleteResult}: service deleted.
   */
  delete(id: string, options?: RequestOptions): Promise<ServiceDeleteResult>;
}

/**
 * Batches of income invoices created in one request.
 */
export interface InvoicesIncomeBatchResource {
  /**
   * Create income invoice batch (Idempotency-Key header): `POST /invoices/income/batch`.
   * @param body see {@link InvoiceIncomeBatchCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceIncomeBatchCreateResult}: the batch was accepted; stamping continues asynchronously.
   */
  create(body: InvoiceIncomeBatchCreateParams, options?: RequestOptions): Promise<InvoiceIncomeBatchCreateResult>;
  /**
   * Get income invoice batch: `GET /invoices/income/batch/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceIncomeBatchGetResult}: the batch.
   */
  get(id: string, options?: RequestOptions): Promise<InvoiceIncomeBatchGetResult>;
  /**
   * List income invoice batch items: `GET /invoices/income/batch/{id}/items`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param query see {@link InvoiceIncomeBatchItemsQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceIncomeBatchItemsResult}: a page of batch items (nested page).
   */
  items(id: string, query?: InvoiceIncomeBatchItemsQuery, options?: RequestOptions): Promise<InvoiceIncomeBatchItemsResult>;
}

/**
 * Income invoices (CFDI type I).
 */
export interface InvoicesIncomeResource {
  /**
   * List income invoices: `GET /invoices/income`.
   * @param query see {@link InvoiceIncomeListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceIncomeListItem} (a page of income invoices): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-income-invoices-20352673e0 | gigstack docs: List income invoices}
   */
  list(query?: InvoiceIncomeListQuery, options?: RequestOptions): PagePromise<InvoiceIncomeListItem>;
  /**
   * Get income invoice: `GET /invoices/income/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceIncomeGetResult}: the invoice.
   */
  get(id: string, options?: RequestOptions): Promise<InvoiceIncomeGetResult>;
  /**
   * Create income invoice: `POST /invoices/income`.
   * @param body see {@link InvoiceIncomeCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceIncomeCreateResult}: the stamped invoice.
   * @see {@link https://docs.gigstack.io/create-income-invoice-20352674e0 | gigstack docs: Create income invoice}
   */
  create(body: InvoiceIncomeCreateParams, options?: RequestOptions): Promise<InvoiceIncomeCreateResult>;
  /**
   * Batches of income invoices created in one request.
   */
  readonly batch: InvoicesIncomeBatchResource;
}

/**
 * Egress invoices (CFDI type E): credit notes, refunds, discounts.
 */
export interface InvoicesEgressResource {
  /**
   * List egress invoices: `GET /invoices/egress`.
   * @param query see {@link InvoiceEgressListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceEgressListItem} (a page of egress invoices): `await` it for the first page, `for await` it for every item.
   */
  list(query?: InvoiceEgressListQuery, options?: RequestOptions): PagePromise<InvoiceEgressListItem>;
  /**
   * Get egress invoice: `GET /invoices/egress/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceEgressGetResult}: the egress invoice.
   */
  get(id: string, options?: RequestOptions): Promise<InvoiceEgressGetResult>;
  /**
   * Create egress invoice: `POST /invoices/egress`.
   * @param body see {@link InvoiceEgressCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceEgressCreateResult}: the stamped egress invoice.
   * @see {@link https://docs.gigstack.io/create-egress-invoice-20793824e0 | gigstack docs: Create egress invoice}
   */
  create(body: InvoiceEgressCreateParams, options?: RequestOptions): Promise<InvoiceEgressCreateResult>;
}

/**
 * Payment complements (CFDI type P) for PPD invoices.
 */
export interface InvoicesPaymentComplementsResource {
  /**
   * List payment complement invoices: `GET /invoices/payment`.
   * @param query see {@link InvoicePaymentComplementListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoicePaymentComplementListItem} (a page of payment complements): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-payment-complement-invoices-23506401e0 | gigstack docs: List payment complement invoices}
   */
  list(query?: InvoicePaymentComplementListQuery, options?: RequestOptions): PagePromise<InvoicePaymentComplementListItem>;
  /**
   * Get payment complement invoice: `GET /invoices/payment/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoicePaymentComplementGetResult}: the payment complement.
   * @see {@link https://docs.gigstack.io/get-payment-complement-invoice-23506402e0 | gigstack docs: Get payment complement invoice}
   */
  get(id: string, options?: RequestOptions): Promise<InvoicePaymentComplementGetResult>;
  /**
   * Create payment complement invoice: `POST /invoices/payment`.
   * @param body see {@link InvoicePaymentComplementCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoicePaymentComplementCreateResult}: the stamped payment complement.
   */
  create(body: InvoicePaymentComplementCreateParams, options?: RequestOptions): Promise<InvoicePaymentComplementCreateResult>;
}

/**
 * Transfer invoices (CFDI type T, traslado).
 */
export interface InvoicesTransferResource {
  /**
   * List transfer invoices: `GET /invoices/transfer`.
   * @param query see {@link InvoiceTransferListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceTransferListItem} (a page of transfer CFDIs): `await` it for the first page, `for await` it for every item.
   */
  list(query?: InvoiceTransferListQuery, options?: RequestOptions): PagePromise<InvoiceTransferListItem>;
  /**
   * Get transfer invoice: `GET /invoices/transfer/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceTransferGetResult}: the transfer CFDI.
   */
  get(id: string, options?: RequestOptions): Promise<InvoiceTransferGetResult>;
  /**
   * Create transfer invoice (CFDI T): `POST /invoices/transfer`.
   * @param body see {@link InvoiceTransferCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceTransferCreateResult}: the stamped transfer CFDI.
   */
  create(body: InvoiceTransferCreateParams, options?: RequestOptions): Promise<InvoiceTransferCreateResult>;
}

/**
 * Draft invoices: edited and previewed before stamping.
 */
export interface InvoicesDraftsResource {
  /**
   * List draft invoices: `GET /invoices/draft`.
   * @param query see {@link InvoiceDraftListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceDraftListItem} (a page of drafts): `await` it for the first page, `for await` it for every item.
   */
  list(query?: InvoiceDraftListQuery, options?: RequestOptions): PagePromise<InvoiceDraftListItem>;
  /**
   * Get draft invoice: `GET /invoices/draft/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceDraftGetResult}: the draft.
   */
  get(id: string, options?: RequestOptions): Promise<InvoiceDraftGetResult>;
  /**
   * Create draft invoice (pre-factura): `POST /invoices/draft`.
   * @param body see {@link InvoiceDraftCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceDraftCreateResult}: the saved draft.
   */
  create(body: InvoiceDraftCreateParams, options?: RequestOptions): Promise<InvoiceDraftCreateResult>;
  /**
   * Update draft invoice: `PUT /invoices/draft/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link InvoiceDraftUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceDraftUpdateResult}: the updated draft.
   */
  update(id: string, body: InvoiceDraftUpdateParams, options?: RequestOptions): Promise<InvoiceDraftUpdateResult>;
  /**
   * Delete draft invoice: `DELETE /invoices/draft/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceDraftDeleteResult}: the draft was deleted.
   */
  delete(id: string, options?: RequestOptions): Promise<InvoiceDraftDeleteResult>;
  /**
   * Generate draft preview PDF (base64 in JSON): `POST /invoices/draft/{id}/preview`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceDraftPreviewResult}: the preview PDF.
   */
  preview(id: string, options?: RequestOptions): Promise<InvoiceDraftPreviewResult>;
  /**
   * Stamp draft invoice: `POST /invoices/draft/{id}/stamp`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceDraftStampResult}: the stamped invoice.
   */
  stamp(id: string, options?: RequestOptions): Promise<InvoiceDraftStampResult>;
}

/**
 * Support documents attached to the record.
 */
export interface InvoicesSupportDocumentsResource {
  /**
   * Upload invoice support document: `POST /invoices/{id}/support-documents`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link InvoiceSupportDocumentUploadParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSupportDocumentUploadResult}: the stored support document.
   */
  upload(id: string, body: InvoiceSupportDocumentUploadParams, options?: RequestOptions): Promise<InvoiceSupportDocumentUploadResult>;
  /**
   * List invoice support documents: `GET /invoices/{id}/support-documents`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceSupportDocumentListItem} (the invoice's support documents): `await` it for the first page, `for await` it for every item.
   */
  list(id: string, options?: RequestOptions): PagePromise<InvoiceSupportDocumentListItem>;
}

/**
 * Invoices downloaded from the SAT (Descarga Masiva) and its setup.
 */
export interface InvoicesSatResource {
  /**
   * List SAT invoices (Descarga Masiva): `GET /invoices/sat`.
   * @param query see {@link InvoiceSatListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceSatListItem} (a page of SAT invoices): `await` it for the first page, `for await` it for every item.
   */
  list(query?: InvoiceSatListQuery, options?: RequestOptions): PagePromise<InvoiceSatListItem>;
  /**
   * Get a SAT invoice: `GET /invoices/sat/{uuid}`.
   * @param uuid CFDI UUID (folio fiscal) of the mirrored invoice.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatGetResult}: the SAT invoice.
   */
  get(uuid: string, options?: RequestOptions): Promise<InvoiceSatGetResult>;
  /**
   * Retry SAT XML download: `POST /invoices/sat/{uuid}/retry-xml`.
   * @param uuid CFDI UUID (folio fiscal) of the mirrored invoice.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatRetryXmlResult}: the XML was downloaded.
   */
  retryXml(uuid: string, options?: RequestOptions): Promise<InvoiceSatRetryXmlResult>;
  /**
   * Generate PDF for a SAT invoice (base64 in JSON): `POST /invoices/sat/{uuid}/pdf`.
   * @param uuid CFDI UUID (folio fiscal) of the mirrored invoice.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatPdfResult}: the PDF, base64 in `pdf`.
   */
  pdf(uuid: string, options?: RequestOptions): Promise<InvoiceSatPdfResult>;
  /**
   * Check Descarga Masiva activation status: `GET /invoices/download/activate/status`.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatActivationStatusResult}: activation status.
   */
  activationStatus(options?: RequestOptions): Promise<InvoiceSatActivationStatusResult>;
  /**
   * Activate Descarga Masiva SAT: `POST /invoices/download/activate`.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatActivateResult}: activated.
   */
  activate(options?: RequestOptions): Promise<InvoiceSatActivateResult>;
  /**
   * Deactivate Descarga Masiva SAT: `POST /invoices/download/deactivate`.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatDeactivateResult}: deactivated.
   */
  deactivate(options?: RequestOptions): Promise<InvoiceSatDeactivateResult>;
  /**
   * Get Descarga Masiva schedule: `GET /invoices/download/schedule`.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatScheduleResult}: schedule and connection state.
   */
  schedule(options?: RequestOptions): Promise<InvoiceSatScheduleResult>;
  /**
   * Save Descarga Masiva schedule: `PUT /invoices/download/schedule`.
   * @param body see {@link InvoiceSatSaveScheduleParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatSaveScheduleResult}: saved.
   */
  saveSchedule(body: InvoiceSatSaveScheduleParams, options?: RequestOptions): Promise<InvoiceSatSaveScheduleResult>;
  /**
   * Get download request history: `GET /invoices/download/schedule/history`.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatHistoryResult}: recent download requests.
   */
  history(options?: RequestOptions): Promise<InvoiceSatHistoryResult>;
  /**
   * Upload FIEL credentials: `POST /invoices/download/fiel`.
   * @param body see {@link InvoiceSatUploadFielParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSatUploadFielResult}: FIEL stored; SAT registration started.
   */
  uploadFiel(body: InvoiceSatUploadFielParams, options?: RequestOptions): Promise<InvoiceSatUploadFielResult>;
}

/**
 * CFDI 4.0 income (I), egress (E), payment-complement (P) and transfer (T) invoices.
 */
export interface InvoicesResource {
  /**
   * Income invoices (CFDI type I).
   */
  readonly income: InvoicesIncomeResource;
  /**
   * Egress invoices (CFDI type E): credit notes, refunds, discounts.
   */
  readonly egress: InvoicesEgressResource;
  /**
   * Payment complements (CFDI type P) for PPD invoices.
   */
  readonly paymentComplements: InvoicesPaymentComplementsResource;
  /**
   * Transfer invoices (CFDI type T, traslado).
   */
  readonly transfer: InvoicesTransferResource;
  /**
   * Draft invoices: edited and previewed before stamping.
   */
  readonly drafts: InvoicesDraftsResource;
  /**
   * List CFDI errors: `GET /invoices/errors`.
   * @param query see {@link InvoiceListErrorsQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceListErrorsItem} (a page of the CFDI error catalogue): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-cfdi-errors-25854588e0 | gigstack docs: List CFDI errors}
   */
  listErrors(query?: InvoiceListErrorsQuery, options?: RequestOptions): PagePromise<InvoiceListErrorsItem>;
  /**
   * Get invoice files: `GET /invoices/{id}/files`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param query see {@link InvoiceFilesQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceFilesResult}: the file URLs.
   * @see {@link https://docs.gigstack.io/get-invoice-files-20352676e0 | gigstack docs: Get invoice files}
   */
  files(id: string, query?: InvoiceFilesQuery, options?: RequestOptions): Promise<InvoiceFilesResult>;
  /**
   * Cancel invoice: `DELETE /invoices/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link InvoiceCancelParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceCancelResult}: the cancellation was requested.
   * @see {@link https://docs.gigstack.io/cancel-invoice-20352677e0 | gigstack docs: Cancel invoice}
   */
  cancel(id: string, body: InvoiceCancelParams, options?: RequestOptions): Promise<InvoiceCancelResult>;
  /**
   * Search invoices (full-text): `GET /invoices/search`.
   * @param query see {@link InvoiceSearchQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link InvoiceSearchItem} (matching invoices): `await` it for the first page, `for await` it for every item.
   */
  search(query: InvoiceSearchQuery, options?: RequestOptions): PagePromise<InvoiceSearchItem>;
  /**
   * Resend invoice email: `POST /invoices/{id}/send`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link InvoiceSendParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceSendResult}: the e-mail was sent.
   */
  send(id: string, body: InvoiceSendParams, options?: RequestOptions): Promise<InvoiceSendResult>;
  /**
   * Import existing CFDI XML files: `POST /invoices/import`.
   * @param body see {@link InvoiceImportParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link InvoiceImportResult}: import finished. `success` is `false` when files were not imported (at least when none was; whether a partial import also says `false` is unknown).
   */
  import(body: InvoiceImportParams, options?: RequestOptions): Promise<InvoiceImportResult>;
  /**
   * Support documents attached to the record.
   */
  readonly supportDocuments: InvoicesSupportDocumentsResource;
  /**
   * Invoices downloaded from the SAT (Descarga Masiva) and its setup.
   */
  readonly sat: InvoicesSatResource;
}

/**
 * Support documents attached to the record.
 */
export interface PaymentsSupportDocumentsResource {
  /**
   * Upload payment support document: `POST /payments/{id}/support-documents`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link PaymentSupportDocumentUploadParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentSupportDocumentUploadResult}: the stored document (standardized envelope, ISO `timestamp`).
   */
  upload(id: string, body: PaymentSupportDocumentUploadParams, options?: RequestOptions): Promise<PaymentSupportDocumentUploadResult>;
  /**
   * List payment support documents: `GET /payments/{id}/support-documents`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link PaymentSupportDocumentListItem} (the documents. The envelope was not captured; modelled as the standardized envelope with an array `data` (no cursor fields)): `await` it for the first page, `for await` it for every item.
   */
  list(id: string, options?: RequestOptions): PagePromise<PaymentSupportDocumentListItem>;
}

/**
 * Payment requests, registered payments, refunds.
 */
export interface PaymentsResource {
  /**
   * List payments: `GET /payments`.
   * @param query see {@link PaymentListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link PaymentListItem} (a page of payments. `data` may contain `null` entries; skip them): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-payments-20352678e0 | gigstack docs: List payments}
   */
  list(query?: PaymentListQuery, options?: RequestOptions): PagePromise<PaymentListItem>;
  /**
   * Get payment: `GET /payments/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentGetResult}: the payment.
   */
  get(id: string, options?: RequestOptions): Promise<PaymentGetResult>;
  /**
   * Request payment: `POST /payments/request`.
   * @param body see {@link PaymentRequestParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentRequestResult}: the created payment (link). Status code and message were not captured; the CLI reads `data.id` and `data.short_url`.
   * @see {@link https://docs.gigstack.io/request-payment-20352681e0 | gigstack docs: Request payment}
   */
  request(body: PaymentRequestParams, options?: RequestOptions): Promise<PaymentRequestResult>;
  /**
   * Register payment: `POST /payments/register`.
   * @param body see {@link PaymentRegisterParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentRegisterResult}: the registered payment (`status` `succeeded`).
   * @see {@link https://docs.gigstack.io/register-payment-20352682e0 | gigstack docs: Register payment}
   */
  register(body: PaymentRegisterParams, options?: RequestOptions): Promise<PaymentRegisterResult>;
  /**
   * Mark payment as paid: `POST /payments/{id}/paid`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link PaymentMarkAsPaidParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentMarkAsPaidResult}: the updated payment. Response body not captured; Envelope<Payment> assumed.
   * @see {@link https://docs.gigstack.io/mark-payment-as-paid-20352683e0 | gigstack docs: Mark payment as paid}
   */
  markAsPaid(id: string, body: PaymentMarkAsPaidParams, options?: RequestOptions): Promise<PaymentMarkAsPaidResult>;
  /**
   * Refund payment: `POST /payments/{id}/refund`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link PaymentRefundParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentRefundResult}: the refunded payment. Response body not captured; Envelope<Payment> assumed.
   * @see {@link https://docs.gigstack.io/refund-payment-20352684e0 | gigstack docs: Refund payment}
   */
  refund(id: string, body?: PaymentRefundParams, options?: RequestOptions): Promise<PaymentRefundResult>;
  /**
   * Cancel payment: `DELETE /payments/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentCancelResult}: cancelled. Response body not captured; modelled as the placeholder envelope.
   * @see {@link https://docs.gigstack.io/cancel-payment-20352680e0 | gigstack docs: Cancel payment}
   */
  cancel(id: string, options?: RequestOptions): Promise<PaymentCancelResult>;
  /**
   * Search payments: `GET /payments/search`.
   * @param query see {@link PaymentSearchQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link PaymentSearchItem} (matching payments): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/search-payments-25791638e0 | gigstack docs: Search payments}
   */
  search(query: PaymentSearchQuery, options?: RequestOptions): PagePromise<PaymentSearchItem>;
  /**
   * Update payment: `PUT /payments/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link PaymentUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link PaymentUpdateResult}: updated. `data` is an empty placeholder (docs).
   */
  update(id: string, body: PaymentUpdateParams, options?: RequestOptions): Promise<PaymentUpdateResult>;
  /**
   * Support documents attached to the record.
   */
  readonly supportDocuments: PaymentsSupportDocumentsResource;
}

/**
 * Non-fiscal sale receipts that customers turn into invoices themselves (autofactura).
 */
export interface ReceiptsResource {
  /**
   * List receipts: `GET /receipts`.
   * @param query see {@link ReceiptListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link ReceiptListItem} (a page of receipts): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-receipts-20504786e0 | gigstack docs: List receipts}
   */
  list(query?: ReceiptListQuery, options?: RequestOptions): PagePromise<ReceiptListItem>;
  /**
   * Get receipt: `GET /receipts/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ReceiptGetResult}: the receipt.
   */
  get(id: string, options?: RequestOptions): Promise<ReceiptGetResult>;
  /**
   * Create receipt: `POST /receipts`.
   * @param body see {@link ReceiptCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ReceiptCreateResult}: the created (or, on an idempotent replay, the existing) receipt, including the self-invoice `url`. Status code and body were not captured; Envelope<Receipt> assumed.
   * @see {@link https://docs.gigstack.io/create-receipt-20504787e0 | gigstack docs: Create receipt}
   */
  create(body: ReceiptCreateParams, options?: RequestOptions): Promise<ReceiptCreateResult>;
  /**
   * Stamp receipt: `POST /receipts/{id}/stamp`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link ReceiptStampParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ReceiptStampResult}: the stamped invoice. Only `data.id` is read by the CLI; the rest of the shape is assumed to be the Invoice model.
   * @see {@link https://docs.gigstack.io/stamp-receipt-20504790e0 | gigstack docs: Stamp receipt}
   */
  stamp(id: string, body?: ReceiptStampParams, options?: RequestOptions): Promise<ReceiptStampResult>;
  /**
   * Cancel receipt: `DELETE /receipts/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ReceiptCancelResult}: cancelled; `data` is empty (docs).
   * @see {@link https://docs.gigstack.io/cancel-receipt-20504789e0 | gigstack docs: Cancel receipt}
   */
  cancel(id: string, options?: RequestOptions): Promise<ReceiptCancelResult>;
  /**
   * Search receipts (full-text): `GET /receipts/search`.
   * @param query see {@link ReceiptSearchQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link ReceiptSearchItem} (matching receipts): `await` it for the first page, `for await` it for every item.
   */
  search(query: ReceiptSearchQuery, options?: RequestOptions): PagePromise<ReceiptSearchItem>;
  /**
   * Reopen receipt: `POST /receipts/{id}/reopen`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link ReceiptReopenParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link ReceiptReopenResult}: reopened. Response body never seen; modelled as the placeholder envelope.
   */
  reopen(id: string, body: ReceiptReopenParams, options?: RequestOptions): Promise<ReceiptReopenResult>;
}

/**
 * Folio series of the team.
 */
export interface TeamsSeriesResource {
  /**
   * Get team series: `GET /teams/{id}/series`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link TeamSeriesListItem} (the team's series (shape assumed)): `await` it for the first page, `for await` it for every item.
   */
  list(id: string, options?: RequestOptions): PagePromise<TeamSeriesListItem>;
  /**
   * Create team series: `POST /teams/{id}/series`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamSeriesCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamSeriesCreateResult}: the created series (shape assumed).
   */
  create(id: string, body: TeamSeriesCreateParams, options?: RequestOptions): Promise<TeamSeriesCreateResult>;
  /**
   * Update team series: `PUT /teams/{id}/series/{seriesId}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param seriesId Series identifier. Undocumented; most likely the series name itself (e.g. `A`), i.e. the `id`/`series` of a `Series` returned by `getTeamSeries`.
   * @param body see {@link TeamSeriesUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamSeriesUpdateResult}: the updated series (shape assumed).
   */
  update(id: string, seriesId: string, body: TeamSeriesUpdateParams, options?: RequestOptions): Promise<TeamSeriesUpdateResult>;
}

/**
 * Members of the team.
 */
export interface TeamsMembersResource {
  /**
   * List team members: `GET /teams/{id}/members`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link TeamMemberListItem} (the team's members): `await` it for the first page, `for await` it for every item.
   */
  list(id: string, options?: RequestOptions): PagePromise<TeamMemberListItem>;
  /**
   * Update team member role/permissions: `PATCH /teams/{id}/members/{memberId}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param memberId The member's user id (`user_…` or a Firebase uid).
   * @param body see {@link TeamMemberUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamMemberUpdateResult}: the updated member.
   */
  update(id: string, memberId: string, body: TeamMemberUpdateParams, options?: RequestOptions): Promise<TeamMemberUpdateResult>;
  /**
   * Remove team member (owner): `DELETE /teams/{id}/members/{memberId}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param memberId The member's user id (`user_…` or a Firebase uid).
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamMemberDeleteResult}: member removed.
   */
  delete(id: string, memberId: string, options?: RequestOptions): Promise<TeamMemberDeleteResult>;
}

/**
 * Invitations to join the team.
 */
export interface TeamsInvitationsResource {
  /**
   * List team invitations: `GET /teams/{id}/invitations`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link TeamInvitationListItem} (the team's invitations): `await` it for the first page, `for await` it for every item.
   */
  list(id: string, options?: RequestOptions): PagePromise<TeamInvitationListItem>;
  /**
   * Create team invitation: `POST /teams/{id}/invitations`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamInvitationCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamInvitationCreateResult}: the created invitation.
   */
  create(id: string, body: TeamInvitationCreateParams, options?: RequestOptions): Promise<TeamInvitationCreateResult>;
  /**
   * Get team invitation: `GET /teams/{id}/invitations/{inviteId}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param inviteId Invitation id (`[A-Za-z0-9_-]`, up to 128 characters in CLI-next's checks).
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamInvitationGetResult}: the invitation.
   */
  get(id: string, inviteId: string, options?: RequestOptions): Promise<TeamInvitationGetResult>;
  /**
   * Resend team invitation: `POST /teams/{id}/invitations/{inviteId}/resend`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param inviteId Invitation id.
   * @param body see {@link TeamInvitationResendParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamInvitationResendResult}: the invitation after the resend attempt.
   */
  resend(id: string, inviteId: string, body: TeamInvitationResendParams, options?: RequestOptions): Promise<TeamInvitationResendResult>;
  /**
   * Revoke team invitation: `DELETE /teams/{id}/invitations/{inviteId}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param inviteId Invitation id.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamInvitationRevokeResult}: invitation revoked.
   */
  revoke(id: string, inviteId: string, options?: RequestOptions): Promise<TeamInvitationRevokeResult>;
  /**
   * Accept team invitation (recipient Firebase token): `POST /teams/invitations/accept`.
   * @param body see {@link TeamInvitationAcceptParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamInvitationAcceptResult}: invitation accepted.
   */
  accept(body: TeamInvitationAcceptParams, options?: RequestOptions): Promise<TeamInvitationAcceptResult>;
  /**
   * Decline team invitation (recipient Firebase token): `POST /teams/invitations/decline`.
   * @param body see {@link TeamInvitationDeclineParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamInvitationDeclineResult}: invitation declined.
   */
  decline(body: TeamInvitationDeclineParams, options?: RequestOptions): Promise<TeamInvitationDeclineResult>;
}

/**
 * Teams (issuers), their settings, series, members and SAT connection.
 */
export interface TeamsResource {
  /**
   * List teams: `GET /teams`.
   * @param query see {@link TeamListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link TeamListItem} (a page of teams): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-teams-20352685e0 | gigstack docs: List teams}
   */
  list(query?: TeamListQuery, options?: RequestOptions): PagePromise<TeamListItem>;
  /**
   * Get team: `GET /teams/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamGetResult}: the team.
   */
  get(id: string, options?: RequestOptions): Promise<TeamGetResult>;
  /**
   * Create team: `POST /teams`.
   * @param body see {@link TeamCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamCreateResult}: the created team.
   * @see {@link https://docs.gigstack.io/create-team-20352686e0 | gigstack docs: Create team}
   */
  create(body: TeamCreateParams, options?: RequestOptions): Promise<TeamCreateResult>;
  /**
   * Update team: `PUT /teams/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamUpdateResult}: the updated team (shape assumed).
   */
  update(id: string, body: TeamUpdateParams, options?: RequestOptions): Promise<TeamUpdateResult>;
  /**
   * Delete team (scheduled soft delete): `DELETE /teams/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamDeleteResult}: deletion scheduled.
   */
  delete(id: string, options?: RequestOptions): Promise<TeamDeleteResult>;
  /**
   * Get team integrations: `GET /teams/integrations`.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamIntegrationsResult}: the team's integrations keyed by name.
   */
  integrations(options?: RequestOptions): Promise<TeamIntegrationsResult>;
  /**
   * Get team onboarding URL: `GET /teams/{id}/onboarding-url`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamOnboardingUrlResult}: the onboarding URL as a plain string in `data`.
   * @see {@link https://docs.gigstack.io/get-team-onboarding-url-20462248e0 | gigstack docs: Get team onboarding URL}
   */
  onboardingUrl(id: string, options?: RequestOptions): Promise<TeamOnboardingUrlResult>;
  /**
   * Get team settings: `GET /teams/{id}/settings`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamSettingsResult}: the persisted settings.
   */
  settings(id: string, options?: RequestOptions): Promise<TeamSettingsResult>;
  /**
   * Update team settings: `PUT /teams/{id}/settings`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamUpdateSettingsParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamUpdateSettingsResult}: the updated settings (or the team holding them).
   * @see {@link https://docs.gigstack.io/update-team-settings-20352695e0 | gigstack docs: Update team settings}
   */
  updateSettings(id: string, body: TeamUpdateSettingsParams, options?: RequestOptions): Promise<TeamUpdateSettingsResult>;
  /**
   * Add team member: `POST /teams/{id}/add-member`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamAddMemberParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamAddMemberResult}: the member was added.
   */
  addMember(id: string, body: TeamAddMemberParams, options?: RequestOptions): Promise<TeamAddMemberResult>;
  /**
   * Remove team member: `POST /teams/{id}/remove-member`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamRemoveMemberParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamRemoveMemberResult}: the member was removed (body shape assumed).
   */
  removeMember(id: string, body: TeamRemoveMemberParams, options?: RequestOptions): Promise<TeamRemoveMemberResult>;
  /**
   * Sign manifest document: `POST /teams/{id}/manifest/sign`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamSignManifestParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamSignManifestResult}: the manifest was signed (body shape assumed).
   * @see {@link https://docs.gigstack.io/sign-manifest-document-26526733e0 | gigstack docs: Sign manifest document}
   */
  signManifest(id: string, body: TeamSignManifestParams, options?: RequestOptions): Promise<TeamSignManifestResult>;
  /**
   * Create team portal access token: `POST /teams/{id}/portal-access-token`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link TeamPortalAccessTokenParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamPortalAccessTokenResult}: the issued token.
   */
  portalAccessToken(id: string, body: TeamPortalAccessTokenParams, options?: RequestOptions): Promise<TeamPortalAccessTokenResult>;
  /**
   * Get team base e-mail templates: `GET /teams/{id}/email-templates`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link TeamEmailTemplatesResult}: baseline templates in both languages.
   */
  emailTemplates(id: string, options?: RequestOptions): Promise<TeamEmailTemplatesResult>;
  /**
   * Folio series of the team.
   */
  readonly series: TeamsSeriesResource;
  /**
   * Members of the team.
   */
  readonly members: TeamsMembersResource;
  /**
   * Invitations to join the team.
   */
  readonly invitations: TeamsInvitationsResource;
}

/**
 * Users of the billing account.
 */
export interface UsersResource {
  /**
   * List users: `GET /users`.
   * @param query see {@link UserListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link UserListItem} (a page of users): `await` it for the first page, `for await` it for every item.
   */
  list(query?: UserListQuery, options?: RequestOptions): PagePromise<UserListItem>;
  /**
   * Get user: `GET /users/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link UserGetResult}: the user.
   */
  get(id: string, options?: RequestOptions): Promise<UserGetResult>;
  /**
   * Create user: `POST /users`.
   * @param body see {@link UserCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link UserCreateResult}: the created user. The sources show the body (`User created successfully`) but not the status code; 200 is declared (the SDK must accept any 2xx, 201 included).
   */
  create(body: UserCreateParams, options?: RequestOptions): Promise<UserCreateResult>;
  /**
   * Update user: `PUT /users/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link UserUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link UserUpdateResult}: the updated user. No source shows this response; an Envelope<User> like `getUser` is assumed.
   */
  update(id: string, body: UserUpdateParams, options?: RequestOptions): Promise<UserUpdateResult>;
  /**
   * Delete managed user: `DELETE /users/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link UserDeleteResult}: deletion accepted. The response body was never seen; a generic envelope with an undescribed `data` is assumed.
   */
  delete(id: string, options?: RequestOptions): Promise<UserDeleteResult>;
  /**
   * Reset user password: `POST /users/reset-password`.
   * @param body see {@link UserResetPasswordParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link UserResetPasswordResult}: reset e-mail sent. The docs example is cut off after `data: {`, so `data` is left undescribed.
   */
  resetPassword(body: UserResetPasswordParams, options?: RequestOptions): Promise<UserResetPasswordResult>;
  /**
   * Generate login link: `POST /users/login-link`.
   * @param body see {@link UserLoginLinkParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link UserLoginLinkResult}: the login link.
   * @see {@link https://docs.gigstack.io/generate-login-link-24832690e0 | gigstack docs: Generate login link}
   */
  loginLink(body: UserLoginLinkParams, options?: RequestOptions): Promise<UserLoginLinkResult>;
}

/**
 * Webhook subscriptions.
 */
export interface WebhooksResource {
  /**
   * List webhooks: `GET /webhooks`.
   * @param query see {@link WebhookListQuery}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns a {@link PagePromise} of {@link WebhookListItem} (the webhook subscriptions (no pagination cursor)): `await` it for the first page, `for await` it for every item.
   * @see {@link https://docs.gigstack.io/list-webhooks-25590325e0 | gigstack docs: List webhooks}
   */
  list(query?: WebhookListQuery, options?: RequestOptions): PagePromise<WebhookListItem>;
  /**
   * Get webhook: `GET /webhooks/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link WebhookGetResult}: the webhook subscription.
   */
  get(id: string, options?: RequestOptions): Promise<WebhookGetResult>;
  /**
   * Create webhook: `POST /webhooks`.
   * @param body see {@link WebhookCreateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link WebhookCreateResult}: the created subscription. The docs show the body (`Webhook created successfully`) but not the status code; 200 is declared (the SDK must accept any 2xx).
   */
  create(body: WebhookCreateParams, options?: RequestOptions): Promise<WebhookCreateResult>;
  /**
   * Update webhook: `PUT /webhooks/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param body see {@link WebhookUpdateParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link WebhookUpdateResult}: the updated subscription. The docs example is cut off; the standardized envelope with the updated Webhook (as on create/get) is assumed.
   */
  update(id: string, body: WebhookUpdateParams, options?: RequestOptions): Promise<WebhookUpdateResult>;
  /**
   * Delete webhook: `DELETE /webhooks/{id}`.
   * @param id Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`, `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link WebhookDeleteResult}: deleted. The response body was never seen; a generic envelope with an undescribed `data` is assumed.
   */
  delete(id: string, options?: RequestOptions): Promise<WebhookDeleteResult>;
}

/**
 * Partner-only account provisioning.
 */
export interface AuthResource {
  /**
   * Headless signup (partner key; no envelope): `POST /auth/signup`.
   * @param body see {@link AuthSignupParams}
   * @param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…
   * @returns {@link AuthSignupResult}: account created (no envelope).
   */
  signup(body: AuthSignupParams, options?: RequestOptions): Promise<AuthSignupResult>;
}

/** Every resource group of the client. */
export interface GigstackResources {
  /**
   * Customers (receivers of CFDIs) with their fiscal data.
   */
  readonly clients: ClientsResource;
  /**
   * Products and services catalogue used as invoice items.
   */
  readonly services: ServicesResource;
  /**
   * CFDI 4.0 income (I), egress (E), payment-complement (P) and transfer (T) invoices.
   */
  readonly invoices: InvoicesResource;
  /**
   * Payment requests, registered payments, refunds.
   */
  readonly payments: PaymentsResource;
  /**
   * Non-fiscal sale receipts that customers turn into invoices themselves (autofactura).
   */
  readonly receipts: ReceiptsResource;
  /**
   * Teams (issuers), their settings, series, members and SAT connection.
   */
  readonly teams: TeamsResource;
  /**
   * Users of the billing account.
   */
  readonly users: UsersResource;
  /**
   * Webhook subscriptions.
   */
  readonly webhooks: WebhooksResource;
  /**
   * Partner-only account provisioning.
   */
  readonly auth: AuthResource;
}
