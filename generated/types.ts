// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
export interface paths {
    "/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Cursor-paginated list of the team's clients, newest first by default. Loop while
         *     `has_more` and `next`; when `metadata` filters are used the API paginates by `page`
         *     instead of `next`. No e-mail/RFC filter is documented — use `searchClients`.
         *     List items may carry only a subset of the Client fields (`id, name, company, email,
         *     tax_id, tax_system, livemode, created_at, efos`). Sources: [n8n][cli][docs].
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create client
         * @description Creates a client (CFDI receiver) with its fiscal data. With `search` it becomes a
         *     find-or-create: when exactly one client matches `search.on_key` = `search.on_value` the
         *     existing client is returned with **200** (updated with the body first when
         *     `search.update` is true); when several match the API answers **409**
         *     (`resource_conflict`); otherwise the client is created (**201**). The response folds
         *     `address.exterior` into `street` and normalises `country` to `MEX`.
         *     `email` is required per gigstack's swagger-derived n8n node; the CLI creates clients with
         *     name + RFC only, so the server may accept other combinations (§6 #16).
         *     Sources: [n8n][cli][docs].
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search clients (full-text)
         * @description Full-text search over the team's clients; `q` matches name, RFC and e-mail. Results are
         *     page-numbered (`page`, `per_page`, `found`), not cursor-paginated. Beyond the seed
         *     (not in the 2026-01-23 docs navigation). Sources: [cli][docs]. `page`/`limit` are
         *     inferred from the payments search endpoint (x-inferred).
         */
        get: operations["searchClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get client
         * @description Retrieves one client with its fiscal data, address and validation state (`is_valid`,
         *     `efos`). Sources: [n8n][cli].
         */
        get: operations["getClient"];
        /**
         * Update client
         * @description Partial update: send only the fields to change (n8n and the CLI do). Whether a nested
         *     `address` is merged or replaced is not documented — send the complete address. The
         *     CLI-next sends JSON `null` to clear a field; nulls are not modelled here.
         *     The response is assumed to be the updated client (n8n returns `data`; x-inferred).
         *     Sources: [n8n][cli].
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete client
         * @description Deletes a client. No body is sent. The response body is not documented (n8n returns it
         *     raw, the CLI ignores it), so `data` is modelled as an opaque object (x-inferred).
         *     Sources: [n8n][cli].
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/validate/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate client fiscal information
         * @description Validates the client's fiscal data (RFC, legal name, regime, zip) against the SAT;
         *     presumably refreshes `is_valid`/`efos` on the client. Note the id comes after
         *     `validate`. No body is sent. The shape of `data` is not documented (the CLI prints it
         *     as key/values); a third-party production integration reads
         *     `data.fiscal_validation.status` / `.message` (§3.17), so those are typed and the rest
         *     stays open (x-inferred).
         *     Sources: [n8n][cli].
         */
        post: operations["validateClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/customerportal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get client customer portal access token
         * @description Opens a customer-portal session for a client identified by `id` or by `email`; the
         *     portal lets the customer self-invoice, download documents and pay. The CLI reads
         *     `data.url` and `data.expires_at` and describes a 5-day session; older docs show only a
         *     placeholder `data: {}`, so both fields are optional (§6 #37). The body is modelled as
         *     `oneOf {id} | {email}` (x-inferred on the schema). 404 when no client matches is
         *     inferred. Sources: [n8n][cli][docs].
         */
        post: operations["getClientPortalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/stamp-pending-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stamp pending receipts
         * @description Stamps (turns into CFDIs) the client's pending sale receipts, at most 100 per call:
         *     repeat while `remaining > 0`. Individual failures come back in `results` with HTTP 200 —
         *     `failed > 0` is a partial success. No body is sent. The 422 (whole request rejected by
         *     the PAC/SAT) follows the rule for stamping operations and is not documented
         *     (x-inferred). Sources: [n8n][cli-next][docs].
         */
        post: operations["stampClientPendingReceipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/csf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload CSF PDF to create or update client (path unverified)
         * @description Uploads a SAT Constancia de Situación Fiscal (CSF) PDF; gigstack extracts the fiscal
         *     data (consulting the SAT) and creates a new client, or updates the client given in
         *     `client_id`. Sources: docs page `upload-csf-pdf-to-create-or-update-client` (method
         *     POST) [docs], field and query names [cli-next].
         *
         *     **Path inferred — verify.** No source shows the path. Evidence: n8n's
         *     `build-missing-operations.ts` maps any swagger path containing `/csf` to `uploadCsf`
         *     (its other patterns all match real paths), and CLI-next passes the target client as
         *     query `client_id`, so the id is not in the path; `/clients/csf` is the simplest path
         *     consistent with both (§2.1.9, §6 #31, §7 gap 1). The success status (200, also when a
         *     client is created) is likewise assumed; the CLI-next fixture returns
         *     `{success: true, data: {id: "client_…"}}`. The CLI-next rejects non-PDF files and files
         *     over 5 MiB before sending.
         */
        post: operations["uploadClientCsf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/support-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List client support documents
         * @description All support documents linked to the client, in one response (no cursor). Beyond the
         *     seed. Sources: [cli-next][docs].
         */
        get: operations["listClientSupportDocuments"];
        put?: never;
        /**
         * Upload client support document
         * @description Attaches a support document (contract, delivery or payment proof, communication …) to
         *     the client for materiality/compliance. Multipart: `file` (PDF, PNG, JPG/JPEG or WEBP,
         *     ≤ 10 MiB), `documentType`, optional `name` and `description`. The response uses the
         *     standardized envelope with an ISO `timestamp`. The status (200 rather than 201) is not
         *     stated by the sources. Beyond the seed. Sources: [cli-next][docs].
         */
        post: operations["uploadClientSupportDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services
         * @description Cursor-paginated list of the products/services catalogue. Loop while `has_more` and
         *     `next`. No metadata filter is sent by any client for services. Sources: [n8n][cli][docs].
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Create service
         * @description Adds a product or service to the catalogue; invoice, payment and receipt items can then
         *     reference it by `id`. `description` and `unit_price` are required (n8n); the CLI also
         *     requires `product_key` and `unit_key`, which CFDI items need anyway. Send `taxes: []`
         *     for no taxes. The success status was never seen (200 assumed; createClient uses 201,
         *     so accept any 2xx). Sources: [n8n][cli][docs].
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service
         * @description Retrieves one catalogue service with its SAT keys and taxes. Sources: [n8n][cli].
         */
        get: operations["getService"];
        /**
         * Update service
         * @description Partial update of a catalogue service; every field is optional. `taxes`, `taxability`
         *     and `quantity` are assumed to be accepted as on create (x-inferred on the schema). The
         *     response is assumed to be the updated service. Sources: [n8n][cli].
         */
        put: operations["updateService"];
        post?: never;
        /**
         * Delete service
         * @description Removes a service from the catalogue. No body is sent. The response body is not
         *     documented, so `data` is modelled as an opaque object (x-inferred). Sources: [n8n][cli].
         */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payment complement invoices
         * @description Cursor-paginated list of payment-complement CFDIs (type `P`, complemento de pago /
         *     REP). [n8n][cli] Same query parameters as `listIncomeInvoices` plus `invoice_id` (the
         *     related PPD invoice's UUID). `/invoices/complements` does not exist (404/405).
         */
        get: operations["listPaymentComplementInvoices"];
        put?: never;
        /**
         * Create payment complement invoice
         * @description Issues a CFDI 4.0 type `P` (complemento de pago, Pagos 2.0) that records a payment
         *     against one or more PPD invoices. [cli-next] — the CLI-next `complement-create`
         *     command passes a caller-written JSON body through unchanged, so the body fields are
         *     not known (reference §7 gap 13). The request schema is an open object with the likely
         *     fields; see `PaymentComplementInvoiceInput`. Teams with
         *     `automate_complement_for_ppd_invoices` or payments with automation
         *     `ppd_invoice_and_complement` get complements issued automatically; this operation is
         *     the manual path.
         */
        post: operations["createPaymentComplementInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transfer invoices
         * @description Lists the team's CFDI type `T` invoices, newest first, with cursor pagination (`next`).
         *     [cli-next] — the CLI-next `transfers` command sends its common list query (`limit`,
         *     `next`, `sort`, `order_by`, `created[gte]`, `created[lte]`) and prints the raw
         *     envelope. Status, client and metadata filters are not known to be supported.
         */
        get: operations["listTransferInvoices"];
        put?: never;
        /**
         * Create transfer invoice (CFDI T)
         * @description Issues a CFDI 4.0 type `T` (traslado), used to support the movement of goods (usually
         *     with a Carta Porte complement). [cli-next] — the CLI-next `transfer-create` command
         *     passes a caller-written JSON body through unchanged; the body is not documented. The
         *     request schema assumes the income-invoice field set without payment fields (SAT: a
         *     traslado has no FormaPago/MetodoPago and, for own goods, subtotal 0 with currency
         *     `XXX`); see `TransferInvoiceInput`.
         */
        post: operations["createTransferInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/transfer/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get transfer invoice
         * @description Retrieves one CFDI type `T` by its CFDI UUID. [cli-next] (`transfer-get`, which prints
         *     the full response). The response shape is assumed to be the common `Invoice`.
         */
        get: operations["getTransferInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/income/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create income invoice batch (Idempotency-Key header)
         * @description Queues up to 1000 income invoices for asynchronous stamping. [cli-next] — the CLI-next
         *     `invoices batch create` command sends the caller's `Idempotency-Key` header (8–128
         *     characters `[A-Za-z0-9._:-]`, validated client side before sending) and a body
         *     `{invoices: [...]}` in which every invoice carries its own `idempotency_key`; it
         *     repeats the same keys on a retry. Poll `getIncomeInvoiceBatch` and page through
         *     `listIncomeInvoiceBatchItems` for the outcome of each invoice. Whether the answer is
         *     200 or 202 is not known; 200 is declared.
         */
        post: operations["createIncomeInvoiceBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/income/batch/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get income invoice batch
         * @description Returns the state of a batch created with `createIncomeInvoiceBatch`: its id, the
         *     overall `result`, the invoices rejected at intake (`rejected[]`) and per-status
         *     `counts` (`failed`, …). [cli-next] (`invoices batch get`; the fixture shows
         *     `data{id, result, rejected[], counts{failed}}`).
         */
        get: operations["getIncomeInvoiceBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/income/batch/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List income invoice batch items
         * @description Pages through the per-invoice outcomes of a batch. [cli-next] — query `limit`, `next`,
         *     `status` (e.g. `needs_review`). Unlike the other lists, the page is NESTED inside the
         *     envelope: `data.data[]`, `data.next`, `data.has_more`. CLI-next exits non-zero when a
         *     page contains items that need review, so treat such items as requiring action.
         */
        get: operations["listIncomeInvoiceBatchItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import existing CFDI XML files
         * @description Imports up to 50 CFDIs stamped elsewhere, each given as raw XML text (`xml`) or as
         *     base64 (`content`). [cli-next]. The answer can be HTTP 200 with `success: false` and
         *     per-file results — a 2xx that is NOT a full success: check `success` and
         *     `data.summary.not_imported` (CLI-next treats `success: false` as a failure and keeps
         *     `data.results` as evidence).
         */
        post: operations["importInvoiceXml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/sat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SAT invoices (Descarga Masiva)
         * @description Lists the CFDIs mirrored from the SAT by Descarga Masiva (issued and received by the
         *     team's RFC). [cli][docs]. This is the ONLY list paged with `starting_after`: pass the
         *     previous page's `next` as `starting_after` (the CLI does exactly that); `next` is not
         *     accepted here. Dates are calendar days `YYYY-MM-DD`, not unix seconds.
         */
        get: operations["listSatInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/sat/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a SAT invoice
         * @description One CFDI from the Descarga Masiva mirror, with the detail fields (`has_xml`,
         *     `subtotal`, `exchange_rate`, `series`, `folio`, `stamp_date`, `cancellation_date`,
         *     `pac_rfc`, `version`, `certificate_number`). [cli][docs].
         */
        get: operations["getSatInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/sat/{uuid}/retry-xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry SAT XML download
         * @description Retries downloading the XML of a mirrored CFDI whose download is stuck or failed.
         *     [cli][docs]. May charge a download credit (`data.credit_charged`) — do not retry it
         *     automatically. 422 when the provider rejected the download, 502 on gateway errors or
         *     timeouts. No request body.
         */
        post: operations["retrySatInvoiceXml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/sat/{uuid}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate PDF for a SAT invoice (base64 in JSON)
         * @description Renders a PDF for a mirrored CFDI and returns it base64-encoded in a TOP-LEVEL `pdf`
         *     field (not inside `data`). [cli][docs]. No request body. Requires the XML to be
         *     available (`has_xml`) [inferred].
         */
        post: operations["generateSatInvoicePdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/download/activate/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check Descarga Masiva activation status
         * @description Whether Descarga Masiva is active for the team's RFC, whether the plan includes it,
         *     and its pricing. [cli][docs]. `status` `needs_activation` / `needs_addon` → call
         *     `activateSatDownload`; `needs_upgrade` → the plan must change first (billing UI).
         */
        get: operations["getSatDownloadActivationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/download/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate Descarga Masiva SAT
         * @description Turns Descarga Masiva on for the team. CHANGES BILLING (adds per-download charges, or
         *     an add-on) — ask the user first; the CLI shows the pricing from
         *     `getSatDownloadActivationStatus` and asks for confirmation. [cli][docs]. No request
         *     body. `data.type` says whether the feature came with the plan (`included`) or as an
         *     add-on.
         */
        post: operations["activateSatDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/download/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate Descarga Masiva SAT
         * @description Turns Descarga Masiva off; scheduled downloads stop. [cli][docs]. No request body;
         *     the response `data` is not described (the CLI only prints `message`).
         */
        post: operations["deactivateSatDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/download/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Descarga Masiva schedule
         * @description The SAT-connection state (FIEL uploaded, RFC registered, SAT sync completed, sync
         *     start date), the daily download schedule and the provider (Prodigia) sync state.
         *     [cli][docs]. Note the mixed naming: top level snake_case, `schedule` camelCase.
         */
        get: operations["getSatDownloadSchedule"];
        /**
         * Save Descarga Masiva schedule
         * @description Sets the daily automatic download: on/off, time of day (`HH:mm`, America/Mexico_City),
         *     which directions to download and how many days back each run covers (1–90).
         *     [cli][docs]. The CLI always sends all four fields (defaults `enabled: true`,
         *     `download_types: [issued, received]`, `days_back: 7`; `time` has no default), so they
         *     are all declared required. The response `data` is not described.
         */
        put: operations["saveSatDownloadSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/download/schedule/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get download request history
         * @description The last 20 SAT download requests (scheduled or manual) in `data.history[]`; fields
         *     are camelCase. [cli][docs]. Not paginated.
         */
        get: operations["getSatDownloadHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/download/fiel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload FIEL credentials
         * @description Uploads the team's e.firma (FIEL — NOT the CSD used for stamping): certificate `.cer`,
         *     private key `.key` and its password, as multipart/form-data. Triggers the RFC's
         *     registration with the SAT for Descarga Masiva (subject to SAT validation). [docs];
         *     CLI-next `sat credentials fiel` sends the same parts plus an optional `phone`.
         *     Answers with the standardized envelope; `data` is not described.
         */
        post: operations["uploadFielCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/income": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List income invoices
         * @description Cursor-paginated list of the team's income CFDIs (type `I`). [n8n][cli][docs]
         *
         *     Loop while `has_more` and `next`. When `metadata` filters are present the API paginates
         *     by `page` instead of `next`. The newer invoices guide also spells the date filters
         *     `created_gte` / `created_lte` and metadata filters `metadata_<key>`; the bracket/dot
         *     forms declared here are the ones both production clients send (§6 #4). There is no
         *     server-side `payment_method` filter yet (filter PPD invoices client-side).
         */
        get: operations["listIncomeInvoices"];
        put?: never;
        /**
         * Create income invoice
         * @description Creates and stamps (timbra) a CFDI 4.0 income invoice (type `I`) synchronously; the
         *     response carries the stamped invoice (`status: stamped`). [n8n][cli][docs]
         *
         *     `client` and at least one item are required. SAT rules the API enforces through the PAC:
         *     the CFDI use must be allowed for the receiver's tax regime, `PPD` requires
         *     `payment_form: "99"`, and a global invoice (`global`) goes to `XAXX010101000` with use
         *     `S01`. A stamping rejection comes back as `cfdi_service_error` with the SAT/PAC code
         *     (see `listCfdiErrors`); its HTTP status is not documented — 422 is declared
         *     (the CLI sees SAT rejections as 422 and gateway failures as 502).
         */
        post: operations["createIncomeInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/income/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get income invoice
         * @description One income invoice by its CFDI UUID (`uuid`). [n8n][cli] PPD invoices carry
         *     `last_balance` and `payment_complements`; after a cancellation request the invoice may
         *     stay `valid` with a `cancellation_status` until the SAT/receiver accept.
         */
        get: operations["getIncomeInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/egress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List egress invoices
         * @description Cursor-paginated list of egress CFDIs (type `E`, notas de crédito). [n8n][cli] Same query
         *     parameters as `listIncomeInvoices` (n8n builds both with the same filter builder).
         */
        get: operations["listEgressInvoices"];
        put?: never;
        /**
         * Create egress invoice
         * @description Creates and stamps a CFDI 4.0 egress invoice (type `E`, nota de crédito / bonificación /
         *     devolución). [n8n][cli-next][docs] Same body as the income invoice (n8n builds both with
         *     one function). The docs example sends no `payment_method`. A credit note normally points
         *     at the income CFDI with `related_documents: [{relationship: "01", documents: [uuid]}]`
         *     (SAT rule, not shown in gigstack's docs). Stamping rejections → 422 `cfdi_service_error`.
         */
        post: operations["createEgressInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/egress/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get egress invoice
         * @description One egress invoice by its CFDI UUID. [n8n][cli-next] The response shape is not captured;
         *     it is assumed to be the same `Envelope<Invoice>` as the income invoice (n8n reads all
         *     three kinds the same way).
         */
        get: operations["getEgressInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List CFDI errors
         * @description The reference catalogue ("error matrix") of SAT/PAC stamping error codes with an
         *     explanation and a suggested fix — **not** the team's failed invoices. [cli-next][docs]
         *     Path from CLI-next, parameters from the docs guide. Page-numbered (no cursor); default
         *     page size 50. The envelope is the page-list form `{success, data, total, page, limit,
         *     message, timestamp}` with an ISO `timestamp`.
         */
        get: operations["listCfdiErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/payment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get payment complement invoice
         * @description One payment-complement CFDI (type `P`) by its UUID — not the related income invoice nor
         *     a payments list. [n8n][cli-next] Modelled as `Envelope<Invoice>`; the complement-specific
         *     fields (related documents, installment number, previous/paid/remaining balance) are
         *     unknown, so they are not declared.
         */
        get: operations["getPaymentComplementInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel invoice
         * @description Requests the cancellation of a stamped CFDI with the SAT. [n8n][cli][docs] A DELETE with
         *     a required JSON body: `motive` (SAT cancellation motive) and, **when `motive` is `"01"`,
         *     the `substitution_uuid`** of the replacing CFDI (which must be stamped first). The CLI
         *     sends that field as `replacement`; the spec follows n8n and the docs (§6 #9).
         *
         *     The response body was never captured (the CLI ignores it), so `data` is left open. The
         *     invoice may keep `status: valid` with a `cancellation_status` until the SAT (and, where
         *     required, the receiver) accept. PAC/SAT rejections → 422 `cfdi_service_error`.
         */
        delete: operations["cancelInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get invoice files
         * @description Download URLs of an invoice's PDF and XML (JSON, not the binary files). [n8n][cli][docs]
         *     `file_type` restricts the answer to one file; omitted, both come back. The CLI fetches
         *     the URLs without the API key, so they are public or signed URLs whose host may differ
         *     from the API's. Presumably works for any invoice kind (I, E, P).
         */
        get: operations["getInvoiceFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend invoice email
         * @description Sends the invoice's PDF and XML by e-mail again. [cli][docs] `emails` optionally
         *     overrides/extends the recipients (omitted, the client's e-mail is used). The response
         *     lists the recipients and the attached files.
         */
        post: operations["resendInvoiceEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/support-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoice support documents
         * @description All support documents linked to the invoice. [cli-next][docs] The full list comes back
         *     at once (no cursor). Envelope assumed to be the standardized one with `data` an array,
         *     as for the upload.
         */
        get: operations["listInvoiceSupportDocuments"];
        put?: never;
        /**
         * Upload invoice support document
         * @description Attaches a materiality/support document (contract, delivery proof, payment proof …) to
         *     an invoice. [cli-next][docs] Same contract as the client upload: multipart `file`
         *     (PDF, PNG, JPG/JPEG or WEBP, at most 10 MiB), `documentType`, optional `name` and
         *     `description`. The response uses the standardized envelope with an ISO `timestamp`.
         *     The docs do not say 201, so 200 is declared.
         */
        post: operations["uploadInvoiceSupportDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search invoices (full-text)
         * @description Full-text search over invoices by client name, RFC or UUID. [cli][docs] Page-numbered
         *     search envelope (`found`, `page`, `per_page`). Only `q` is documented; `page` and
         *     `limit` are assumed to work as on `searchPayments`.
         */
        get: operations["searchInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List draft invoices
         * @description Cursor-paginated list of drafts. [cli] The CLI only sends `limit`; the reference says
         *     "list params §1.6–1.7", so the common cursor, page, ordering and creation-date
         *     parameters are declared. Which filters the server honours here is unconfirmed.
         */
        get: operations["listDraftInvoices"];
        put?: never;
        /**
         * Create draft invoice (pre-factura)
         * @description Saves an unstamped draft (pre-factura). [docs][cli-next] The body takes the income-invoice
         *     fields; only `invoice_type` is required. Nothing is sent to the SAT until
         *     `stampDraftInvoice`. Draft ids are bare (no prefix) and the draft's `created_at` /
         *     `updated_at` are epoch **milliseconds**.
         */
        post: operations["createDraftInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/draft/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get draft invoice
         * @description One draft by its (bare) id. [docs][cli-next] If a preview was generated, the draft also
         *     carries the preview PDF as base64; that field's name is not documented (see
         *     `previewDraftInvoice`).
         */
        get: operations["getDraftInvoice"];
        /**
         * Update draft invoice
         * @description Replaces a draft's content. [docs][cli-next] The docs call it a partial update, but
         *     CLI-next observed that omitted fields (notably `items`) are cleared, so treat it as a
         *     **full replace**: always send the complete intended body, as on create (§6 #38).
         */
        put: operations["updateDraftInvoice"];
        post?: never;
        /**
         * Delete draft invoice
         * @description Permanently deletes a draft and its preview files. [docs][cli-next] No body. The
         *     response `data` is not described (placeholder envelope assumed).
         */
        delete: operations["deleteDraftInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/draft/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate draft preview PDF (base64 in JSON)
         * @description Renders the draft as a PDF watermarked "Sin Validez Fiscal" and returns it base64-encoded
         *     inside the JSON response. [docs][cli-next] No body; does not stamp and consumes no folio.
         *     The name of the base64 field is **not documented** (reference gap 14): `pdf` is assumed
         *     by analogy with `generateSatInvoicePdf`, and `data` stays open to other fields.
         */
        post: operations["previewDraftInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/draft/{id}/stamp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stamp draft invoice
         * @description Stamps the draft as a real CFDI with the SAT and returns the stamped invoice (the CLI
         *     reads `data.uuid || data.id`). [docs][cli] No body. Stamping rejections → 422
         *     `cfdi_service_error`.
         */
        post: operations["stampDraftInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments
         * @description Cursor-paginated list of the team's payments (payment links and registered payments),
         *     newest first by default. Loop while `has_more` and `next`; when `metadata` filters are
         *     present the API paginates with `page` instead of `next`. Sources: [n8n][cli][docs]
         *     (docs page `list-payments-20352678e0`).
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search payments
         * @description Full-text (Typesense, typo-tolerant) search over payments, paginated by page number.
         *     Sources: [cli-next] (docs page `search-payments-25791638e0`). The query parameters are
         *     exactly those the CLI sends (`q`, `page`, `limit`, `status`, `client_id`); `q` being
         *     required is the reference's inference. The response envelope is the search envelope
         *     seen in CLI-next fixtures (values there were synthetic).
         */
        get: operations["searchPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request payment
         * @description Creates a payment in `requires_payment_method` status, i.e. a payment link
         *     (`short_url`) the customer pays by card, SPEI or OXXO; gigstack e-mails it unless
         *     `send_email` is false. When it is paid, `automation_type` decides what is issued.
         *     Sources: [n8n][cli][docs] (docs page `request-payment-20352681e0`, schema
         *     `RequestPaymentInput`). Idempotency (§1.10): pass `idempotency_key` to avoid
         *     duplicate links on retries; replay semantics (return existing vs 409) are unknown.
         *     409 is declared because `client.search` can match more than one client (as on
         *     createClient) — an inference.
         */
        post: operations["requestPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register payment
         * @description Records a payment already received outside gigstack (cash, transfer, card terminal…).
         *     The payment is `succeeded` immediately and `automation_type` decides what is issued:
         *     `pue_invoice` stamps a PUE invoice, `ppd_invoice_and_complement` stamps a PPD invoice
         *     (if none) plus a payment complement, `none` issues nothing. A client without RFC gets a
         *     receipt / self-invoice portal instead of a CFDI. Sources: [n8n][cli][docs] (docs page
         *     `register-payment-20352682e0`, schema `RegisterPaymentInput`).
         *     `idempotency_key` is documented as "prevent duplicate payments" (§1.10); the SDK always
         *     sends one. The register page prose lists `payment`/`payment_and_complement` as
         *     automation values; n8n, the guide and its own curl use `pue_invoice`… (§6 #8). A blog
         *     post's body (`invoice_uuid, amount, payment_date…`) is not supported (§6 #24).
         *     409 is declared because `client.search` can match more than one client — an inference.
         */
        post: operations["registerPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get payment
         * @description Retrieves one payment by id (`payment_…`). Sources: [n8n][cli]. `total` may be absent
         *     on processor-sourced payments; `amount` (cents) is then the only figure.
         */
        get: operations["getPayment"];
        /**
         * Update payment
         * @description Partially updates a payment; send at least one of `items`, `automation_type`, `client`.
         *     `items` may only change `description` (totals are not recalculated);
         *     `automation_type` is accepted only if the payment has no automations yet (else 400) —
         *     on a `succeeded` payment the server sets status `succeeded_` so the automation fires
         *     again; `client` fields are also merged into `/clients/{id}` without SAT re-validation
         *     (`id` is immutable). Works on `succeeded` and `cancelled` payments and never edits
         *     CFDIs already issued. Sources: [docs][cli-next].
         */
        put: operations["updatePayment"];
        post?: never;
        /**
         * Cancel payment
         * @description Cancels a payment (no request body). Sensible only for payments not yet collected
         *     (payment links) — an inference. Sources: [n8n][cli-next] (docs page
         *     `cancel-payment-20352680e0`). The response was never captured.
         */
        delete: operations["cancelPayment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark payment as paid
         * @description Marks a pending payment (e.g. a link paid by transfer outside the processor) as paid
         *     with the given payment form; automations fire on the transition into `succeeded`.
         *     `date` is unix **seconds** (n8n sends seconds; contrast stampReceipt, §6 #34).
         *     Sources: [n8n][cli-next] (docs page `mark-payment-as-paid-20352683e0`, schema
         *     `MarkPaymentAsPaidInput`).
         */
        post: operations["markPaymentAsPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund payment
         * @description Refunds a payment, fully or partially; with `external_processor_refund` the refund is
         *     also sent through the processor (e.g. Stripe). The payment gains a `refunds[]` entry
         *     and status `refunded`. Whether a credit note (CFDI E) is issued automatically is
         *     unknown. Sources: [n8n][cli] (docs page `refund-payment-20352684e0`, schema
         *     `RefundPaymentInput`). `reason` is optional per n8n but CLI-next and the docs summary
         *     expect it — send it (§6 #21). The body is optional here because gigstack's CLI v0.3.1
         *     sent none; what a body-less refund does is unknown (no source says). n8n and CLI-next
         *     always send `{amount, …}` and the reference recommends a body (§6 #22) — send one.
         */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/support-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payment support documents
         * @description All support documents linked to a payment (full list, no cursor). Sources:
         *     [docs][cli-next].
         */
        get: operations["listPaymentSupportDocuments"];
        put?: never;
        /**
         * Upload payment support document
         * @description Attaches a support document (contract, delivery or payment proof…; PDF/PNG/JPG/JPEG/
         *     WEBP up to 10 MiB) to a payment, e.g. to back the materiality of the operation.
         *     Sources: [docs][cli-next] (the docs curl shows this path). The success status was not
         *     captured; 200 assumed.
         */
        post: operations["uploadPaymentSupportDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List receipts
         * @description Cursor-paginated list of sale receipts (recibos de venta). Loop while `has_more` and
         *     `next`; with `metadata` filters the API paginates with `page`. `data` may contain
         *     `null` entries (the CLI filters them). Sources: [n8n][cli][docs] (docs page
         *     `list-receipts-20504786e0`). `client_id` works since a Firestore index fix (CLI 0.3.0).
         */
        get: operations["listReceipts"];
        put?: never;
        /**
         * Create receipt
         * @description Creates a sale receipt: a non-fiscal pre-invoice whose `url` lets the customer
         *     self-invoice (autofactura) until `validUntil` (set by `periodicity`); unclaimed receipts
         *     go to the month-end global invoice. Amounts and taxes are computed from the items; the
         *     client can be auto-created (`client.search` + inline data). Sources: [n8n][cli-next]
         *     [docs] (docs page `create-receipt-20504787e0`, schema `ReceiptInput`).
         *     Idempotency (§1.10, [n8n]): if a receipt with the same `idempotency_key` exists, the
         *     existing receipt is returned instead of a duplicate. 409 is declared because
         *     `client.search` can match more than one client — an inference.
         */
        post: operations["createReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search receipts (full-text)
         * @description Full-text search over receipts, paginated by page number. Sources: [cli-next][docs].
         *     The reference lists exactly `q`, `page` and `fields`; `limit` is not listed for this
         *     endpoint and is therefore not declared.
         */
        get: operations["searchReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get receipt
         * @description Retrieves one receipt by id (`receipt_…`). Sources [n8n][cli].
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        /**
         * Cancel receipt
         * @description Cancels a receipt (no request body); it can no longer be self-invoiced and is excluded
         *     from the global invoice. Cannot be undone. Sources: [n8n][cli][docs] (docs page
         *     `cancel-receipt-20504789e0`).
         */
        delete: operations["cancelReceipt"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{id}/stamp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stamp receipt
         * @description Converts a receipt into a CFDI income invoice stamped with the SAT, either to the
         *     receipt's client (`stamp_to: client`, optionally overriding its fiscal data with
         *     `fiscal_information`) or to público en general (`general_public_national` →
         *     XAXX010101000, `general_public_foreign` → XEXX010101000). `date` is epoch
         *     **milliseconds** (n8n sends `getTime()`; contrast markPaymentAsPaid, §6 #34).
         *     Sources: [n8n][cli] (docs page `stamp-receipt-20504790e0`). `stamp_to` is required per
         *     n8n (§6 #23) although the v0.3.1 CLI posted no body. 422 when the PAC/SAT rejects the
         *     CFDI.
         */
        post: operations["stampReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen receipt
         * @description Reopens a receipt (e.g. an expired or cancelled one) so the customer can self-invoice it
         *     again, recording a reason. Sources: [cli-next] only; the effect on `validUntil` and the
         *     response body are unknown.
         */
        post: operations["reopenReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team
         * @description Retrieves one team [n8n][cli]. The CLI reads `id`, `legal_name`, `name`, `brand.alias`,
         *     `tax_id`, `tax_system`, `address.zip`, `sat.completed`, `sat.csd_expires_at`,
         *     `sat.connected_at`, `integrations.<name>.completed` and `billing.credits`.
         */
        get: operations["getTeam"];
        /**
         * Update team
         * @description Partially updates a team's fiscal data, contact and brand [n8n][cli-next]; only the fields
         *     sent change. n8n sends `tax_id`, `tax_system`, `support_email`, `support_phone`,
         *     `brand.alias`, `brand.primary_color`, `brand.logo`; `brand.secondary_color`, `address`
         *     and `legal_name` are accepted by analogy with `TeamInput` (x-inferred on those
         *     properties). The response shape was never seen (§7 #4): `Envelope<Team>` is assumed.
         */
        put: operations["updateTeam"];
        post?: never;
        /**
         * Delete team (scheduled soft delete)
         * @description Schedules the deletion of a team (soft delete); the server validates whether the team
         *     may be deleted. The docs page of this operation confirms a 409 `resource_conflict` and a
         *     400 `business_rule_violation` outcome; the CLI asks for explicit confirmation before
         *     calling it. No request body. [cli-next][docs]
         *
         *     Inferred: the success body was never seen (`data` is modelled as an open object) and
         *     the wording of the 400/409 conditions (e.g. the team still has pending work, or it is
         *     the caller's only/active team) is not documented.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team settings
         * @description Reads the team's persisted settings (invoicing defaults, default taxes, series, e-mail
         *     options, automations); the counterpart of `PUT /teams/{id}/settings`. [cli-next]
         *
         *     Inferred: `data` is assumed to be the TeamSettings object itself (the CLI prints
         *     `data`); some deployments may wrap it in the Team object, which TeamSettings'
         *     `additionalProperties: true` tolerates.
         */
        get: operations["getTeamSettings"];
        /**
         * Update team settings
         * @description Partially updates the team's invoicing defaults, taxes, series, automations and e-mail
         *     options [n8n][cli-next] (docs page `update-team-settings-20352695e0`). Semantics
         *     (CLI-next contract): only supplied fields change; `null` clears a field; an empty object
         *     leaves a group unchanged; arrays replace the stored array. n8n sends
         *     `default_description`, `invoice_pdf_notes`, `product_key`, `unit_key`, `use`,
         *     `keep_full_legal_name`, `emails.avoid_invoice_emails`, `emails.invoices_bcc`. The
         *     response was never seen (§7 #4): `data` is the updated team or its settings.
         */
        put: operations["updateTeamSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team members
         * @description Lists the users that belong to the team with their role (and permissions where the
         *     server returns them). [cli-next]
         *
         *     Inferred: no query parameters are known (the CLI sends none), so only `team` is
         *     declared; the list envelope is assumed and its cursor fields stay optional. Items reuse
         *     TeamMember (`{id, email, role}` as embedded in Team.members) plus optional
         *     `permissions`.
         */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove team member (owner)
         * @description Removes a member from the team; the caller must be the authenticated team owner. No
         *     request body. This is the CLI-next form of the seed operation
         *     `POST /teams/{id}/remove-member` (reference §6 #20: the seed keeps the n8n form, this
         *     one is added separately). [cli-next]
         *
         *     Inferred: the response body was never seen (`data` modelled as an open object).
         */
        delete: operations["deleteTeamMember"];
        options?: never;
        head?: never;
        /**
         * Update team member role/permissions
         * @description Changes a member's `role` and/or `permissions`. Promoting to `admin` needs the team
         *     owner's approval: the CLI routes `role: admin` through an owner-approval flow instead of
         *     this call (and refuses to combine it with permission changes), so the server may reject
         *     a direct admin promotion. [cli-next]
         *
         *     Inferred: the response was never seen; it is modelled as the updated member.
         */
        patch: operations["updateTeamMember"];
        trace?: never;
    };
    "/teams/{id}/portal-access-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create team portal access token
         * @description Issues a short-lived read token for the team's invoices portal; `expiresIn` is a
         *     duration, at most 24 h (the CLI default was `1h`). The token is a secret: do not log it.
         *     [cli-next]
         *
         *     Caveat: the newest CLI-next build retired its `teams portal-token` command in favour of
         *     a browser-reviewed portal-access flow, so the server may restrict or retire this
         *     endpoint. Inferred: the response shape was never seen (`token` / `expires_at` names are
         *     guesses, the object stays open).
         */
        post: operations["createTeamPortalAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/email-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team base e-mail templates
         * @description Returns the full text of the editor's baseline e-mail templates (Spanish and English)
         *     for the team. It does not send anything, does not substitute placeholders
         *     (`{{date}}`, `{{recipient}}` …) and does not return saved customisations (those live in
         *     the team settings). Shape from CLI-next's response validator. [cli-next]
         */
        get: operations["getTeamEmailTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team invitations
         * @description Lists the team's invitations (pending and past). [cli-next]
         *
         *     Inferred: no query parameters are known (the CLI sends none); the list envelope is
         *     assumed with optional cursor fields; items use TeamInvitation (see its description).
         */
        get: operations["listTeamInvitations"];
        put?: never;
        /**
         * Create team invitation
         * @description Invites an e-mail address to the team with a role; `send_email: false` creates the
         *     invitation without e-mailing it. Inviting an `admin` needs the owner's review: the CLI
         *     routes admin invitations through an owner-approval flow, so the server may refuse them
         *     here. [cli-next]
         *
         *     Inferred: only `email` is required (the CLI makes it mandatory and defaults `role` to
         *     `viewer` and `send_email` to true); 200 rather than 201 (not seen); the response is
         *     assumed to be the created invitation.
         */
        post: operations["createTeamInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/invitations/{inviteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team invitation
         * @description Reads one invitation of the team, including its delivery status. [cli-next]
         *
         *     Inferred: response modelled as TeamInvitation (see its description).
         */
        get: operations["getTeamInvitation"];
        put?: never;
        post?: never;
        /**
         * Revoke team invitation
         * @description Revokes a pending invitation so it can no longer be accepted. No request body; the CLI
         *     asks for confirmation first. An e-mail already delivered cannot be recalled. [cli-next]
         *
         *     Inferred: the response body was never seen (`data` modelled as an open object).
         */
        delete: operations["revokeTeamInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/invitations/{inviteId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend team invitation
         * @description Sends the invitation e-mail again (editor/viewer invitations; admin invitations are
         *     resent through the owner's account-invitation flow). The CLI sends an empty JSON object
         *     `{}`. Check the invitation's `delivery.status` before resending: `unknown` may mean a
         *     previous e-mail did arrive. Never retried automatically. [cli-next]
         *
         *     Inferred: the response is assumed to be the invitation with its new delivery status.
         */
        post: operations["resendTeamInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept team invitation (recipient Firebase token)
         * @description The invited person accepts an invitation. Body `{token}`, where — per the CLI's help
         *     text — `token` is the recipient's Firebase ID token (an account/user credential, not a
         *     team API key). Treat it as a secret. No team id in the path. [cli-next]
         *
         *     Inferred: whether the request must also be authenticated as the recipient (rather than
         *     with a team API key) is unknown; the response body was never seen (`data` modelled as
         *     an open object).
         */
        post: operations["acceptTeamInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/invitations/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline team invitation (recipient Firebase token)
         * @description The invited person declines an invitation. Body `{token}` with the recipient's Firebase
         *     ID token, as for accept. Treat it as a secret. [cli-next]
         *
         *     Inferred: authentication requirements and the response body as for
         *     `acceptTeamInvitation`.
         */
        post: operations["declineTeamInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Lists the teams (issuers) the API key can reach, cursor-paginated [n8n][cli][docs]. n8n uses
         *     `GET /teams?limit=1` as its credential test; the CLI finds the key's own team as the entry
         *     whose `id` equals the JWT `team` claim. The newer docs guide shows the standardized
         *     envelope (`success`, `timestamp` in ms) — both shapes fit `ListEnvelope`. Only `limit`,
         *     `next`, `order_by` and `sort` are sent by any source; whether the server honours other
         *     list filters here is unknown (reference §7 #10), so none are declared.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create team
         * @description Creates a new team (issuer) under the caller's billing account [n8n][docs] (docs page
         *     `create-team-20352686e0`, schema `TeamInput`). Only `tax_id` is required (n8n layout,
         *     which mirrors the swagger `required` list). With `generate_onboarding_url: true` the
         *     response also carries an onboarding URL, but the name of that field is not known
         *     (reference §7 #4); it arrives as an extra property of `data`. The success status is not
         *     documented (200 assumed, §7 #6); the docs message is `Team created successfully`.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team integrations
         * @description Returns the integrations of the key's team, or of the `team` query team — there is no
         *     `{id}` in the path [n8n][cli]. `data` is an object keyed by integration name, each value
         *     at least `{completed: boolean}` [cli][docs]; per-integration fields and the list of
         *     integration names are unknown (reference §7 #4, #11) — names seen in the CLI include
         *     `stripe`, `openpay`, `shopify`, `sat`, `sat_download`, `whatsapp`.
         */
        get: operations["getTeamIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team series
         * @description Lists the team's folio series with their live/test counters [n8n][cli-next]. Not
         *     paginated as far as any source shows. The response shape was never captured (§7 #3, #4):
         *     `data` is assumed to be an array of `Series`.
         */
        get: operations["getTeamSeries"];
        put?: never;
        /**
         * Create team series
         * @description Creates a folio series (e.g. `A`, `B`, `NC`) with optional initial live/test folio
         *     counters [n8n][cli-next]; CLI-next's example body is `{"series":"A","live":0,"test":0}`.
         *     The response shape and status were never seen (§7 #3, #6): `Envelope<Series>` with 200
         *     is assumed.
         */
        post: operations["createTeamSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/series/{seriesId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update team series
         * @description Sets a series' live and/or test folio counters [n8n][cli-next]. Folios have no gaps, so
         *     moving a counter affects the next stamped invoice's `folio_number` [cli]. What
         *     `{seriesId}` takes is not documented (§7 #3) — probably the series name (`A`). The
         *     response shape was never seen: `Envelope<Series>` is assumed.
         */
        put: operations["updateTeamSeries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/onboarding-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team onboarding URL
         * @description Returns a secure onboarding URL that the team owner opens to upload the e.firma/CSD and
         *     finish SAT setup [n8n][cli] (docs page `get-team-onboarding-url-20462248e0`). `data` is a
         *     plain string (the URL), not an object [cli].
         *
         *     **Side effect:** despite being a GET, each call renews the CSD-portal password/challenge,
         *     invalidating previously issued links [cli-next]. Do not retry it automatically and do not
         *     call it just to read state; CLI-next asks for confirmation before calling it.
         */
        get: operations["getTeamOnboardingUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/add-member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add team member
         * @description Adds an existing user to the team with a role [n8n][cli-next][docs]. The docs response is
         *     the placeholder `{message: "Operation completed successfully", data: {}}`. CLI-next routes
         *     `role: admin` through an owner-approval flow instead of this call, so the server may
         *     refuse direct admin adds (403). Invitations by e-mail and role changes are separate
         *     (beyond-seed) operations.
         */
        post: operations["addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/remove-member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove team member
         * @description Removes a user from the team [n8n]; the docs navigation also lists it as POST. CLI-next
         *     uses `DELETE /teams/{id}/members/{memberId}` instead (modelled as the separate beyond-seed
         *     operation `deleteTeamMember`, reference §6 #20). The response was never seen (§7 #4): an
         *     envelope with an undescribed `data` is assumed.
         */
        post: operations["removeTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/sat-connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload SAT CSD certificates
         * @description Uploads the team's CSD (Certificado de Sello Digital: `.cer` + `.key` + private-key
         *     password) to establish the SAT connection needed to stamp CFDIs [cli-next][cli] (docs page
         *     `upload-sat-csd-certificates-24733147e0`). Multipart parts `cert`, `key`, `keyPass` as
         *     sent by CLI-next (note the camelCase `keyPass`). Afterwards the team shows
         *     `sat.completed`, `sat.connected_at`, `sat.csd_expires_at`. The response body was never
         *     seen (§7 #4): an envelope with an undescribed `data` is assumed.
         */
        post: operations["uploadTeamCsdCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/manifest/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign manifest document
         * @description Signs the team's Carta Manifiesto with the owner's e.firma (FIEL) [cli-next][cli] (docs
         *     page `sign-manifest-document-26526733e0`). CLI-next sends a JSON body with the FIEL
         *     certificate and private key as base64 strings plus the password, and asks for explicit
         *     confirmation first (legally binding signature). The body field names are not documented
         *     (reference §7 #2): `cert`, `key`, `password` are chosen to match the FIEL multipart
         *     upload (`POST /invoices/download/fiel`). The response is unknown: an envelope with an
         *     undescribed `data` is assumed.
         */
        post: operations["signTeamManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the billing account that the key can see, cursor-paginated
         *     (`limit` + `next`, loop while `has_more`). [n8n][cli-next][docs]
         *
         *     Only `limit`, `next`, `order_by` and `sort` are sent by any source; whether the server
         *     honours other filters (creation range, metadata) is unknown, so none are declared.
         *     List items in the docs example carry `id`, `email`, `name`, `role` (`admin`/`member`)
         *     and `created_at`; the API may return `null` entries, which the SDK drops.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create user
         * @description Creates a user in the billing account and e-mails an invitation
         *     (`invitation_sent` in the response). With `auto_join: true` the user is also added to the
         *     key's team with `role`; without it `role` has no effect. [n8n][cli-next][docs]
         *
         *     `email` is required (n8n, swagger-derived; the docs guide calls it optional — §6 #17).
         *     `auto_join` defaults to `false` on the API (n8n's UI default `true` is not the API
         *     default — §6 #18). The input role is `admin`, `editor` or `viewer` (API default
         *     `viewer`); responses report `admin` or `member`. CLI-next refuses to create admins
         *     directly (it routes them through an approval flow), so creating an `admin` may need
         *     extra permissions. Older docs used camelCase `firstName`/`lastName`; send snake_case.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user
         * @description Retrieves one user (profile, address, team memberships, last login). [n8n][cli-next]
         *     `id` is a `user_…` id or a raw Firebase uid.
         */
        get: operations["getUser"];
        /**
         * Update user
         * @description Updates a user's profile; every field is optional and only the fields sent change.
         *     [n8n][cli-next]
         *
         *     Caveat (§6 #29): n8n offers `email`, but CLI-next states that this operation changes
         *     neither the e-mail nor reserved team memberships; `email` is kept optional here and
         *     the server decides. Role changes go through the team-member operations, not this one.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete managed user
         * @description Deletes a user created and managed through the API (managed users only). [cli-next]
         *     Beyond the seed: only the unreleased CLI calls it, with no body. The latest CLI wording
         *     says it removes the user from the teams the caller administers while keeping the
         *     user's login identity and profile, so do not assume the account itself is erased.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset user password
         * @description Sends a password-reset e-mail to the user with this e-mail address. [n8n][docs]
         *
         *     Caveat (§6 #19): CLI-next instead calls `POST /users/reset-password/{id}` with an empty
         *     body (and its newest version retires direct resets in favour of a reviewed flow). The
         *     n8n path and `{email}` body are modelled because the docs guide body agrees with them.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/login-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate login link
         * @description Generates a one-time sign-in link for a user; the link carries a custom Firebase token
         *     that signs the user in directly. [n8n][cli-next][docs]
         *
         *     Sensitive: the link is a credential. CLI-next restricts it to API-managed users and
         *     requires explicit confirmation (its newest version routes it through an owner review).
         *     The field holding the link is not documented; `url` is assumed.
         */
        post: operations["generateUserLoginLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Lists the team's webhook subscriptions. [n8n][cli][docs]
         *
         *     Not cursor-paginated (§1.6): no source shows `next`/`has_more` for this list and n8n's
         *     "return all" simply sends `limit=100` once, so only `limit` (1–100, default 10) and the
         *     `status` filter are declared. The response uses the standardized envelope
         *     (`success`, `timestamp` in epoch ms). To find an existing subscription, match on `url`
         *     (what the n8n trigger does).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create webhook
         * @description Subscribes an HTTPS endpoint to events. gigstack POSTs each event to `url` and expects
         *     a 2xx within 5 s (§4.2). [n8n][cli][docs]
         *
         *     `events` is required (n8n, swagger-derived, and [3p] — §6 #13); the CLI treats an
         *     omitted list as "all events", which this spec does not model. Event names: see
         *     WebhookEventType (both `cancelled` and `canceled` spellings exist; clients are
         *     `customer.*`). No signing secret is returned by any source.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get webhook
         * @description Retrieves one webhook subscription (`wh_…`). [n8n][docs]
         */
        get: operations["getWebhook"];
        /**
         * Update webhook
         * @description Changes a subscription's URL, events, description or status; every field is optional.
         *     [n8n][docs] Sending `events` presumably replaces the whole list (not documented).
         *     n8n's update option list lacks `invoice.sent`, `customer.deleted` and
         *     `receipt.cancelled`, which is treated as a UI omission: the full WebhookEventType enum
         *     is accepted.
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete webhook
         * @description Deletes a webhook subscription; no body. [n8n][cli][docs] The n8n trigger calls this
         *     when a workflow is deactivated.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Headless signup (partner key; no envelope)
         * @description Partner-only: creates a complete gigstack account in one call — user, billing account,
         *     team (RFC genérico XAXX010101000 until the real RFC/FIEL is uploaded), a Stripe
         *     subscription to `plan_id` charged off-session to `stripe_payment_method`, and a live +
         *     test API key pair. [docs][cli]
         *
         *     Authenticate with the partner's bearer key plus the `X-Internal-API-Key` header.
         *     `Idempotency-Key` (UUID v4, one per signup attempt) is required; a retry with the same
         *     key returns the cached response. The 201 body is NOT wrapped in the usual envelope.
         *     The API keys are shown once — store them immediately. The `team` parameter is accepted
         *     like on every operation but has no documented meaning here. Errors: 400 invalid body
         *     or unknown `plan_id`; 401 bad partner auth; 402 Stripe rejected the payment method;
         *     409 e-mail already registered; 500 with a `binnacle_id` for support.
         */
        post: operations["headlessSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Success envelope. Operations refine `data`. `success` and `timestamp` appear in the
         *     newer "standardized" responses; `timestamp` is epoch ms (number) or an ISO string.
         */
        Envelope: {
            message?: string;
            data: unknown;
            /** @constant */
            success?: true;
            timestamp?: number | string;
        };
        /** @description Cursor-paginated list envelope. Loop while `has_more` and `next`. */
        ListEnvelope: {
            message?: string;
            data: unknown[];
            next?: string | null;
            has_more?: boolean;
            total_results?: number;
            /** @constant */
            success?: true;
            timestamp?: number | string;
        };
        /** @description Page-numbered search envelope used by `*\/search` endpoints. */
        SearchEnvelope: {
            /** @constant */
            success?: true;
            message?: string;
            data: unknown[];
            has_more?: boolean;
            next?: string | number | null;
            found?: number;
            page?: number;
            per_page?: number;
        };
        /** @description Envelope whose `data` is not described by any source (typically `{}`). */
        EmptyEnvelope: components["schemas"]["Envelope"] & {
            data?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The one success-status envelope that can report failure: `POST /invoices/import` answers
         *     HTTP 200 with `success: false` when files were not imported (the SDK raises it as an API
         *     error, as CLI-next treats it as a failure).
         */
        InvoiceXmlImportEnvelope: {
            message?: string;
            data: components["schemas"]["InvoiceXmlImportResult"];
            /** @description `false` on a 2xx means some or all files were not imported. */
            success?: boolean;
            timestamp?: number | string;
        };
        /**
         * @description Error body. Documented form `{message, error: "<ApiErrorCode>"}`; the CLI also parses an
         *     object form `{success: false, error: {code, message, details}}`, so both are accepted.
         */
        ErrorEnvelope: {
            message: string;
            error: components["schemas"]["ApiErrorCode"] | components["schemas"]["ApiErrorObject"];
            /** @constant */
            success?: false;
            /** @description Support reference sometimes attached to 500 responses. */
            binnacle_id?: string;
        };
        /** @description Object form of `error` seen by the CLI. */
        ApiErrorObject: {
            code?: string;
            message?: string;
            details?: string | string[];
        };
        /**
         * @description Error codes of docs page apierrorcode (23).
         * @enum {string}
         */
        ApiErrorCode: "unauthorized" | "invalid_token" | "forbidden" | "insufficient_permissions" | "validation_failed" | "invalid_request_body" | "missing_required_field" | "invalid_field_value" | "resource_not_found" | "resource_already_exists" | "resource_conflict" | "business_rule_violation" | "operation_not_allowed" | "external_service_error" | "payment_processor_error" | "cfdi_service_error" | "internal_server_error" | "service_unavailable" | "rate_limit_exceeded" | "database_error" | "data_integrity_error" | "file_not_found" | "file_upload_error" | "invalid_file_format";
        /**
         * @description SAT c_RegimenFiscal (CFDI 4.0). 609 is obsolete and not accepted.
         * @enum {string}
         */
        TaxSystem: "601" | "603" | "605" | "606" | "607" | "608" | "610" | "611" | "612" | "614" | "615" | "616" | "620" | "621" | "622" | "623" | "624" | "625" | "626" | "628" | "629" | "630";
        /**
         * @description SAT c_FormaPago. With payment method PPD it must be `99`.
         * @enum {string}
         */
        PaymentForm: "01" | "02" | "03" | "04" | "05" | "06" | "08" | "12" | "13" | "14" | "15" | "17" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "99";
        /**
         * @description SAT c_UsoCFDI for CFDI 4.0. `P01` (CFDI 3.3 only) is deliberately absent.
         * @enum {string}
         */
        CfdiUse: "G01" | "G02" | "G03" | "I01" | "I02" | "I03" | "I04" | "I05" | "I06" | "I07" | "I08" | "D01" | "D02" | "D03" | "D04" | "D05" | "D06" | "D07" | "D08" | "D09" | "D10" | "S01" | "CP01" | "CN01";
        /**
         * @description A `use` as requests take it: the CFDI 4.0 c_UsoCFDI (CfdiUse) plus `P01` ("Por
         *     definir"), the CFDI 3.3 code that gigstack's own docs examples and n8n node still send
         *     (reference §5.3, §6 #33). The schema accepts it; the SDK's fiscal check flags it on calls
         *     that stamp a CFDI (income and egress invoices), where the SAT's 4.0 catalogue refuses
         *     it; `skipFiscalChecks` passes it through.
         */
        CfdiUseInput: components["schemas"]["CfdiUse"] | "P01";
        /**
         * @description SAT c_MetodoPago. PUE = single payment; PPD = deferred/partial (needs payment complements).
         * @enum {string}
         */
        PaymentMethod: "PUE" | "PPD";
        /**
         * @description SAT c_Meses for global invoices; 13–18 are bimesters (only with periodicity `05`).
         * @enum {string}
         */
        Month: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18";
        /**
         * @description SAT c_Periodicidad for global invoices.
         * @enum {string}
         */
        GlobalPeriodicity: "01" | "02" | "03" | "04" | "05";
        /**
         * @description SAT c_TipoRelacion (CFDI 4.0).
         * @enum {string}
         */
        RelationshipType: "01" | "02" | "03" | "04" | "05" | "06" | "07";
        /**
         * @description SAT cancellation motive. `01` errors with relation (requires `substitution_uuid`), `02`
         *     errors without relation, `03` operation not carried out, `04` nominative operation in a
         *     global invoice.
         * @enum {string}
         */
        CancellationMotive: "01" | "02" | "03" | "04";
        /**
         * @description SAT c_ObjetoImp. `05`–`08` were added by SAT later; gigstack support unknown.
         * @enum {string}
         */
        Taxability: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08";
        /**
         * @description SAT c_Exportacion.
         * @enum {string}
         */
        Exportation: "01" | "02" | "03" | "04";
        /**
         * @description SAT c_TipoDeComprobante as used by gigstack (I income, E egress, P payment, T transfer).
         * @enum {string}
         */
        InvoiceType: "I" | "E" | "P" | "T";
        /**
         * @description ISO 4217 currency code (MXN, USD, EUR …).
         * @example MXN
         * @example USD
         * @example EUR
         */
        Currency: string;
        /**
         * @description How long a receipt stays open for self-invoicing (gigstack enum, not SAT).
         * @enum {string}
         */
        ReceiptPeriodicity: "day" | "week" | "two_weeks" | "month" | "two_months";
        /**
         * @description What gigstack issues when the payment succeeds. `pue_invoice`, `ppd_invoice_and_complement`
         *     and `none` are agreed by n8n, the docs guide and the CLI; the CLI also sends `receipt`
         *     and legacy `stamp_invoice`, and the register-payment docs prose lists `payment` and
         *     `payment_and_complement` (§6 #8), so those are accepted too.
         * @enum {string}
         */
        PaymentAutomationType: "pue_invoice" | "ppd_invoice_and_complement" | "none" | "receipt" | "stamp_invoice" | "payment" | "payment_and_complement";
        /**
         * @description Union of every event name seen in any source (both `cancelled` and `canceled` spellings;
         *     clients are `customer.*` since 2025-12). Closed for requests so a typo fails locally; the
         *     list may be incomplete (no authoritative list exists): pass `validateRequests: "off"` to
         *     subscribe to a name not listed. Webhook payloads are read as an open string.
         * @enum {string}
         */
        WebhookEventType: "payment.created" | "payment.updated" | "payment.succeeded" | "payment.failed" | "payment.cancelled" | "payment.canceled" | "payment.refunded" | "payment.deleted" | "payment.upcoming_due_date" | "invoice.created" | "invoice.stamped" | "invoice.cancelled" | "invoice.canceled" | "invoice.sent" | "invoice.failed" | "receipt.created" | "receipt.updated" | "receipt.completed" | "receipt.stamped" | "receipt.cancelled" | "receipt.deleted" | "customer.created" | "customer.updated" | "customer.deleted" | "service.created" | "service.updated" | "service.deleted";
        /** @description Free-form key/value pairs of the integrator. */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * @description Fiscal address (clients, teams, users). Send `country` as a name (`Mexico`); responses
         *     normalise it to ISO-3 (`MEX`) and may fold `exterior` into `street`.
         */
        Address: {
            street?: string;
            exterior?: string;
            interior?: string;
            /** @description Colonia. */
            neighborhood?: string;
            municipality?: string;
            city?: string;
            state?: string;
            /**
             * @description Código postal. A Mexican receiver's is 5 digits (CFDI 4.0); the fiscal check says so
             *     for Mexican addresses. Not a schema pattern: the same shape holds foreign addresses
             *     (clients abroad, users), whose postal codes are not 5 digits.
             */
            zip?: string;
            country?: string;
        };
        /** @description A tax line (traslado or retención). `rate` is a fraction (0.16 = 16%). */
        Tax: {
            /**
             * @description The tax: `IVA`, `ISR` or `IEPS` (SAT c_Impuesto 002, 001, 003). One docs example sends
             *     lower-case `iva`, so the lower-case names are accepted too.
             * @enum {string}
             */
            type: "IVA" | "ISR" | "IEPS" | "iva" | "isr" | "ieps";
            /**
             * @description A fraction with factor `Tasa` (0.16 = 16%; IEPS tasas go up to 1.60); an amount per
             *     unit with factor `Cuota` (IEPS, up to 43.77). So no upper bound.
             */
            rate: number;
            /** @enum {string} */
            factor?: "Tasa" | "Cuota" | "Exento";
            /** @description true = retención. */
            withholding?: boolean;
            /** @description The unit price already includes this tax. */
            inclusive?: boolean;
            /** @description Shown as `"01"` in a docs example; meaning not documented. */
            base?: string;
        };
        /** @description A cuenta-de-terceros item's third party. */
        ThirdParty: {
            legal_name?: string;
            tax_id?: string;
            tax_system?: components["schemas"]["TaxSystem"];
            zip?: string;
        };
        /** @description Find an existing record by a key instead of passing its id. */
        SearchSpec: {
            /**
             * @description Field to match; `tax_id` and `email` for clients, `sku` for items are known.
             * @example tax_id
             * @example email
             * @example sku
             */
            on_key: string;
            on_value: string;
            /** @description Create the record when nothing matches. */
            auto_create?: boolean;
            safety_check?: boolean;
        };
        ClientDefaults: {
            keep_full_legal_name?: boolean;
            issue_automatic_invoices?: boolean;
            issue_invoiceable_receipts?: boolean;
        };
        Client: {
            /** @description `client_…` */
            id: string;
            name?: string;
            /** @description Razón social. */
            legal_name?: string;
            company?: string;
            email?: string;
            phone?: string;
            bcc?: string[];
            /** @description RFC; `XAXX010101000` = público en general. */
            tax_id?: string;
            /** @description c_RegimenFiscal code (see TaxSystem); kept open in responses. */
            tax_system?: string;
            /** @description c_UsoCFDI code (see CfdiUse); kept open in responses. */
            use?: string;
            address?: components["schemas"]["Address"];
            metadata?: components["schemas"]["Metadata"];
            defaults?: components["schemas"]["ClientDefaults"];
            /** @description Fiscal data validated against the SAT. */
            is_valid?: boolean;
            /** @description EFOS (SAT blacklist of simulated operations) check of the client's RFC. */
            efos?: {
                is_valid?: boolean;
            };
            /** @description Seen only in the migration guide's example. */
            efos_status?: string;
            /** @description ISO date-time of the last EFOS check (migration guide example). */
            efos_checked_at?: string;
            livemode?: boolean;
            /** @description Unix seconds. */
            created_at?: number;
            /** @description The owning team, as an id or as an object with `id` (§3.17). */
            team?: string | components["schemas"]["TeamRef"];
            fiscal_validation?: components["schemas"]["FiscalValidation"];
            owner?: string;
            from?: string;
        };
        /** @description Result of the last SAT validation of a client's fiscal data. */
        FiscalValidation: {
            status?: string;
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `data` of `POST /clients/validate/{id}`; only `fiscal_validation` is known (§3.17). */
        ClientValidation: {
            fiscal_validation?: components["schemas"]["FiscalValidation"];
            /** @description Presumably the client's refreshed `is_valid`. */
            is_valid?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A team as an object; only `id` is known. */
        TeamRef: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An invoice referenced from a payment, as an object. */
        InvoiceRef: {
            id?: string;
            uuid?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Fiscal fields of a client as sent on create, update and inline in other bodies. */
        ClientInputFields: {
            name?: string;
            /** @description Razón social exactly as in the Constancia de Situación Fiscal. */
            legal_name?: string;
            company?: string;
            email?: string;
            phone?: string;
            /** @description RFC, 12 characters (persona moral) or 13 (persona física). */
            tax_id?: string;
            tax_system?: components["schemas"]["TaxSystem"];
            use?: components["schemas"]["CfdiUseInput"];
            bcc?: string[];
            address?: components["schemas"]["Address"];
            metadata?: components["schemas"]["Metadata"];
            defaults?: components["schemas"]["ClientDefaults"];
        };
        /**
         * @description The `client` of an invoice, payment or receipt: an existing `id`, a `search` to find (and
         *     optionally create) one, or inline client data.
         */
        ClientRef: components["schemas"]["ClientInputFields"] & {
            id?: string;
            search?: components["schemas"]["SearchSpec"];
        };
        Service: {
            /** @description `service_…` */
            id: string;
            description?: string;
            sku?: string;
            /** @description SAT ClaveProdServ (8 digits). */
            product_key?: string;
            /** @description SAT ClaveUnidad. */
            unit_key?: string;
            unit_name?: string;
            unit_price?: number;
            quantity?: number;
            taxability?: string;
            taxes?: components["schemas"]["Tax"][];
            team?: string;
            created_at?: number;
            from?: string;
        };
        /** @description An item as returned inside invoices, payments and receipts. */
        Item: {
            id?: string;
            description?: string;
            quantity?: number;
            unit_price?: number;
            discount?: number;
            product_key?: string;
            unit_key?: string;
            unit_name?: string;
            sku?: string;
            taxability?: string;
            taxes?: components["schemas"]["Tax"][];
            third_party?: components["schemas"]["ThirdParty"];
            team?: string;
            created_at?: number;
            from?: string;
        };
        /**
         * @description An invoice, payment or receipt line: a service reference (`id` or `search`, optionally
         *     overriding `quantity`, `unit_price` or other fields) or the fiscal data inline
         *     (`description`, `unit_price`, `product_key`, `unit_key`, …; the team's defaults fill
         *     what is left out). No field is required by any source: the server defaults `quantity`
         *     to 1 (n8n's UI default) and takes the rest from the service or the team settings.
         *     The field list is closed: every field any source sends (n8n, docs, CLI; reference
         *     §3.6) is here, so an unknown key is a misspelling that would otherwise be dropped
         *     silently and stamp a different line than meant.
         */
        InvoiceItemInput: {
            /** @description Service id to take the defaults from. */
            id?: string;
            search?: components["schemas"]["SearchSpec"];
            description?: string;
            /** @description Defaults to 1 on the server (n8n's UI default). */
            quantity?: number;
            unit_price?: number;
            discount?: number;
            sku?: string;
            product_key?: string;
            unit_key?: string;
            unit_name?: string;
            taxability?: components["schemas"]["Taxability"];
            taxes?: components["schemas"]["Tax"][];
            third_party?: components["schemas"]["ThirdParty"];
        };
        /**
         * @description An item of a payment or receipt: a service reference `{id, quantity?, unit_price?}`
         *     (n8n, docs) or a full invoice line (CLI). Both are used against production (§6 #25),
         *     and both are InvoiceItemInput shapes, so this is that schema.
         */
        PaymentItemInput: components["schemas"]["InvoiceItemInput"];
        /** @description A stamped (or pending/cancelled) CFDI. Addressed by its CFDI UUID. */
        Invoice: {
            uuid?: string;
            id?: string;
            client?: {
                id?: string;
                name?: string;
                legal_name?: string;
                email?: string;
                tax_id?: string;
            };
            /** @description Seen values `stamped`, `valid`, `pending`, `draft`, `cancelled`, `canceled`; kept open. */
            status?: string;
            /** @description I, E, P or T. */
            invoice_type?: string;
            currency?: string;
            exchange_rate?: number;
            total?: number;
            subtotal?: number;
            /** @description Tax amount (not tax lines). */
            taxes?: number;
            discount?: number;
            series?: string;
            folio_number?: number;
            payment_method?: string;
            payment_form?: string;
            use?: string;
            items?: components["schemas"]["Item"][];
            stamp?: {
                stamp_at?: number;
                sello?: string;
            };
            created_at?: number;
            livemode?: boolean;
            owner?: string;
            team?: string;
            /** @description Remaining balance of a PPD invoice. */
            last_balance?: number;
            /** @description Number of payment complements issued against it. */
            payment_complements?: number;
            cancellation_status?: string;
            cancellation_receipt?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @description The SAT's verification link of the CFDI. */
            verification_url?: string;
        };
        /** @description Download URLs of an invoice's files. The host may differ from the API's. */
        InvoiceFiles: {
            /** Format: uri */
            pdf?: string;
            /** Format: uri */
            xml?: string;
        };
        /** @description A SAT/PAC stamping error explained. */
        CfdiError: {
            code?: string;
            description?: string;
            explanation?: string;
            solution?: string;
            /** @enum {string} */
            type?: "invoice" | "receiver" | "sender" | "unknown";
        };
        /** @description Only `id` is documented. */
        Refund: {
            id?: string;
        } & {
            [key: string]: unknown;
        };
        Payment: {
            /** @description `payment_…` */
            id: string;
            /**
             * @description Full client in some responses, `{id, name, email, tax_id}` in others; a
             *     production integration also handles a bare client id (§3.17).
             */
            client?: string | ({
                id?: string;
                name?: string;
                email?: string;
                tax_id?: string;
            } & {
                [key: string]: unknown;
            });
            /**
             * @description Seen: requires_payment_method, pending, processing, succeeded, succeeded_
             *     (transitional), failed, cancelled, canceled, refunded. Kept open.
             */
            status?: string;
            currency?: string;
            exchange_rate?: number;
            payment_form?: string;
            total?: number;
            subtotal?: number;
            taxes?: number;
            discount?: number;
            /** @description Cents; only a fallback on processor-sourced payments without `total`. */
            amount?: number;
            items?: components["schemas"]["Item"][];
            emails?: string[];
            allowed_payment_methods?: ({
                id?: string;
            } & {
                [key: string]: unknown;
            })[];
            metadata?: components["schemas"]["Metadata"];
            invoice_config?: components["schemas"]["InvoiceConfig"];
            idempotency_key?: string;
            /** @description Invoices generated for the payment, as ids (docs) or objects with `id`/`uuid` (§3.17). */
            invoices?: (string | components["schemas"]["InvoiceRef"])[];
            receipts?: string[];
            refunds?: components["schemas"]["Refund"][];
            created_at?: number;
            succeeded_at?: number;
            payment_processor?: string;
            short_url?: string;
            automation_type?: string;
            livemode?: boolean;
            /** @description The owning team, as an id or as an object with `id` (§3.17). */
            team?: string | components["schemas"]["TeamRef"];
            owner?: string;
            from?: string;
        };
        /** @description Series and folio to use for the CFDI generated from a payment or receipt. */
        InvoiceConfig: {
            serie?: string;
            folio?: string | number;
        };
        Receipt: {
            /** @description `receipt_…` */
            id: string;
            client?: {
                id?: string;
                name?: string;
                legal_name?: string;
                tax_id?: string;
            };
            /** @description Seen pending, open, stamped, invoiced, completed, expired, canceled, cancelled; kept open. */
            status?: string;
            total?: number;
            subtotal?: number;
            taxes?: number;
            currency?: string;
            periodicity?: string;
            payment_form?: string;
            /** @description Unix seconds (this resource says `created`, not `created_at`). */
            created?: number;
            /** @description Unix seconds until which the customer can self-invoice. */
            validUntil?: number;
            /** @description Self-invoice (autofactura) portal link. */
            url?: string;
            items?: components["schemas"]["Item"][];
            metadata?: components["schemas"]["Metadata"];
            invoice_config?: components["schemas"]["InvoiceConfig"];
            idempotency_key?: string;
            livemode?: boolean;
        };
        TeamBrand: {
            alias?: string;
            primary_color?: string;
            secondary_color?: string;
            logo?: string;
        };
        Team: {
            /** @description `team_…` */
            id: string;
            legal_name?: string;
            name?: string;
            brand?: components["schemas"]["TeamBrand"];
            address?: components["schemas"]["Address"];
            settings?: components["schemas"]["TeamSettings"];
            tax_id?: string;
            tax_system?: string;
            support_email?: string;
            support_phone?: string;
            owner?: string;
            created_at?: number;
            credit_limit?: number;
            used_credits?: number;
            /** @description Epoch milliseconds. */
            credit_period_start?: number;
            billing?: {
                credits?: number;
            } & {
                [key: string]: unknown;
            };
            sat?: {
                completed?: boolean;
                connected_at?: number | string;
                csd_expires_at?: number | string;
            };
            members?: components["schemas"]["TeamMember"][];
            integrations?: {
                [key: string]: {
                    completed?: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        TeamMember: {
            id?: string;
            email?: string;
            role?: string;
        };
        /** @description Persisted team settings. Every field is optional; `null` clears a field on input. */
        TeamSettings: {
            default_description?: string | null;
            override_item_description?: string | null;
            invoice_pdf_notes?: string | null;
            product_key?: string | null;
            unit_key?: string | null;
            unit_name?: string | null;
            sku?: string | null;
            use?: string | null;
            keep_full_legal_name?: boolean | null;
            avoid_legal_name_replacer?: boolean | null;
            taxes?: components["schemas"]["Tax"][] | null;
            taxes_usd?: components["schemas"]["Tax"][] | null;
            withholding_taxes?: components["schemas"]["Tax"][] | null;
            avoid_automations_on_currencies?: string[] | null;
            automate_complement_for_ppd_invoices?: boolean | null;
            global_invoice_disabled?: boolean | null;
            uses_on_self_invoice_portal?: string[] | null;
            /** @description Object `{label, value}` in responses, a ReceiptPeriodicity string on input. */
            periodicity?: string | {
                label?: string;
                value?: string;
            } | null;
            /** @enum {string|null} */
            pdf_language?: "en" | "es" | null;
            customer_portal_id?: string | null;
            emails?: ({
                invoices_bcc?: string[];
                payments_bcc?: string[];
                receipts_bcc?: string[];
                avoid_invoice_emails?: boolean;
                avoid_test_invoice_emails?: boolean;
                avoid_receipts_emails?: boolean;
            } & {
                [key: string]: unknown;
            }) | null;
            default_series?: ({
                income?: {
                    serie?: string;
                };
                complements?: {
                    serie?: string;
                };
                credit_note?: {
                    serie?: string;
                };
            } & {
                [key: string]: unknown;
            }) | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A folio series. The response shape was never seen; `id` is assumed to be what
         *     `{seriesId}` takes, and may equal `series`.
         */
        Series: {
            id?: string;
            /** @description Series identifier, e.g. A, B, NC. */
            series?: string;
            /** @description Folio counter in live mode. */
            live?: number;
            /** @description Folio counter in test mode. */
            test?: number;
        };
        User: {
            /** @description `user_…` or a Firebase uid. */
            id: string;
            email?: string;
            name?: string;
            first_name?: string;
            last_name?: string;
            phone?: string;
            company_role?: string;
            /** @description Output `admin` or `member`; input `admin`, `editor`, `viewer`. */
            role?: string;
            address?: components["schemas"]["Address"];
            created_at?: number;
            last_login?: number;
            teams?: {
                team_id?: string;
                team_name?: string;
                role?: string;
            }[];
            invitation_sent?: boolean;
        };
        Webhook: {
            /** @description `wh_…` */
            id: string;
            url?: string;
            events?: string[];
            status?: components["schemas"]["WebhookStatus"];
            description?: string;
            owner?: string;
            /** @description Epoch milliseconds. */
            created_at?: number;
        };
        /** @description Customer-portal session (CLI reads `url` and `expires_at`; docs show a placeholder `{}`). */
        PortalSession: {
            url?: string;
            /** @description Seconds or milliseconds (both seen). */
            expires_at?: number;
        };
        /** @description Result of stamping up to 100 pending receipts; `failed > 0` is a partial success. */
        PendingReceiptsSummary: {
            stamped?: number;
            failed?: number;
            remaining?: number;
            results?: {
                id?: string;
                status?: string;
            }[];
        };
        /** @enum {string} */
        SupportDocumentType: "contract" | "delivery_proof" | "payment_proof" | "communication" | "payment_confirmation" | "subscription_info";
        SupportDocument: {
            /** @description `doc_…` */
            id?: string;
            document_type?: string;
            name?: string;
            description?: string;
            file_url?: string;
            file_name?: string;
            /** @description Bytes. */
            file_size?: number;
            mime_type?: string;
            /** @description pending_review, valid, requires_update, expired, rejected. */
            compliance_status?: string;
            compliance_notes?: string;
            valid_from?: number | string | null;
            valid_until?: number | string | null;
            ai_extraction?: {
                [key: string]: unknown;
            };
            audits?: {
                [key: string]: unknown;
            }[];
            /** @description Epoch milliseconds. */
            created_at?: number;
            created_by?: string;
            /** @description Epoch milliseconds. */
            updated_at?: number;
            linked_entities?: {
                entity_type?: string;
                entity_id?: string;
                linked_at?: number | string;
            }[];
        };
        /** @description Multipart body of the support-document uploads (PDF/PNG/JPG/JPEG/WEBP ≤ 10 MiB). */
        SupportDocumentUpload: {
            /** Format: binary */
            file: Blob;
            documentType: components["schemas"]["SupportDocumentType"];
            name?: string;
            description?: string;
        };
        /**
         * @description Find-or-create on `POST /clients`: match an existing client by `email` or `tax_id`
         *     instead of creating a duplicate. One match → 200 with that client (updated first when
         *     `update` is true); several matches → 409; none → the client is created (201).
         */
        ClientUpsertSearch: {
            /**
             * @description Field to match (n8n offers exactly these two).
             * @enum {string}
             */
            on_key: "email" | "tax_id";
            /** @description Value the field must equal. */
            on_value: string;
            /**
             * @description Update the matched client with the body's fields.
             * @default false
             */
            update?: boolean;
        };
        /**
         * @description Body of `POST /clients`. No field is required: n8n's form marks `email` required, but
         *     gigstack's CLI creates clients with name + RFC only and the docs mark nothing (§6 #16),
         *     so the SDK sends what the CLI sends. A CFDI 4.0 receiver needs `legal_name`, `tax_id`,
         *     `tax_system`, `use` and `address.zip` to be invoiced.
         */
        ClientCreateInput: components["schemas"]["ClientInputFields"] & {
            search?: components["schemas"]["ClientUpsertSearch"];
        };
        /**
         * @description Body of `PUT /clients/{id}`: any subset of the client fields (all optional). n8n sends
         *     name, legal_name, email, company, phone, tax_id, tax_system, use and address
         *     (street, zip, city, state, country); `bcc`, `metadata`, `defaults` and the other address
         *     fields are assumed accepted as on create (x-inferred). `null` clears a field: CLI-next
         *     sends `{"phone": null, "metadata": {}}` (§2.1.3).
         */
        ClientUpdateInput: {
            name?: string | null;
            /** @description Razón social exactly as in the Constancia de Situación Fiscal. */
            legal_name?: string | null;
            company?: string | null;
            email?: string | null;
            phone?: string | null;
            /** @description RFC, 12 characters (persona moral) or 13 (persona física); `null` clears it. */
            tax_id?: string | null;
            tax_system?: components["schemas"]["TaxSystem"] | null;
            use?: components["schemas"]["CfdiUseInput"] | null;
            bcc?: string[] | null;
            address?: components["schemas"]["Address"] | null;
            metadata?: components["schemas"]["Metadata"] | null;
            defaults?: components["schemas"]["ClientDefaults"] | null;
        };
        /**
         * @description Identify the client either by `id` (`client_…`; the CLI also accepts `cus_…`) or by
         *     `email` — exactly one of them. The `oneOf` form is a decision; the sources only say
         *     "one of id/email". Each branch is closed, so a body with both matches neither.
         */
        ClientPortalTokenInput: {
            /** @description Client id. */
            id: string;
        } | {
            /** @description Client e-mail. */
            email: string;
        };
        /**
         * @description Multipart body of the CSF upload: the Constancia de Situación Fiscal as a PDF (the CLI
         *     enforces ≤ 5 MiB and PDF content).
         */
        ClientCsfUpload: {
            /**
             * Format: binary
             * @description CSF PDF issued by the SAT.
             */
            file: Blob;
        };
        /** @description Fields of a catalogue service as sent on create and update. */
        ServiceInputFields: {
            /** @description Concept text printed on the CFDI. */
            description?: string;
            /** @description Price per unit in currency units (not cents), before taxes unless a tax is `inclusive`. */
            unit_price?: number;
            /** @description Internal SKU. */
            sku?: string;
            /** @description SAT ClaveProdServ (8 digits), e.g. `80141503`, `81111500`. */
            product_key?: string;
            /**
             * @description SAT ClaveUnidad (E48 unidad de servicio, ACT, H87 pieza, KGM, LTR, MTR, MTK, DAY, HUR, MON, XBX, XPK …).
             * @example E48
             * @example H87
             * @example HUR
             * @example ACT
             */
            unit_key?: string;
            /** @description Unit label, e.g. `Servicio`, `Unidad de servicio`, `Pieza`. */
            unit_name?: string;
            /** @description Default quantity used when the service is invoiced. */
            quantity?: number;
            taxability?: components["schemas"]["Taxability"];
            /** @description Taxes of the service; `[]` for none. */
            taxes?: components["schemas"]["Tax"][];
        };
        /**
         * @description Body of `POST /services`. `description` and `unit_price` are required (n8n); the CLI
         *     also always sends `product_key` and `unit_key`.
         */
        ServiceCreateInput: components["schemas"]["ServiceInputFields"] & {
            description: string;
            unit_price: number;
        };
        /**
         * @description Body of `PUT /services/{id}`: any subset of the service fields. n8n and the CLI send
         *     description, unit_price, sku, product_key, unit_key and unit_name; `taxes`,
         *     `taxability` and `quantity` are assumed accepted as on create.
         */
        ServiceUpdateInput: components["schemas"]["ServiceInputFields"];
        /**
         * @description Body of `createPaymentComplementInvoice`. NOT DOCUMENTED anywhere: CLI-next passes a
         *     caller-written body through unchanged (reference §7 gap 13). The properties below are
         *     the fields a CFDI type P (Pagos 2.0) needs, named after gigstack's conventions
         *     (`client`, `payment_form`, `currency`, `exchange_rate`, `series`, `send_email`,
         *     `emails`, `metadata`, `idempotency_key`, invoice `last_balance`); every one is a guess
         *     and nothing is required. The object is open so callers can send whatever the server
         *     really expects.
         */
        PaymentComplementInvoiceInput: {
            client?: components["schemas"]["ClientRef"];
            payment_form?: components["schemas"]["PaymentForm"];
            currency?: components["schemas"]["Currency"];
            exchange_rate?: number;
            /** @description When the payment was received, unix seconds (name and unit assumed). */
            payment_date?: number;
            /** @description The PPD invoices this payment settles (documentos relacionados), name assumed. */
            invoices?: ({
                /** @description CFDI UUID of the PPD invoice. */
                uuid?: string;
                /** @description Amount paid against this invoice (ImpPagado). */
                amount?: number;
                /** @description Installment number (NumParcialidad). */
                installment?: number;
                /** @description Balance before this payment (ImpSaldoAnt); gigstack keeps it as invoice `last_balance`. */
                last_balance?: number;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Seen (as `null`) only in CLI-next test bodies of payments; presumably the PPD invoice a payment belongs to. */
            ppd_invoice_id?: string | null;
            series?: string;
            folio_number?: number;
            send_email?: boolean;
            emails?: string[];
            metadata?: components["schemas"]["Metadata"];
            idempotency_key?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `createTransferInvoice` (CFDI type T). NOT DOCUMENTED: CLI-next passes the
         *     body through. Assumed to be the income-invoice field set minus payment fields
         *     (`payment_form`, `payment_method`, `automation_type`), with `client` and `items`
         *     required as for income invoices. SAT rules: use `S01`; for own goods subtotal 0 and
         *     currency `XXX`; a Carta Porte goes in `complements`. Open object.
         */
        TransferInvoiceInput: {
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["InvoiceItemInput"][];
            use?: components["schemas"]["CfdiUseInput"];
            currency?: components["schemas"]["Currency"];
            exchange_rate?: number;
            exports?: components["schemas"]["Exportation"];
            series?: string;
            folio_number?: number;
            related_documents?: {
                relationship: components["schemas"]["RelationshipType"];
                documents: string[];
            }[];
            /** @description Extra CFDI complements (e.g. Carta Porte) as XML. */
            complements?: {
                type: string;
                /** @description XML. */
                data: string;
            }[];
            addenda?: string;
            invoice_pdf_notes?: string;
            send_email?: boolean;
            emails?: string[];
            metadata?: components["schemas"]["Metadata"];
            idempotency_key?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `createIncomeInvoiceBatch` [cli-next]. */
        IncomeInvoiceBatchInput: {
            invoices: components["schemas"]["IncomeInvoiceBatchEntry"][];
        };
        /**
         * @description One invoice of a batch: a `createIncomeInvoice` body plus its own `idempotency_key`
         *     [cli-next]. CLI-next sends `idempotency_key`, `client` and `items`; the other fields are
         *     the income invoice's (InvoiceInputFields), typed as there.
         */
        IncomeInvoiceBatchEntry: components["schemas"]["InvoiceInputFields"] & {
            /** @description Stable per-invoice key; repeat it when resubmitting the batch. */
            idempotency_key: string;
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["InvoiceItemInput"][];
        };
        /**
         * @description A batch [cli-next]. Seen: `id`, `result` (null while running), `rejected[]`,
         *     `counts{failed,…}`. `status` and the other `counts` keys are assumptions.
         */
        IncomeInvoiceBatch: {
            id: string;
            /**
             * @description Batch state; not seen in any source (examples are guesses).
             * @example queued
             * @example processing
             * @example completed
             */
            status?: string;
            /** @description Overall outcome; `null` while the batch is still running. Shape unknown. */
            result?: string | {
                [key: string]: unknown;
            } | null;
            /** @description Invoices refused at intake (shape unknown). */
            rejected?: ({
                index?: number;
                idempotency_key?: string;
                error?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Number of invoices per outcome; only `failed` is seen, other keys are open. */
            counts?: {
                failed?: number;
            } & {
                [key: string]: number;
            };
        };
        /**
         * @description Outcome of one invoice of a batch. Only `status` (`needs_review`) is seen
         *     [cli-next]; the other fields are assumptions. Open object.
         */
        IncomeInvoiceBatchItem: {
            idempotency_key?: string;
            /** @description Position of the invoice in the submitted `invoices` array. */
            index?: number;
            /**
             * @example needs_review
             * @example pending
             * @example stamped
             * @example failed
             */
            status?: string;
            /** @description CFDI UUID once stamped. */
            invoice?: string;
            error?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The nested page returned in `data` by `listIncomeInvoiceBatchItems` [cli-next]. */
        IncomeInvoiceBatchItemPage: {
            data: (components["schemas"]["IncomeInvoiceBatchItem"] | null)[];
            next?: string | null;
            has_more?: boolean;
        };
        /**
         * @description Body of `importInvoiceXml` [cli-next]. 1–50 files, each given as XML text or as base64
         *     content, not both (each form is closed, so a file with both matches neither).
         */
        InvoiceXmlImportInput: {
            files: ({
                filename: string;
                /** @description The CFDI XML as text. */
                xml: string;
            } | {
                filename: string;
                /** @description The CFDI XML, base64-encoded. */
                content: string;
            })[];
        };
        /** @description Outcome of `importInvoiceXml` [cli-next]. */
        InvoiceXmlImportResult: {
            summary?: {
                imported?: number;
                not_imported?: number;
            };
            results?: ({
                filename?: string;
                success?: boolean;
                error?: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        /** @description Issuer or receiver of a mirrored CFDI. */
        SatInvoiceParty: {
            rfc?: string;
            name?: string;
        };
        /**
         * @description A CFDI mirrored from the SAT by Descarga Masiva [cli][docs]. List items carry `uuid`
         *     … `issue_date`; `getSatInvoice` adds the detail fields from `has_xml` on. Dates are
         *     read by the CLI with a formatter that accepts ISO strings and unix numbers, so both
         *     are allowed.
         */
        SatInvoice: {
            uuid: string;
            /** @enum {string} */
            direction?: "issued" | "received";
            /** @description SAT c_TipoDeComprobante (I, E, P, N, T). */
            invoice_type?: string;
            issuer?: components["schemas"]["SatInvoiceParty"];
            receiver?: components["schemas"]["SatInvoiceParty"];
            total?: number;
            currency?: string;
            /** @description SAT status, `Vigente` or `Cancelado`; kept open. */
            status?: string;
            /** @description State of gigstack's copy of the XML (download state); values not documented. */
            resource_status?: string;
            issue_date?: string | number;
            has_xml?: boolean;
            subtotal?: number;
            exchange_rate?: number;
            series?: string;
            folio?: string;
            stamp_date?: string | number;
            cancellation_date?: string | number | null;
            /** @description RFC of the PAC that stamped it. */
            pac_rfc?: string;
            /** @description CFDI version, e.g. `4.0`. */
            version?: string;
            /** @description Issuer's CSD certificate number. */
            certificate_number?: string;
        };
        /** @description Result of `retrySatInvoiceXml` [cli]. Only `credit_charged` is read by the CLI. */
        SatXmlRetryResult: {
            /** @description A download credit was charged for this retry. */
            credit_charged?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Response of `generateSatInvoicePdf` — NOT the usual envelope: the PDF is base64 in a
         *     top-level `pdf` [cli][docs]. `message`/`success` are assumed to be present as in other
         *     responses.
         */
        SatInvoicePdf: {
            /** @description The PDF file, base64. */
            pdf: string;
            message?: string;
            /**
             * @description Never seen on this response (the CLI reads only `pdf`); allowed as on every other
             *     2xx, where sources show only `true` (§1.5, §6 #2).
             * @constant
             */
            success?: true;
        };
        /** @description Descarga Masiva activation state [cli][docs]. */
        SatDownloadActivationStatus: {
            /**
             * @description `active`; `needs_activation` (included in the plan, not yet on); `needs_addon`
             *     (must be contracted as an add-on); `needs_upgrade` (plan must change). Kept open.
             * @example active
             * @example needs_activation
             * @example needs_addon
             * @example needs_upgrade
             */
            status?: string;
            planIncludesFeature?: boolean;
            isActivated?: boolean;
            pricing?: {
                /** @description Price per downloaded XML; a display string such as `$0.20 MXN` in the CLI. */
                perDownload?: string | number;
                /** @description Monthly add-on fee; `null` since the monthly fee was withdrawn (CLI comment). */
                addonMonthly?: string | number | null;
            };
        };
        /** @description Result of `activateSatDownload` [cli][docs]. */
        SatDownloadActivation: {
            /**
             * @description `included` (came with the plan) or an add-on value (the CLI treats anything else as add-on).
             * @example included
             * @example addon
             */
            type?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Descarga Masiva connection state and schedule [cli][docs]. */
        SatDownloadSchedule: {
            fiel_uploaded?: boolean;
            /** @description The RFC is registered with the download provider. */
            registered?: boolean;
            sat_completed?: boolean;
            /** @description First date synchronised, `YYYY-MM-DD` [inferred]. */
            sync_start_date?: string | null;
            schedule?: {
                enabled?: boolean;
                /** @description Daily run time `HH:mm`, America/Mexico_City. */
                time?: string;
                downloadTypes?: ("issued" | "received")[];
                daysBack?: number;
                lastRunAt?: number | string | null;
                lastRunStatus?: string | null;
            } | null;
            /** @description Sync state at the provider (Prodigia). */
            prodigia?: ({
                synced?: boolean;
                sync_from?: string | null;
                last_sync?: string | number | null;
                monthly_cap?: number | null;
                message?: string;
            } & {
                [key: string]: unknown;
            }) | null;
        };
        /** @description Body of `saveSatDownloadSchedule` [cli][docs]. */
        SatDownloadScheduleInput: {
            enabled: boolean;
            /** @description Daily run time `HH:mm`, America/Mexico_City. */
            time: string;
            download_types: ("issued" | "received")[];
            days_back: number;
        };
        /** @description `data` of `getSatDownloadHistory` — the last 20 requests [cli][docs]. */
        SatDownloadHistory: {
            history?: components["schemas"]["SatDownloadRequest"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One SAT download request (camelCase fields) [cli][docs]. */
        SatDownloadRequest: {
            id?: string;
            /** @description Direction of the request (issued/received) [inferred]. */
            rfcType?: string;
            startDate?: string;
            endDate?: string;
            status?: string;
            invoiceCount?: number;
            processedCount?: number;
            /** @description What started it (schedule, manual …) [inferred]. */
            source?: string;
            createdAt?: number | string;
        };
        /** @description Multipart body of `uploadFielCredentials` — the e.firma (FIEL), not the CSD [docs][cli-next]. */
        FielCredentialsUpload: {
            /**
             * Format: binary
             * @description FIEL certificate (`.cer`, DER).
             */
            cert: Blob;
            /**
             * Format: binary
             * @description FIEL private key (`.key`, encrypted PKCS#8 DER).
             */
            key: Blob;
            /** @description Password of the private key. */
            password: string;
            /** @description Contact phone for the SAT registration, international format; sent optionally by CLI-next only. */
            phone?: string;
        };
        /**
         * @description Page-numbered list envelope (§1.5 "Page list"), seen on `GET /invoices/errors`:
         *     `{success, data, total, page, limit, message, timestamp}`; `timestamp` is an ISO string
         *     there. No cursor: request the next `page` while `page * limit < total`.
         */
        PageListEnvelope: {
            /** @constant */
            success?: true;
            message?: string;
            data: unknown[];
            total?: number;
            page?: number;
            limit?: number;
            timestamp?: number | string;
        };
        /**
         * @description A CFDI relation (CfdiRelacionados): the relation type and the UUIDs of the related
         *     CFDIs, e.g. `{relationship: "01", documents: ["<income uuid>"]}` on a credit note or
         *     `"04"` (sustitución) when replacing a cancelled invoice. [docs]
         */
        InvoiceRelatedDocument: {
            relationship: components["schemas"]["RelationshipType"];
            /** @description UUIDs (folio fiscal) of the related CFDIs, as the invoices' `uuid` field gives them. */
            documents: string[];
        };
        /**
         * @description InformacionGlobal of a factura global (sales to the general public, receiver
         *     `XAXX010101000`, regime 616, use `S01`). Docs example
         *     `{periodicity: "04", months: "01", year: 2024}`. Months `13`–`18` (bimesters) only with
         *     periodicity `05`. [docs][SAT]
         */
        InvoiceGlobalInfo: {
            periodicity: components["schemas"]["GlobalPeriodicity"];
            months: components["schemas"]["Month"];
            year: number;
        };
        /** @description An extra CFDI complement given as raw XML (e.g. leyendas fiscales). [docs] */
        InvoiceComplementInput: {
            /** @description Complement kind as gigstack names it (values not documented). */
            type: string;
            /** @description The complement's XML. */
            data: string;
        };
        /**
         * @description Every body field of an invoice create (income, egress) or draft, none required here;
         *     `InvoiceIncomeInput`, `InvoiceEgressInput` and `InvoiceDraftInput` add the required
         *     ones. [n8n][docs][cli]
         */
        InvoiceInputFields: {
            client?: components["schemas"]["ClientRef"];
            /** @description Invoice lines (conceptos). */
            items?: components["schemas"]["InvoiceItemInput"][];
            payment_form?: components["schemas"]["PaymentForm"];
            payment_method?: components["schemas"]["PaymentMethod"];
            use?: components["schemas"]["CfdiUseInput"];
            currency?: components["schemas"]["Currency"];
            /** @description MXN per unit of `currency`; needed when `currency` is not MXN. */
            exchange_rate?: number;
            /**
             * @description Folio series, e.g. `A`, `B`, `NC` [n8n][docs]. What applies when it is omitted is not
             *     documented (team settings hold default series, §3.11).
             */
            series?: string;
            /**
             * @description Explicit folio [docs]; normally taken from the series counter. What 0 or an omitted
             *     value means on a request is not documented (docs show `folio_number: 0` only in
             *     draft responses, §2.10).
             */
            folio_number?: number;
            /** @description E-mail the PDF/XML to the client (n8n's UI turns it on by default). */
            send_email?: boolean;
            /** @description Additional recipients. */
            emails?: string[];
            /**
             * @description What gigstack links to the invoice. Sources diverge over time (§6 #7), so the type is
             *     an open string: n8n sends `payment` ("link to payment") or `none` (default); an older
             *     docs guide adds `payment_and_complement`; the current create-income docs example
             *     shows `pue_invoice`; the v0.3.1 CLI sends `stamp_invoice`.
             * @example none
             * @example payment
             * @example payment_and_complement
             * @example pue_invoice
             * @example stamp_invoice
             */
            automation_type?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @description Shown in the full docs example; replay semantics (return vs 409) are undocumented. */
            idempotency_key?: string;
            related_documents?: components["schemas"]["InvoiceRelatedDocument"][];
            global?: components["schemas"]["InvoiceGlobalInfo"];
            exports?: components["schemas"]["Exportation"];
            complements?: components["schemas"]["InvoiceComplementInput"][];
            /** @description Addenda XML appended to the CFDI. */
            addenda?: string;
            /** @description Notes printed on the PDF. */
            invoice_pdf_notes?: string;
            /** @description Listed in the docs without explanation; presumably adds the PDF/XML URLs to the response. */
            return_files_urls?: boolean;
        };
        /**
         * @description Body of `POST /invoices/income` (docs schema `InvoiceIncomeInput`). `client` and at least
         *     one item are required (n8n, mirroring gigstack's swagger). Items either reference a
         *     service (`id` / `search`) or carry `description`, `unit_price`, `product_key` and
         *     `unit_key` inline. SAT rules checked at stamping: `use` must fit the receiver's regime;
         *     `payment_method: PPD` needs `payment_form: "99"`; `exchange_rate` is needed when
         *     `currency` is not MXN; a global invoice sets `global` and bills `XAXX010101000`/`S01`.
         */
        InvoiceIncomeInput: components["schemas"]["InvoiceInputFields"] & {
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["InvoiceItemInput"][];
        };
        /**
         * @description Body of `POST /invoices/egress` (docs schema `InvoiceEgressInput`): the same fields as the
         *     income invoice (n8n builds both with one function). Usually `use: G02` and a
         *     `related_documents` entry with relationship `01` pointing at the income CFDI.
         */
        InvoiceEgressInput: components["schemas"]["InvoiceInputFields"] & {
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["InvoiceItemInput"][];
        };
        /**
         * @description Body of `POST /invoices/draft` and `PUT /invoices/draft/{id}`: the income-invoice fields
         *     with only `invoice_type` required [docs]. The PUT is a full replace (§6 #38), so send
         *     the complete draft every time.
         */
        InvoiceDraftInput: components["schemas"]["InvoiceInputFields"] & {
            invoice_type: components["schemas"]["InvoiceType"];
        };
        /**
         * @description Body of `DELETE /invoices/{id}`. `substitution_uuid` is required when `motive` is `"01"`
         *     (errors with relation: the replacing CFDI, stamped beforehand); it is ignored otherwise.
         *     gigstack's CLI (every version) names the replacing CFDI `replacement` instead (§6 #9);
         *     the docs and n8n say `substitution_uuid`, which is what to send, but `replacement` is
         *     accepted too so the CLI's calls pass.
         */
        InvoiceCancelInput: {
            motive: components["schemas"]["CancellationMotive"];
            /** @description UUID of the CFDI that replaces this one; required when `motive` is `"01"`. */
            substitution_uuid?: string;
            /**
             * @deprecated
             * @description The CLI's name for `substitution_uuid` (§6
             */
            replacement?: string;
        };
        /** @description Body of `POST /invoices/{id}/send`; `{}` resends to the client's own address. [cli][docs] */
        InvoiceResendEmailInput: {
            /** @description Recipients for this send. */
            emails?: string[];
        };
        /** @description What `POST /invoices/{id}/send` reports. [cli][docs] */
        InvoiceEmailDelivery: {
            recipients?: string[];
            /** @description The attached files; item type not documented, file names assumed. */
            attachments?: string[];
        };
        /**
         * @description A draft invoice (pre-factura) as returned by the draft endpoints. [docs][cli-next] Same
         *     fields as an invoice plus the draft bookkeeping; `id` is bare (e.g. `abc123def456`),
         *     `folio_number` and `date` are `0` until stamped, and `created_at` / `updated_at` are
         *     epoch **milliseconds** (unlike stamped invoices).
         */
        InvoiceDraft: components["schemas"]["Invoice"] & {
            /** @description Bare draft id (no prefix), e.g. `abc123def456`. */
            id: string;
            /** @constant */
            draft?: true;
            /** @description Epoch milliseconds. */
            updated_at?: number;
            /** @description Invoice date; `0` while unset. */
            date?: number;
            /** @description Origin of the draft, e.g. `api`. */
            from?: string;
        };
        /**
         * @description Preview of a draft ("Sin Validez Fiscal"). The sources only say the PDF comes base64 in
         *     the JSON; the field name `pdf` is an assumption, other fields are allowed.
         */
        InvoiceDraftPreview: {
            /** @description The preview PDF, base64-encoded. */
            pdf?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A way the customer may pay a payment link. `card`, `oxxo` and `stripe-spei` need Stripe
         *     connected; n8n offers `card`, `spei`, `oxxo`, `stripe-spei`, the CLI sends `bank`. Kept
         *     an open string with the known values.
         * @example card
         * @example spei
         * @example oxxo
         * @example stripe-spei
         * @example bank
         */
        AllowedPaymentMethod: string;
        /** @description Body of `POST /payments/request` (docs schema `RequestPaymentInput`). */
        RequestPaymentInput: {
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["PaymentItemInput"][];
            /**
             * @description What is issued when the link is paid. Required per n8n (swagger-derived layout);
             *     n8n default `pue_invoice`, CLI default `none`.
             */
            automation_type: components["schemas"]["PaymentAutomationType"];
            /** @description Payment methods offered on the link; n8n sends `["card","spei"]` by default. */
            allowed_payment_methods?: components["schemas"]["AllowedPaymentMethod"][];
            /** @description `MXN` (server default) or `USD`. */
            currency?: components["schemas"]["Currency"];
            /** @description MXN per unit of `currency`; 1 for MXN. */
            exchange_rate?: number;
            /** @description E-mail the link to the client (n8n UI default true). */
            send_email?: boolean;
            /** @description Extra recipients. */
            emails?: string[];
            metadata?: components["schemas"]["Metadata"];
            /** @description Prevents duplicate payments when a request is retried (§1.10); replay semantics unknown. */
            idempotency_key?: string;
            /**
             * @description Series/folio of the invoice generated on payment. Documented on register only;
             *     assumed shared with request.
             */
            invoice_config?: components["schemas"]["InvoiceConfig"];
            /**
             * @description Seen only in CLI-next test bodies; presumably links the payment to an existing PPD
             *     invoice (so a payment complement is issued against it). Meaning not documented.
             */
            ppd_invoice_id?: string | null;
            /** @description Seen only in CLI-next test bodies; presumably suppresses all e-mails. */
            ignore_emails?: boolean;
        };
        /** @description Body of `POST /payments/register` (docs schema `RegisterPaymentInput`). */
        RegisterPaymentInput: {
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["PaymentItemInput"][];
            /** @description How the money was received (c_FormaPago); n8n default `03`. */
            payment_form: components["schemas"]["PaymentForm"];
            /**
             * @description What is issued for the payment. Required per n8n; n8n and CLI default `pue_invoice`.
             *     `stamp_invoice` is a legacy alias of `pue_invoice`.
             */
            automation_type: components["schemas"]["PaymentAutomationType"];
            /** @description `MXN` (server default) or `USD`. */
            currency?: components["schemas"]["Currency"];
            /** @description MXN per unit of `currency`; 1 for MXN. */
            exchange_rate?: number;
            metadata?: components["schemas"]["Metadata"];
            /**
             * @description Series (`serie`; empty = team default) and folio (`folio`; omit or 0 = next number)
             *     of the generated invoice.
             */
            invoice_config?: components["schemas"]["InvoiceConfig"];
            /**
             * @description Prevents duplicate payments (docs: "prevent duplicate payments"); stored on the
             *     payment. Recommended on every call; the SDK always sends one. Replay semantics
             *     (return existing vs 409), TTL and scope are unknown (§1.10).
             */
            idempotency_key?: string;
            /** @description E-mail the payment/invoice to the client (sent by the CLI; n8n shows but does not send it). */
            send_email?: boolean;
            /** @description Extra recipients; assumed to work as on `POST /payments/request`. */
            emails?: string[];
            /**
             * @description Seen only in CLI-next test bodies; presumably the PPD invoice this payment settles
             *     (a payment complement is issued against it). Meaning not documented.
             */
            ppd_invoice_id?: string | null;
            /** @description Seen only in CLI-next test bodies; presumably suppresses all e-mails. */
            ignore_emails?: boolean;
        };
        /** @description Body of `POST /payments/{id}/paid` (docs schema `MarkPaymentAsPaidInput`). */
        MarkPaymentAsPaidInput: {
            /** @description How the money was received (c_FormaPago); n8n default `03`. */
            payment_form: components["schemas"]["PaymentForm"];
            /** @description Date the money was received, unix **seconds** (not milliseconds); defaults to now. */
            date?: number;
        };
        /** @description Body of `POST /payments/{id}/refund` (docs schema `RefundPaymentInput`). */
        RefundPaymentInput: {
            /** @description Amount to refund in currency units (not cents); partial refunds allowed. */
            amount: number;
            /**
             * @description Why the payment is refunded, e.g. `duplicate`. Optional per n8n, but CLI-next and the
             *     docs summary treat it as required — always send it (§6 #21).
             * @example duplicate
             * @example requested_by_customer
             * @example fraudulent
             */
            reason?: string;
            /** @description Also refund through the payment processor (e.g. Stripe); n8n UI default true. */
            external_processor_refund?: boolean;
        };
        /** @description An item edit on `PUT /payments/{id}`; only `description` can change, other item fields are rejected. */
        UpdatePaymentItemInput: {
            /** @description Id of the item inside the payment. */
            id: string;
            description?: string;
        };
        /**
         * @description Partial client data on `PUT /payments/{id}`; also merged into the client record, without
         *     SAT re-validation. The client `id` cannot be changed.
         */
        UpdatePaymentClientInput: {
            name?: string;
            company?: string;
            phone?: string;
            email?: string;
            bcc?: string[];
            metadata?: components["schemas"]["Metadata"];
            legal_name?: string;
            tax_id?: string;
            use?: components["schemas"]["CfdiUseInput"];
            tax_system?: components["schemas"]["TaxSystem"];
            address?: components["schemas"]["Address"];
        };
        /**
         * @description Body of `PUT /payments/{id}` (docs schema `UpdatePaymentInput`); at least one of
         *     `items`, `automation_type`, `client`.
         */
        UpdatePaymentInput: {
            items?: components["schemas"]["UpdatePaymentItemInput"][];
            /**
             * @description Only accepted when the payment has no automations yet (else 400).
             * @enum {string}
             */
            automation_type?: "pue_invoice" | "ppd_invoice_and_complement" | "none";
            client?: components["schemas"]["UpdatePaymentClientInput"];
        };
        /** @description Body of `POST /receipts` (docs schema `ReceiptInput`). */
        ReceiptInput: {
            client: components["schemas"]["ClientRef"];
            items: components["schemas"]["PaymentItemInput"][];
            /** @description `MXN` (server default) or `USD`. */
            currency?: components["schemas"]["Currency"];
            /** @description MXN per unit of `currency`; 1 for MXN. */
            exchange_rate?: number;
            /** @description How long the customer can self-invoice; server default `month`. */
            periodicity?: components["schemas"]["ReceiptPeriodicity"];
            /** @description How the sale was paid (c_FormaPago); n8n default `03`. */
            payment_form?: components["schemas"]["PaymentForm"];
            /** @description If a receipt with this key exists, that receipt is returned instead of a duplicate. */
            idempotency_key?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @description Series and folio (omit or 0 = next number) of the future CFDI. */
            invoice_config?: components["schemas"]["InvoiceConfig"];
        };
        /**
         * @description Receiver of the CFDI stamped from a receipt: the receipt's `client`, or público en
         *     general national (`XAXX010101000`, régimen 616, uso S01) or foreign (`XEXX010101000`).
         * @enum {string}
         */
        ReceiptStampTo: "client" | "general_public_national" | "general_public_foreign";
        /** @description Overrides of the receiver's fiscal data when stamping a receipt to its client. */
        ReceiptFiscalInformation: {
            legal_name?: string;
            tax_id?: string;
            tax_system?: components["schemas"]["TaxSystem"];
            zip?: string;
        };
        /**
         * @description Body of `POST /receipts/{id}/stamp`, itself optional. n8n always sends `stamp_to`; the
         *     CLI 0.3.1 stamps with no body, so `stamp_to` may default server-side (the reference's
         *     word, §2.5.4; to what is unknown) and it is optional here (§6 #23).
         */
        StampReceiptInput: {
            stamp_to?: components["schemas"]["ReceiptStampTo"];
            fiscal_information?: components["schemas"]["ReceiptFiscalInformation"];
            /** @description Invoice date in epoch **milliseconds** (not seconds); defaults to now. */
            date?: number;
        };
        /** @description Body of `POST /receipts/{id}/reopen` (CLI-next). */
        ReopenReceiptInput: {
            /**
             * @description Why the receipt is reopened. The CLI-next body is exactly `{reason}`; whether it is
             *     required is not documented — treated as required since it is the only field.
             */
            reason: string;
        };
        /**
         * @description Per-area permissions of a member, e.g. `{"invoices": "none"}` (the only sample, from a
         *     CLI-next test fixture). Area names and level values are not documented; values are
         *     assumed to be strings.
         */
        TeamMemberPermissions: {
            [key: string]: string;
        };
        /**
         * @description A team member as returned by the members endpoints: TeamMember (`id`, `email`, `role`)
         *     plus optional `permissions`.
         */
        TeamMemberRecord: components["schemas"]["TeamMember"] & {
            permissions?: components["schemas"]["TeamMemberPermissions"];
        };
        /**
         * @description Body of `PATCH /teams/{id}/members/{memberId}`; both fields optional, send at least one.
         *     `role: admin` requires owner approval (see the operation).
         */
        TeamMemberUpdateInput: {
            /**
             * @description New role. Known values `admin`, `editor`, `viewer`; kept an open string because the
             *     CLI passes the value through unchecked (a CLI test sends `blocked`).
             * @example admin
             * @example editor
             * @example viewer
             */
            role?: string;
            permissions?: components["schemas"]["TeamMemberPermissions"];
        };
        /** @description Body of `POST /teams/{id}/portal-access-token` (camelCase field name as the CLI sends it). */
        TeamPortalAccessTokenInput: {
            /**
             * @description Token lifetime as a duration string, at most 24 hours (`24h`). The CLI default was
             *     `1h`; the accepted syntax beyond `<n>h` is unknown, so no pattern is enforced.
             * @example 1h
             * @example 24h
             */
            expiresIn?: string;
        };
        /**
         * @description Issued portal token. No response was ever captured; `token` and `expires_at` are the
         *     expected fields by analogy with PortalSession, and the object stays open.
         */
        TeamPortalAccessToken: {
            /** @description The secret token. */
            token?: string;
            /** @description Expiry, unix seconds or milliseconds (unit unknown). */
            expires_at?: number;
            /** @description Portal link carrying the token, if the server returns one. */
            url?: string;
        } & {
            [key: string]: unknown;
        };
        TeamEmailTemplate: {
            subject: string;
            /** @description HTML body with `{{placeholder}}` variables left unexpanded. */
            body: string;
        };
        /**
         * @description Templates of one language keyed by template name. CLI-next requires all nine known
         *     keys; the set is kept open for new templates.
         */
        TeamEmailTemplateSet: {
            invoices?: components["schemas"]["TeamEmailTemplate"];
            invoicesComplements?: components["schemas"]["TeamEmailTemplate"];
            invoicesEgress?: components["schemas"]["TeamEmailTemplate"];
            payments?: components["schemas"]["TeamEmailTemplate"];
            paymentsReminders?: components["schemas"]["TeamEmailTemplate"];
            paymentsRemindersAfter?: components["schemas"]["TeamEmailTemplate"];
            receipts?: components["schemas"]["TeamEmailTemplate"];
            receiptsReminders?: components["schemas"]["TeamEmailTemplate"];
            bankReview?: components["schemas"]["TeamEmailTemplate"];
        } & {
            [key: string]: components["schemas"]["TeamEmailTemplate"];
        };
        /**
         * @description Baseline (editor) e-mail templates of a team, as validated by CLI-next: `team_id` equals
         *     the requested team, `effect_scope` is `team_shared`, `source` is `editor_baseline`.
         */
        TeamEmailTemplates: {
            team_id: string;
            /** @example team_shared */
            effect_scope?: string;
            /** @example editor_baseline */
            source?: string;
            is_nonprofit?: boolean;
            /** @description Whether the team sends English e-mails. */
            english_enabled?: boolean;
            templates_by_language: {
                es?: components["schemas"]["TeamEmailTemplateSet"];
                en?: components["schemas"]["TeamEmailTemplateSet"];
            };
        };
        /**
         * @description Role granted by an invitation. `admin` needs the team owner's approval.
         * @enum {string}
         */
        TeamInvitationRole: "admin" | "editor" | "viewer";
        /** @description Body of `POST /teams/{id}/invitations`. */
        TeamInvitationInput: {
            /** @description Recipient e-mail (CLI-next trims and lower-cases it). */
            email: string;
            /**
             * @description `viewer` is the CLI default; the API default is not documented.
             * @default viewer
             */
            role?: components["schemas"]["TeamInvitationRole"];
            /**
             * @description E-mail the invitation. `true` is the CLI default; the API default is not documented.
             * @default true
             */
            send_email?: boolean;
        };
        /**
         * @description Body of the resend call: the CLI sends an empty object. (The owner's account-invitation
         *     resend accepts `acknowledge_unconfirmed_delivery: true`; whether this endpoint does is
         *     unknown, so the object is left open.)
         */
        TeamInvitationResendInput: Record<string, never>;
        /** @description Body of accept/decline. */
        TeamInvitationTokenInput: {
            /** @description The recipient's Firebase ID token (secret). */
            token: string;
        };
        /**
         * @description A team invitation. No team-invitation response was captured; the fields follow
         *     CLI-next's validator of the sibling endpoint `/users/me/account-invitations/{id}`
         *     (same invitation records, `type: team`), all kept optional. Timestamps are numbers of
         *     undocumented unit (seconds assumed in examples).
         */
        TeamInvitation: {
            id: string;
            email?: string;
            /**
             * @description admin, editor or viewer.
             * @example admin
             * @example editor
             * @example viewer
             */
            role?: string;
            team_id?: string | null;
            /**
             * @description `team`, or `billingAccount` for billing-account invitations.
             * @example team
             * @example billingAccount
             */
            type?: string;
            billing_account_id?: string | null;
            /** @description An admin invitation awaiting the owner's approval. */
            approval_required?: boolean;
            /**
             * @description Seen `pending`; other values (accepted, declined, revoked, expired …) not documented.
             * @example pending
             */
            status?: string;
            created_at?: number | null;
            expires_at?: number | null;
            /** @description User id of the inviter. */
            created_by?: string | null;
            /** @description E-mail delivery state. `unknown` may mean the e-mail did arrive; check before resending. */
            delivery?: {
                /**
                 * @description Values accepted by CLI-next's validator; kept open since they come from the sibling endpoint.
                 * @example not_requested
                 * @example pending
                 * @example sent
                 * @example failed
                 * @example unknown
                 */
                status?: string;
                attempted_at?: number | null;
            };
        };
        /** @description Brand block of `createTeam`; `alias` is required when `brand` is sent [n8n][docs]. */
        TeamBrandInput: {
            /** @description Display name of the team. */
            alias: string;
            /** @description Hex colour, e.g. `#2563eb` (n8n UI default). */
            primary_color?: string;
            /** @description Hex colour. */
            secondary_color?: string;
            /**
             * Format: uri
             * @description Logo URL.
             */
            logo?: string;
        };
        /** @description Fiscal address of `createTeam`; `country` is required when `address` is sent [n8n][docs]. */
        TeamAddressInput: components["schemas"]["Address"] & {
            /** @description Country name, e.g. `Mexico` (responses normalise to `MEX`). */
            country: string;
        };
        /** @description Body of `createTeam` (docs schema `TeamInput`) [n8n][docs]. */
        TeamCreateInput: {
            /** @description RFC of the team (issuer). Required per n8n's swagger-derived layout. */
            tax_id: string;
            /** @description Régimen fiscal. n8n offers 601, 603, 612, 621, 625, 626 (UI default 601). */
            tax_system?: components["schemas"]["TaxSystem"];
            /** @description Razón social. Seen in responses only; accepted by analogy with `updateTeam`. */
            legal_name?: string;
            support_email?: string;
            support_phone?: string;
            /**
             * @description Also return an onboarding URL (see `getTeamOnboardingUrl`); the response field name is
             *     not documented.
             */
            generate_onboarding_url?: boolean;
            brand?: components["schemas"]["TeamBrandInput"];
            address?: components["schemas"]["TeamAddressInput"];
            /** @description Existing users to add to the new team [docs]. */
            add_members?: {
                /** @description User id. */
                id: string;
                role?: components["schemas"]["TeamMemberRole"];
            }[];
            /** @description Copy the calling team's members into the new team (meaning inferred from the name) [docs]. */
            add_master_team_members?: boolean;
        };
        /** @description Body of `updateTeam`; every field is optional and only those sent change [n8n]. */
        TeamUpdateInput: {
            /** @description RFC. */
            tax_id?: string;
            tax_system?: components["schemas"]["TaxSystem"];
            /** @description Not sent by n8n; plausible from `TeamInput` (reference §2.6.6). */
            legal_name?: string;
            support_email?: string;
            support_phone?: string;
            /** @description n8n sends `alias`, `primary_color`, `logo`; `secondary_color` is inferred from `TeamInput`. */
            brand?: {
                alias?: string;
                /** @description Hex colour. */
                primary_color?: string;
                /** @description Hex colour; not sent by n8n, plausible from `TeamInput`. */
                secondary_color?: string;
                /** Format: uri */
                logo?: string;
            };
            /** @description Not sent by n8n; plausible from `TeamInput` (reference §2.6.6). */
            address?: components["schemas"]["Address"];
        };
        /**
         * @description Role of a team member on input. Responses may say `member` (reference §7
         * @enum {string}
         */
        TeamMemberRole: "admin" | "editor" | "viewer";
        /** @description Body of `addTeamMember` [n8n][cli-next]. */
        TeamMemberAddInput: {
            /** @description Id of the user to add. */
            id: string;
            /**
             * @description Direct `admin` adds may require owner approval (CLI-next uses another flow).
             * @default viewer
             */
            role?: components["schemas"]["TeamMemberRole"];
        };
        /** @description Body of `removeTeamMember` [n8n]. */
        TeamMemberRemoveInput: {
            /** @description Id of the user to remove. */
            id: string;
        };
        /** @description Body of `createTeamSeries` (docs schema `SeriesInput`) [n8n][cli-next]. */
        TeamSeriesCreateInput: {
            /** @description Series identifier, e.g. `A`, `B`, `NC`. */
            series: string;
            /** @description Initial folio counter in live mode. */
            live?: number;
            /** @description Initial folio counter in test mode. */
            test?: number;
        };
        /** @description Body of `updateTeamSeries`; both counters optional [n8n][cli-next]. */
        TeamSeriesUpdateInput: {
            /** @description Folio counter in live mode. */
            live?: number;
            /** @description Folio counter in test mode. */
            test?: number;
        };
        /**
         * @description Integrations keyed by name (`stripe`, `openpay`, `shopify`, `sat`, `sat_download`,
         *     `whatsapp` … — open set). Each value has at least `completed`; other fields unknown.
         */
        TeamIntegrations: {
            [key: string]: {
                completed?: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description Multipart body of `uploadTeamCsdCertificates` (CSD files + password) [cli-next]. */
        TeamCsdUpload: {
            /**
             * Format: binary
             * @description CSD certificate file (`.cer`, DER).
             */
            cert: Blob;
            /**
             * Format: binary
             * @description CSD private key file (`.key`, encrypted PKCS#8 DER).
             */
            key: Blob;
            /** @description Password of the private key (camelCase as the API expects). */
            keyPass: string;
        };
        /**
         * @description Body of `signTeamManifest`. CLI-next documents "key/cert base64 and password" (e.firma /
         *     FIEL, not the CSD) but not the field names (reference §7 #2); `cert`, `key` and
         *     `password` are chosen to match the FIEL multipart upload's part names.
         */
        TeamManifestSignInput: {
            /** @description FIEL certificate (`.cer`) as base64. Name inferred. */
            cert: string;
            /** @description FIEL private key (`.key`) as base64. Name inferred. */
            key: string;
            /** @description FIEL private-key password. Name inferred. */
            password: string;
        };
        TeamSettingsEmailTemplateText: {
            body?: string | null;
            subject?: string | null;
        } | null;
        /** @description Spanish and English variants of one template. */
        TeamSettingsEmailTemplatePair: {
            es?: components["schemas"]["TeamSettingsEmailTemplateText"];
            en?: components["schemas"]["TeamSettingsEmailTemplateText"];
        } | null;
        /**
         * @description Body of `updateTeamSettings` (docs schema `TeamSettingsInput`), typed after CLI-next's
         *     settings contract plus n8n's fields [n8n][cli-next][docs]. Partial update: only supplied
         *     fields change; `null` clears a field (a `null` group resets its leaves); an empty object
         *     leaves a group unchanged; arrays replace the stored array. `customer_portal_id` is left
         *     out (probably read-only). Unknown extra keys are not forbidden here (the server decides).
         */
        TeamSettingsInput: {
            /** @description Default item description. */
            default_description?: string | null;
            override_item_description?: string | null;
            /** @description Notes printed on invoice PDFs. */
            invoice_pdf_notes?: string | null;
            /** @description Default SAT ClaveProdServ. */
            product_key?: string | null;
            /** @description Default SAT ClaveUnidad. */
            unit_key?: string | null;
            unit_name?: string | null;
            sku?: string | null;
            /** @description Default c_UsoCFDI. */
            use?: components["schemas"]["CfdiUseInput"] | null;
            /**
             * @description Keep the receiver's full legal name (e.g. "S.A. de C.V."). Sent top-level by n8n;
             *     CLI-next uses `avoid_legal_name_replacer` — both are accepted since it is unknown which
             *     the server honours (reference §6 #26).
             */
            keep_full_legal_name?: boolean | null;
            /** @description CLI-next name, possibly the same concept as `keep_full_legal_name` (§6 */
            avoid_legal_name_replacer?: boolean | null;
            /** @description Default taxes for MXN items. */
            taxes?: components["schemas"]["Tax"][] | null;
            /** @description Default taxes for USD items. */
            taxes_usd?: components["schemas"]["Tax"][] | null;
            withholding_taxes?: components["schemas"]["Tax"][] | null;
            /** @description Local (state) taxes; item shape not documented. */
            local_taxes?: {
                [key: string]: unknown;
            }[] | null;
            avoid_automations_on_currencies?: components["schemas"]["Currency"][] | null;
            automate_complement_for_ppd_invoices?: boolean | null;
            automate_partial_payment_complements?: boolean | null;
            global_invoice_disabled?: boolean | null;
            /** @enum {number|null} */
            global_invoicing_monthly_cuts?: 2 | 3 | 4 | 5 | null;
            eom_ppd_threshold_days?: number | null;
            invoice_per_receipt?: boolean | null;
            avoid_receipts?: boolean | null;
            cancel_receipts_on_refunds?: boolean | null;
            use_foreign_public_in_usd?: boolean | null;
            enforce_client_country_taxes?: boolean | null;
            send_invoice_english_pdf?: boolean | null;
            allow_notes_on_self_invoice?: boolean | null;
            allow_product_code_on_self_invoice?: boolean | null;
            /** @description CFDI uses offered on the self-invoice portal. */
            uses_on_self_invoice_portal?: components["schemas"]["CfdiUseInput"][] | null;
            complements?: {
                data?: string | null;
                description?: string | null;
                type?: string | null;
            }[] | null;
            addenda?: string | null;
            custom_payment_description?: string | null;
            force_series?: string | null;
            /**
             * @description Default receipt validity. A string on input; responses show `{label, value}`
             *     (reference §6 #27).
             */
            periodicity?: components["schemas"]["ReceiptPeriodicity"] | null;
            /** @enum {string|null} */
            pdf_language?: "en" | "es" | null;
            limit_days_to_pay?: number | null;
            concepts_catalog?: string[] | null;
            allowed_product_codes?: {
                key: string;
                description: string;
            }[] | null;
            payment_reminders?: {
                days?: number | null;
                enabled?: boolean | null;
                before_body?: string | null;
                before_subject?: string | null;
                after_body?: string | null;
                after_subject?: string | null;
            } | null;
            reinvoice?: {
                window_days?: number | null;
                /** @enum {string|null} */
                handler?: "credit_note" | "cancel_resources" | null;
            } | null;
            refunds?: {
                automatic_refunds?: boolean | null;
                /** @enum {string|null} */
                current_month_handler?: "credit_note" | "cancel_resources" | null;
            } | null;
            emails?: {
                invoices_bcc?: string[] | null;
                payments_bcc?: string[] | null;
                receipts_bcc?: string[] | null;
                avoid_invoice_emails?: boolean | null;
                avoid_test_invoice_emails?: boolean | null;
                avoid_receipts_emails?: boolean | null;
                avoid_foreign_receipts_emails?: boolean | null;
                invoice_body?: string | null;
                invoice_subject?: string | null;
                complement_body?: string | null;
                complement_subject?: string | null;
                credit_note_body?: string | null;
                credit_note_subject?: string | null;
                payment_body?: string | null;
                payment_subject?: string | null;
                receipt_body?: string | null;
                receipt_subject?: string | null;
                receipt_reminder_body?: string | null;
                receipt_reminder_subject?: string | null;
            } | null;
            email_templates?: {
                invoices?: components["schemas"]["TeamSettingsEmailTemplatePair"];
                complements?: components["schemas"]["TeamSettingsEmailTemplatePair"];
                credit_notes?: components["schemas"]["TeamSettingsEmailTemplatePair"];
                payments?: components["schemas"]["TeamSettingsEmailTemplatePair"];
                receipts?: components["schemas"]["TeamSettingsEmailTemplatePair"];
                receipt_reminders?: components["schemas"]["TeamSettingsEmailTemplatePair"];
            } | null;
            /** @description Default series per document kind, e.g. `A`, `P`, `NC`. */
            default_series?: {
                income?: {
                    serie?: string | null;
                } | null;
                complements?: {
                    serie?: string | null;
                } | null;
                credit_note?: {
                    serie?: string | null;
                } | null;
            } | null;
        };
        /** @description Body of `POST /users` (`UserInput`). [n8n][docs][cli-next] */
        UserCreateInput: {
            /** @description Required by n8n's form; the docs guide says optional (§6 */
            email?: string;
            first_name?: string;
            last_name?: string;
            phone?: string;
            /** @description Job title. */
            company_role?: string;
            /**
             * @description Team role; only effective with `auto_join: true`. Responses report `admin` or `member`.
             * @default viewer
             * @enum {string}
             */
            role?: "admin" | "editor" | "viewer";
            /**
             * @description Add the user to the key's team (API default false; n8n's UI default true is not the API's — §6
             * @default false
             */
            auto_join?: boolean;
            /** @description User address; `municipality` is stored but not returned. */
            address?: components["schemas"]["Address"];
        };
        /**
         * @description Body of `PUT /users/{id}`; every field optional, only sent fields change. [n8n][cli-next]
         *     `email` is offered by n8n but CLI-next says the e-mail is not changed (§6 #29).
         */
        UserUpdateInput: {
            email?: string;
            first_name?: string;
            last_name?: string;
            phone?: string;
            company_role?: string;
            address?: components["schemas"]["Address"];
        };
        /** @description Body of `POST /users/reset-password`. [n8n][docs] */
        UserPasswordResetInput: {
            email: string;
        };
        /** @description Body of `POST /users/login-link`. [n8n][cli-next] */
        UserLoginLinkInput: {
            /** @description Id of the (API-managed) user to sign in. */
            user_id: string;
        };
        /** @description `data` of the login-link response: a credential, treat it as a secret. */
        UserLoginLink: {
            /**
             * @description Sign-in link with a custom Firebase token. No source names the field ("the link
             *     carries a custom Firebase token"); `url` is assumed, other fields are allowed.
             */
            url?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Webhook subscription state. [n8n][docs]
         * @enum {string}
         */
        WebhookStatus: "active" | "inactive";
        /** @description Body of `POST /webhooks` (`WebhookInput`). [n8n][cli][docs] */
        WebhookCreateInput: {
            /**
             * Format: uri
             * @description HTTPS endpoint that receives the events.
             */
            url: string;
            /**
             * @description Events to subscribe to. n8n and [3p] make it required, but gigstack's CLI omits it
             *     and says an omitted list means all events (§6 #13), so it is optional. The effect of
             *     an empty array is undocumented. Event names are the union of every source (closed:
             *     a misspelt event would silently never fire).
             */
            events?: components["schemas"]["WebhookEventType"][];
            description?: string;
            /** @default active */
            status?: components["schemas"]["WebhookStatus"];
        };
        /** @description Body of `PUT /webhooks/{id}` (`WebhookUpdateInput`); every field optional. [n8n][docs] */
        WebhookUpdateInput: {
            /** Format: uri */
            url?: string;
            events?: components["schemas"]["WebhookEventType"][];
            description?: string;
            status?: components["schemas"]["WebhookStatus"];
        };
        /**
         * @description Body of `POST /auth/signup`. [docs][cli] The sources list the fields but no required
         *     flags and no bounds, so every field is optional here and the server decides (it answers
         *     400 for an invalid body).
         */
        HeadlessSignupInput: {
            /** @description E-mail of the account owner; 409 if already registered. */
            email?: string;
            /** @description Account / business name. */
            name?: string;
            /**
             * @description The gigstack plan to subscribe to. The plan ids are not documented in the reference; the example is illustrative (x-inferred).
             * @example agent-tier
             */
            plan_id?: string;
            /**
             * @description Billing period. Only `monthly` appears in an example; the plan table also offers an
             *     annual price, whose value spelling (`annual`?) is unconfirmed — open string.
             * @example monthly
             * @example annual
             */
            billing_cycle?: string;
            /** @description Stripe PaymentMethod id (`pm_…`) charged off-session; a rejection gives 402. */
            stripe_payment_method?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description 201 body of `POST /auth/signup`, returned without the usual envelope. [docs][cli] */
        HeadlessSignupResult: {
            /** @description Firebase uid of the new user. */
            user_id?: string;
            team_id?: string;
            billing_account_id?: string;
            subscription?: {
                id?: string;
                /** @example active */
                status?: string;
                /** @description Unix seconds. */
                current_period_end?: number;
            };
            /** @description Shown once — store immediately. Both are JWTs. */
            api_keys?: {
                live?: string;
                test?: string;
            };
            /** @description Human/agent hints; the "urls" are `METHOD /path` strings, not absolute URLs. */
            next_steps?: {
                fiel_upload_url?: string;
                manifest_sign_url?: string;
                note?: string;
            };
        };
    };
    responses: {
        /** @description The request is invalid (validation_failed, invalid_request_body, missing_required_field, invalid_field_value, business_rule_violation). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Missing required field: email",
                 *       "error": "missing_required_field"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Missing, invalid or expired API key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Authentication required",
                 *       "error": "unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The key's role or Connect relationship does not allow the action. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "You do not have permission to act on this team",
                 *       "error": "insufficient_permissions"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The resource does not exist (or is not visible to this team). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Resource not found",
                 *       "error": "resource_not_found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request conflicts with the current state (duplicate, ambiguous search). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The request conflicts with the current state of the resource",
                 *       "error": "resource_conflict"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Well-formed but rejected, e.g. the PAC/SAT refused to stamp the CFDI. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "CFDI40147 - El campo UsoCFDI no corresponde con el régimen fiscal del receptor",
                 *       "error": "cfdi_service_error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limited. No limits or headers are documented; `Retry-After` is honoured when present. */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait, or an HTTP date.
                 * @example 1
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Too many requests, slow down",
                 *       "error": "rate_limit_exceeded"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Server-side failure. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Internal server error",
                 *       "error": "internal_server_error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
         *     API key's own team is used.
         * @example team_9fKq2LmA7xRt
         */
        Team: string;
        /**
         * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
         *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
         */
        Id: string;
        /** @description Page size. */
        Limit: number;
        /** @description Opaque cursor copied from the previous page's `next`. */
        Next: string;
        /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
        Page: number;
        /**
         * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
         *     `created_at`, so the type stays an open string.
         */
        OrderBy: string;
        Sort: "asc" | "desc";
        /** @description Inclusive lower bound of the creation time, unix seconds. */
        CreatedGte: number;
        /**
         * @description `created[gte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
         *     the two.
         */
        CreatedGteUnderscore: number;
        /**
         * @description `created[lte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
         *     the two.
         */
        CreatedLteUnderscore: number;
        /** @description Inclusive upper bound of the creation time, unix seconds. */
        CreatedLte: number;
        /**
         * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
         *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
         *     this object that way. Declared as a form-exploded object so that the keys are free.
         */
        Metadata: {
            [key: string]: string;
        };
        /**
         * @description Free-text search term (name, RFC, e-mail or UUID, depending on the resource).
         * @example kemper
         */
        SearchQuery: string;
        /**
         * @description Caller-chosen key that makes the batch submission safe to repeat: send the same key
         *     (and the same per-invoice `idempotency_key`s) when retrying. 8–128 characters from
         *     `[A-Za-z0-9._:-]` [cli-next, validated by the CLI before sending]. Declared required
         *     because CLI-next always sends one and the SDK must never invent it; server-side
         *     optionality, TTL and replay semantics are unknown.
         * @example batch-2025-11-income-0001
         */
        IncomeInvoiceBatchIdempotencyKey: string;
        /**
         * @description Invoice status filter. Known values: n8n sends `valid`, `canceled`, `pending`; the CLI
         *     `valid`, `cancelled`. Both cancellation spellings exist (§6 #10), so the type is open.
         */
        InvoiceStatusQuery: string;
        /** @description Only invoices of this client (`client_…`). */
        InvoiceClientIdQuery: string;
        /** @description Only invoices of this series (e.g. `A`). Sent by the CLI on income invoices. */
        InvoiceSeriesQuery: string;
        /** @description Only complements that pay this PPD invoice (its CFDI UUID). */
        InvoiceRelatedInvoiceIdQuery: string;
        /** @description Return only this file's URL; omitted, both `pdf` and `xml` are returned. */
        InvoiceFileTypeQuery: "pdf" | "xml";
        /**
         * @description Exact SAT/PAC error code, e.g. `CFDI140223`.
         * @example CFDI140223
         */
        CfdiErrorCodeQuery: string;
        /** @description Text search over code, description, explanation and solution. */
        CfdiErrorTextQuery: string;
        /** @description Which party the error concerns. */
        CfdiErrorTypeQuery: "invoice" | "receiver" | "sender" | "unknown";
        /** @description Page size of the CFDI-error catalogue (default 50, unlike the other lists). */
        CfdiErrorLimit: number;
        /**
         * @description Payment status. No authoritative list: n8n offers `requires_payment_method`,
         *     `succeeded`, `canceled`; the CLI `pending`, `succeeded`, `failed`, `cancelled`,
         *     `refunded` (both spellings of cancelled exist, §6 #10). Kept an open string.
         */
        PaymentStatusFilter: string;
        /** @description Only payments of this client (`client_…`). */
        PaymentClientIdFilter: string;
        /**
         * @description Receipt status. No authoritative list: n8n offers `pending`, `stamped`, `canceled`; the
         *     CLI `pending`, `open`, `invoiced`, `completed`, `expired`, `cancelled` (§6 #11). Kept an
         *     open string.
         */
        ReceiptStatusFilter: string;
        /** @description Only receipts of this client (`client_…`). */
        ReceiptClientIdFilter: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listClients: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
                /**
                 * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
                 *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
                 *     this object that way. Declared as a form-exploded object so that the keys are free.
                 */
                metadata?: components["parameters"]["Metadata"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Clients retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "Escuela Kemper Urgate",
                     *           "company": "Escuela Kemper Urgate",
                     *           "email": "facturacion@kemperurgate.edu.mx",
                     *           "tax_id": "EKU9003173C9",
                     *           "tax_system": "601",
                     *           "livemode": false,
                     *           "created_at": 1764000000,
                     *           "efos": {
                     *             "is_valid": true
                     *           }
                     *         },
                     *         {
                     *           "id": "client_3Tq7VnYc5JhD",
                     *           "name": "Xochilt Casas",
                     *           "company": "Casas Diseño Editorial",
                     *           "email": "xochilt.casas@gmail.com",
                     *           "tax_id": "CACX7605101P8",
                     *           "tax_system": "612",
                     *           "livemode": false,
                     *           "created_at": 1763913600,
                     *           "efos": {
                     *             "is_valid": true
                     *           }
                     *         }
                     *       ],
                     *       "next": "client_3Tq7VnYc5JhD",
                     *       "has_more": true,
                     *       "total_results": 37
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Client"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createClient: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "facturacion@kemperurgate.edu.mx",
                 *       "name": "Escuela Kemper Urgate",
                 *       "legal_name": "ESCUELA KEMPER URGATE",
                 *       "company": "Escuela Kemper Urgate",
                 *       "phone": "+52 771 123 4567",
                 *       "tax_id": "EKU9003173C9",
                 *       "tax_system": "601",
                 *       "use": "G03",
                 *       "bcc": [
                 *         "contabilidad@kemperurgate.edu.mx"
                 *       ],
                 *       "address": {
                 *         "street": "Av. Hidalgo",
                 *         "exterior": "120",
                 *         "neighborhood": "Centro",
                 *         "city": "Actopan",
                 *         "municipality": "Actopan",
                 *         "state": "Hidalgo",
                 *         "zip": "42501",
                 *         "country": "Mexico"
                 *       },
                 *       "metadata": {
                 *         "crm_id": "HUB-20931"
                 *       },
                 *       "defaults": {
                 *         "keep_full_legal_name": false,
                 *         "issue_automatic_invoices": false,
                 *         "issue_invoiceable_receipts": true
                 *       },
                 *       "search": {
                 *         "on_key": "tax_id",
                 *         "on_value": "EKU9003173C9",
                 *         "update": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ClientCreateInput"];
            };
        };
        responses: {
            /**
             * @description `search` matched exactly one existing client; it is returned (updated with the body
             *     first when `search.update` is true).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Client found",
                     *       "data": {
                     *         "id": "client_8Zr2XwQk1pLm",
                     *         "name": "Escuela Kemper Urgate",
                     *         "legal_name": "ESCUELA KEMPER URGATE",
                     *         "email": "facturacion@kemperurgate.edu.mx",
                     *         "tax_id": "EKU9003173C9",
                     *         "tax_system": "601",
                     *         "use": "G03",
                     *         "address": {
                     *           "street": "Av. Hidalgo 120",
                     *           "city": "Actopan",
                     *           "state": "Hidalgo",
                     *           "zip": "42501",
                     *           "country": "MEX"
                     *         },
                     *         "is_valid": true,
                     *         "livemode": false,
                     *         "created_at": 1763827200,
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "owner": "user_Vb4Nq8Ls2YtR",
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            /** @description Client created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Client created successfully",
                     *       "data": {
                     *         "id": "client_8Zr2XwQk1pLm",
                     *         "name": "Escuela Kemper Urgate",
                     *         "legal_name": "ESCUELA KEMPER URGATE",
                     *         "company": "Escuela Kemper Urgate",
                     *         "email": "facturacion@kemperurgate.edu.mx",
                     *         "phone": "+52 771 123 4567",
                     *         "bcc": [
                     *           "contabilidad@kemperurgate.edu.mx"
                     *         ],
                     *         "tax_id": "EKU9003173C9",
                     *         "tax_system": "601",
                     *         "use": "G03",
                     *         "address": {
                     *           "street": "Av. Hidalgo 120",
                     *           "neighborhood": "Centro",
                     *           "city": "Actopan",
                     *           "municipality": "Actopan",
                     *           "state": "Hidalgo",
                     *           "zip": "42501",
                     *           "country": "MEX"
                     *         },
                     *         "metadata": {
                     *           "crm_id": "HUB-20931"
                     *         },
                     *         "defaults": {
                     *           "keep_full_legal_name": false,
                     *           "issue_automatic_invoices": false,
                     *           "issue_invoiceable_receipts": true
                     *         },
                     *         "is_valid": true,
                     *         "livemode": false,
                     *         "created_at": 1764000000,
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "owner": "user_Vb4Nq8Ls2YtR",
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchClients: {
        parameters: {
            query: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /**
                 * @description Free-text search term (name, RFC, e-mail or UUID, depending on the resource).
                 * @example kemper
                 */
                q: components["parameters"]["SearchQuery"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "client_5Pw9RbXe3MkS",
                     *           "name": "Karla Fuente",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "email": "karla.fuente@outlook.com",
                     *           "tax_id": "FUNK671228PH6",
                     *           "tax_system": "612",
                     *           "use": "G03",
                     *           "created_at": 1763740800
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null,
                     *       "found": 1,
                     *       "page": 1,
                     *       "per_page": 10
                     *     }
                     */
                    "application/json": components["schemas"]["SearchEnvelope"] & {
                        data: (components["schemas"]["Client"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getClient: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Client retrieved successfully",
                     *       "data": {
                     *         "id": "client_3Tq7VnYc5JhD",
                     *         "name": "Xochilt Casas",
                     *         "legal_name": "XOCHILT CASAS CHAVEZ",
                     *         "company": "Casas Diseño Editorial",
                     *         "email": "xochilt.casas@gmail.com",
                     *         "phone": "+52 55 5595 1204",
                     *         "tax_id": "CACX7605101P8",
                     *         "tax_system": "612",
                     *         "use": "I04",
                     *         "address": {
                     *           "street": "Calle Ocotepec 45 Int. 3",
                     *           "neighborhood": "San Jerónimo Lídice",
                     *           "city": "Ciudad de México",
                     *           "municipality": "La Magdalena Contreras",
                     *           "state": "Ciudad de México",
                     *           "zip": "10740",
                     *           "country": "MEX"
                     *         },
                     *         "metadata": {
                     *           "segment": "freelance"
                     *         },
                     *         "is_valid": true,
                     *         "efos": {
                     *           "is_valid": true
                     *         },
                     *         "livemode": false,
                     *         "created_at": 1763913600,
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "owner": "user_Vb4Nq8Ls2YtR",
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateClient: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "pagos@casasdiseno.mx",
                 *       "phone": "+52 55 5595 1204",
                 *       "use": "G03",
                 *       "address": {
                 *         "street": "Calle Ocotepec",
                 *         "exterior": "45",
                 *         "interior": "3",
                 *         "neighborhood": "San Jerónimo Lídice",
                 *         "municipality": "La Magdalena Contreras",
                 *         "city": "Ciudad de México",
                 *         "state": "Ciudad de México",
                 *         "zip": "10740",
                 *         "country": "Mexico"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ClientUpdateInput"];
            };
        };
        responses: {
            /** @description The updated client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Client updated successfully",
                     *       "data": {
                     *         "id": "client_3Tq7VnYc5JhD",
                     *         "name": "Xochilt Casas",
                     *         "legal_name": "XOCHILT CASAS CHAVEZ",
                     *         "email": "pagos@casasdiseno.mx",
                     *         "phone": "+52 55 5595 1204",
                     *         "tax_id": "CACX7605101P8",
                     *         "tax_system": "612",
                     *         "use": "G03",
                     *         "address": {
                     *           "street": "Calle Ocotepec 45 Int. 3",
                     *           "neighborhood": "San Jerónimo Lídice",
                     *           "city": "Ciudad de México",
                     *           "municipality": "La Magdalena Contreras",
                     *           "state": "Ciudad de México",
                     *           "zip": "10740",
                     *           "country": "MEX"
                     *         },
                     *         "is_valid": true,
                     *         "livemode": false,
                     *         "created_at": 1763913600,
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "owner": "user_Vb4Nq8Ls2YtR",
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteClient: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    validateClient: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Validation result (shape partly known, §3.17). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {
                     *         "fiscal_validation": {
                     *           "status": "valid",
                     *           "message": "Datos fiscales validados con el SAT"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["ClientValidation"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getClientPortalToken: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "client_8Zr2XwQk1pLm"
                 *     }
                 */
                "application/json": components["schemas"]["ClientPortalTokenInput"];
            };
        };
        responses: {
            /** @description Portal session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {
                     *         "url": "https://portal.gigstack.pro/portal_7hQm2ZxK9wLp",
                     *         "expires_at": 1764432000
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["PortalSession"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    stampClientPendingReceipts: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stamping summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Pending receipts processed",
                     *       "data": {
                     *         "stamped": 2,
                     *         "failed": 1,
                     *         "remaining": 0,
                     *         "results": [
                     *           {
                     *             "id": "receipt_Gx2Lm9QwT4hZ",
                     *             "status": "stamped"
                     *           },
                     *           {
                     *             "id": "receipt_Jd7Rk3VpN8sC",
                     *             "status": "stamped"
                     *           },
                     *           {
                     *             "id": "receipt_Ye5Wn1BfH6qA",
                     *             "status": "failed"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["PendingReceiptsSummary"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadClientCsf: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /**
                 * @description Update this client from the CSF; omit to create a new client.
                 * @example client_8Zr2XwQk1pLm
                 */
                client_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "<contents of the document file>"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["ClientCsfUpload"];
            };
        };
        responses: {
            /** @description The client created or updated from the CSF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Client created from CSF",
                     *       "data": {
                     *         "id": "client_6Hs4KtZw8RmE",
                     *         "name": "OSCAR KALA HAAK",
                     *         "legal_name": "OSCAR KALA HAAK",
                     *         "tax_id": "KAHO641101B39",
                     *         "tax_system": "612",
                     *         "address": {
                     *           "zip": "36257",
                     *           "state": "Guanajuato",
                     *           "country": "MEX"
                     *         },
                     *         "is_valid": true,
                     *         "livemode": false,
                     *         "created_at": 1764000000,
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listClientSupportDocuments: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's support documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Support documents retrieved successfully",
                     *       "timestamp": "2025-11-24T16:05:00.000Z",
                     *       "data": [
                     *         {
                     *           "id": "doc_4Hn8Qw2ZkLp7",
                     *           "document_type": "contract",
                     *           "name": "Contrato de prestación de servicios 2025",
                     *           "file_url": "https://storage.googleapis.com/gigstack-support-documents/team_9fKq2LmA7xRt/doc_4Hn8Qw2ZkLp7.pdf",
                     *           "file_name": "contrato-servicios-2025.pdf",
                     *           "file_size": 248576,
                     *           "mime_type": "application/pdf",
                     *           "compliance_status": "valid",
                     *           "valid_from": null,
                     *           "valid_until": null,
                     *           "created_at": 1764000000000,
                     *           "created_by": "user_Vb4Nq8Ls2YtR",
                     *           "updated_at": 1764000300000
                     *         },
                     *         {
                     *           "id": "doc_9Tc1Xe6MbVr3",
                     *           "document_type": "delivery_proof",
                     *           "name": "Acta de entrega noviembre",
                     *           "file_url": "https://storage.googleapis.com/gigstack-support-documents/team_9fKq2LmA7xRt/doc_9Tc1Xe6MbVr3.jpg",
                     *           "file_name": "acta-entrega-nov.jpg",
                     *           "file_size": 812344,
                     *           "mime_type": "image/jpeg",
                     *           "compliance_status": "pending_review",
                     *           "created_at": 1764000200000,
                     *           "created_by": "user_Vb4Nq8Ls2YtR",
                     *           "updated_at": 1764000200000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: (components["schemas"]["SupportDocument"] | null)[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadClientSupportDocument: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "<contents of the document file>",
                 *       "documentType": "contract",
                 *       "name": "Contrato de servicios 2025",
                 *       "description": "Contrato firmado con el cliente"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["SupportDocumentUpload"];
            };
        };
        responses: {
            /** @description The stored support document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Support document uploaded successfully",
                     *       "timestamp": "2025-11-24T16:00:00.000Z",
                     *       "data": {
                     *         "id": "doc_4Hn8Qw2ZkLp7",
                     *         "document_type": "contract",
                     *         "name": "Contrato de prestación de servicios 2025",
                     *         "description": "Contrato anual de soporte y mantenimiento",
                     *         "file_url": "https://storage.googleapis.com/gigstack-support-documents/team_9fKq2LmA7xRt/doc_4Hn8Qw2ZkLp7.pdf",
                     *         "file_name": "contrato-servicios-2025.pdf",
                     *         "file_size": 248576,
                     *         "mime_type": "application/pdf",
                     *         "compliance_status": "pending_review",
                     *         "valid_from": null,
                     *         "valid_until": null,
                     *         "created_at": 1764000000000,
                     *         "created_by": "user_Vb4Nq8Ls2YtR",
                     *         "updated_at": 1764000000000,
                     *         "linked_entities": [
                     *           {
                     *             "entity_type": "client",
                     *             "entity_id": "client_8Zr2XwQk1pLm",
                     *             "linked_at": 1764000000000
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SupportDocument"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Services retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "service_Qm4Zt7Lk2WpX",
                     *           "description": "Consultoría en procesos administrativos",
                     *           "sku": "CONS-HR",
                     *           "product_key": "80101500",
                     *           "unit_key": "E48",
                     *           "unit_name": "Unidad de servicio",
                     *           "unit_price": 1500,
                     *           "taxability": "02",
                     *           "taxes": [
                     *             {
                     *               "type": "IVA",
                     *               "rate": 0.16,
                     *               "factor": "Tasa",
                     *               "withholding": false,
                     *               "inclusive": false
                     *             }
                     *           ],
                     *           "team": "team_9fKq2LmA7xRt",
                     *           "created_at": 1764000000,
                     *           "from": "api"
                     *         }
                     *       ],
                     *       "next": null,
                     *       "has_more": false,
                     *       "total_results": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Service"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createService: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Consultoría en procesos administrativos",
                 *       "unit_price": 1500,
                 *       "sku": "CONS-HR",
                 *       "product_key": "80101500",
                 *       "unit_key": "E48",
                 *       "unit_name": "Unidad de servicio",
                 *       "quantity": 1,
                 *       "taxability": "02",
                 *       "taxes": [
                 *         {
                 *           "type": "IVA",
                 *           "rate": 0.16,
                 *           "factor": "Tasa",
                 *           "withholding": false,
                 *           "inclusive": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceCreateInput"];
            };
        };
        responses: {
            /** @description The created service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Service created successfully",
                     *       "data": {
                     *         "id": "service_Qm4Zt7Lk2WpX",
                     *         "description": "Consultoría en procesos administrativos",
                     *         "sku": "CONS-HR",
                     *         "product_key": "80101500",
                     *         "unit_key": "E48",
                     *         "unit_name": "Unidad de servicio",
                     *         "unit_price": 1500,
                     *         "quantity": 1,
                     *         "taxability": "02",
                     *         "taxes": [
                     *           {
                     *             "type": "IVA",
                     *             "rate": 0.16,
                     *             "factor": "Tasa",
                     *             "withholding": false,
                     *             "inclusive": false
                     *           }
                     *         ],
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "created_at": 1764000000,
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Service"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getService: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Service retrieved successfully",
                     *       "data": {
                     *         "id": "service_Rk8Np3Hd6YvB",
                     *         "description": "Honorarios por asesoría contable",
                     *         "sku": "ASE-CONT",
                     *         "product_key": "84111500",
                     *         "unit_key": "E48",
                     *         "unit_name": "Unidad de servicio",
                     *         "unit_price": 5000,
                     *         "taxability": "02",
                     *         "taxes": [
                     *           {
                     *             "type": "IVA",
                     *             "rate": 0.16,
                     *             "factor": "Tasa",
                     *             "withholding": false
                     *           },
                     *           {
                     *             "type": "ISR",
                     *             "rate": 0.1,
                     *             "factor": "Tasa",
                     *             "withholding": true
                     *           },
                     *           {
                     *             "type": "IVA",
                     *             "rate": 0.106667,
                     *             "factor": "Tasa",
                     *             "withholding": true
                     *           }
                     *         ],
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "created_at": 1763913600,
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Service"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateService: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unit_price": 1750,
                 *       "description": "Consultoría en procesos administrativos (hora)",
                 *       "unit_key": "HUR",
                 *       "unit_name": "Hora"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceUpdateInput"];
            };
        };
        responses: {
            /** @description The updated service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Service updated successfully",
                     *       "data": {
                     *         "id": "service_Qm4Zt7Lk2WpX",
                     *         "description": "Consultoría en procesos administrativos (hora)",
                     *         "sku": "CONS-HR",
                     *         "product_key": "80101500",
                     *         "unit_key": "HUR",
                     *         "unit_name": "Hora",
                     *         "unit_price": 1750,
                     *         "taxability": "02",
                     *         "taxes": [
                     *           {
                     *             "type": "IVA",
                     *             "rate": 0.16,
                     *             "factor": "Tasa",
                     *             "withholding": false,
                     *             "inclusive": false
                     *           }
                     *         ],
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "created_at": 1764000000,
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Service"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteService: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPaymentComplementInvoices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Invoice status filter. Known values: n8n sends `valid`, `canceled`, `pending`; the CLI
                 *     `valid`, `cancelled`. Both cancellation spellings exist (§6 #10), so the type is open.
                 */
                status?: components["parameters"]["InvoiceStatusQuery"];
                /** @description Only invoices of this client (`client_…`). */
                client_id?: components["parameters"]["InvoiceClientIdQuery"];
                /** @description Only invoices of this series (e.g. `A`). Sent by the CLI on income invoices. */
                series?: components["parameters"]["InvoiceSeriesQuery"];
                /** @description Only complements that pay this PPD invoice (its CFDI UUID). */
                invoice_id?: components["parameters"]["InvoiceRelatedInvoiceIdQuery"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
                /**
                 * @description `created[gte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
                 *     the two.
                 */
                created_gte?: components["parameters"]["CreatedGteUnderscore"];
                /**
                 * @description `created[lte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
                 *     the two.
                 */
                created_lte?: components["parameters"]["CreatedLteUnderscore"];
                /**
                 * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
                 *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
                 *     this object that way. Declared as a form-exploded object so that the keys are free.
                 */
                metadata?: components["parameters"]["Metadata"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payment complements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoices retrieved successfully",
                     *       "data": [
                     *         {
                     *           "uuid": "3c8a1f5e-6d2b-4e9a-a7c4-8b0d2f6e1a93",
                     *           "client": {
                     *             "id": "client_4HnY7cPw2sDe",
                     *             "name": "KARLA FUENTE NOLASCO",
                     *             "legal_name": "KARLA FUENTE NOLASCO",
                     *             "tax_id": "FUNK671228PH6"
                     *           },
                     *           "series": "P",
                     *           "folio_number": 311,
                     *           "invoice_type": "P",
                     *           "currency": "XXX",
                     *           "subtotal": 0,
                     *           "total": 0,
                     *           "status": "valid",
                     *           "created_at": 1764172800
                     *         }
                     *       ],
                     *       "next": null,
                     *       "has_more": false,
                     *       "total_results": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Invoice"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createPaymentComplementInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "id": "client_8Zr2XwQk1pLm"
                 *       },
                 *       "payment_form": "03",
                 *       "currency": "MXN",
                 *       "exchange_rate": 1,
                 *       "payment_date": 1764000000,
                 *       "invoices": [
                 *         {
                 *           "uuid": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                 *           "amount": 5800,
                 *           "installment": 1,
                 *           "last_balance": 11600
                 *         }
                 *       ],
                 *       "series": "P",
                 *       "send_email": true,
                 *       "metadata": {
                 *         "order_id": "ORD-2025-1187"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PaymentComplementInvoiceInput"];
            };
        };
        responses: {
            /** @description The stamped payment complement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice created successfully",
                     *       "data": {
                     *         "uuid": "9b1e4f2a-3c5d-4e6f-8a7b-1c2d3e4f5a6b",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "Escuela Kemper Urgate",
                     *           "legal_name": "ESCUELA KEMPER URGATE",
                     *           "email": "pagos@kemper.edu.mx",
                     *           "tax_id": "EKU9003173C9"
                     *         },
                     *         "status": "stamped",
                     *         "invoice_type": "P",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "total": 5800,
                     *         "subtotal": 0,
                     *         "series": "P",
                     *         "folio_number": 58,
                     *         "payment_form": "03",
                     *         "use": "CP01",
                     *         "created_at": 1764000000,
                     *         "livemode": false,
                     *         "owner": "user_4Hq8ZtL2mWx9",
                     *         "team": "team_9fKq2LmA7xRt"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listTransferInvoices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transfer CFDIs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoices retrieved successfully",
                     *       "data": [
                     *         {
                     *           "uuid": "2c7d9e1f-4a6b-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "client": {
                     *             "id": "client_3Tn7VbQ2sKd8",
                     *             "name": "Xenon Industrial Articles",
                     *             "tax_id": "XIA190128J61"
                     *           },
                     *           "folio_number": 12,
                     *           "series": "T",
                     *           "invoice_type": "T",
                     *           "total": 0,
                     *           "subtotal": 0,
                     *           "taxes": 0,
                     *           "currency": "XXX",
                     *           "status": "valid",
                     *           "created_at": 1764000000,
                     *           "stamp": {
                     *             "stamp_at": 1764000004,
                     *             "sello": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1x"
                     *           }
                     *         }
                     *       ],
                     *       "next": "eyJsYXN0IjoiMmM3ZDllMWYifQ",
                     *       "has_more": true,
                     *       "total_results": 14
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Invoice"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTransferInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "id": "client_3Tn7VbQ2sKd8"
                 *       },
                 *       "use": "S01",
                 *       "currency": "XXX",
                 *       "exports": "01",
                 *       "items": [
                 *         {
                 *           "description": "Traslado de mercancía propia a sucursal Querétaro",
                 *           "quantity": 40,
                 *           "unit_price": 0,
                 *           "product_key": "31161500",
                 *           "unit_key": "H87",
                 *           "unit_name": "Pieza",
                 *           "taxability": "01"
                 *         }
                 *       ],
                 *       "series": "T",
                 *       "send_email": false
                 *     }
                 */
                "application/json": components["schemas"]["TransferInvoiceInput"];
            };
        };
        responses: {
            /** @description The stamped transfer CFDI. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice created successfully",
                     *       "data": {
                     *         "uuid": "2c7d9e1f-4a6b-4c8d-9e0f-1a2b3c4d5e6f",
                     *         "client": {
                     *           "id": "client_3Tn7VbQ2sKd8",
                     *           "name": "Xenon Industrial Articles",
                     *           "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "stamped",
                     *         "invoice_type": "T",
                     *         "currency": "XXX",
                     *         "total": 0,
                     *         "subtotal": 0,
                     *         "series": "T",
                     *         "folio_number": 12,
                     *         "use": "S01",
                     *         "items": [
                     *           {
                     *             "id": "item_7Yp3Kd9QwL2m",
                     *             "description": "Traslado de mercancía propia a sucursal Querétaro",
                     *             "quantity": 40,
                     *             "unit_price": 0,
                     *             "product_key": "31161500",
                     *             "unit_key": "H87",
                     *             "unit_name": "Pieza"
                     *           }
                     *         ],
                     *         "created_at": 1764000000,
                     *         "livemode": false,
                     *         "owner": "user_4Hq8ZtL2mWx9"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTransferInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer CFDI. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice retrieved successfully",
                     *       "data": {
                     *         "uuid": "2c7d9e1f-4a6b-4c8d-9e0f-1a2b3c4d5e6f",
                     *         "client": {
                     *           "id": "client_3Tn7VbQ2sKd8",
                     *           "name": "Xenon Industrial Articles",
                     *           "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "valid",
                     *         "invoice_type": "T",
                     *         "currency": "XXX",
                     *         "total": 0,
                     *         "subtotal": 0,
                     *         "series": "T",
                     *         "folio_number": 12,
                     *         "use": "S01",
                     *         "created_at": 1764000000,
                     *         "livemode": false,
                     *         "owner": "user_4Hq8ZtL2mWx9"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createIncomeInvoiceBatch: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header: {
                /**
                 * @description Caller-chosen key that makes the batch submission safe to repeat: send the same key
                 *     (and the same per-invoice `idempotency_key`s) when retrying. 8–128 characters from
                 *     `[A-Za-z0-9._:-]` [cli-next, validated by the CLI before sending]. Declared required
                 *     because CLI-next always sends one and the SDK must never invent it; server-side
                 *     optionality, TTL and replay semantics are unknown.
                 * @example batch-2025-11-income-0001
                 */
                "Idempotency-Key": components["parameters"]["IncomeInvoiceBatchIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoices": [
                 *         {
                 *           "idempotency_key": "nov-2025-client_8Zr2XwQk1pLm",
                 *           "client": {
                 *             "id": "client_8Zr2XwQk1pLm"
                 *           },
                 *           "items": [
                 *             {
                 *               "description": "Colegiatura noviembre 2025",
                 *               "quantity": 1,
                 *               "unit_price": 10000,
                 *               "product_key": "86121700",
                 *               "unit_key": "E48",
                 *               "taxability": "02",
                 *               "taxes": [
                 *                 {
                 *                   "type": "IVA",
                 *                   "rate": 0.16,
                 *                   "factor": "Tasa",
                 *                   "withholding": false
                 *                 }
                 *               ]
                 *             }
                 *           ],
                 *           "payment_form": "03",
                 *           "payment_method": "PUE",
                 *           "use": "G03",
                 *           "currency": "MXN"
                 *         },
                 *         {
                 *           "idempotency_key": "nov-2025-client_5Kd2PqW8zLx4",
                 *           "client": {
                 *             "search": {
                 *               "on_key": "tax_id",
                 *               "on_value": "CACX7605101P8",
                 *               "auto_create": true
                 *             },
                 *             "legal_name": "XOCHILT CASAS CHAVEZ",
                 *             "tax_id": "CACX7605101P8",
                 *             "tax_system": "612",
                 *             "use": "G03",
                 *             "email": "xochilt.casas@example.com",
                 *             "address": {
                 *               "zip": "10740",
                 *               "country": "Mexico"
                 *             }
                 *           },
                 *           "items": [
                 *             {
                 *               "description": "Asesoría contable noviembre 2025",
                 *               "quantity": 1,
                 *               "unit_price": 2500,
                 *               "product_key": "84111500",
                 *               "unit_key": "E48",
                 *               "taxability": "02",
                 *               "taxes": [
                 *                 {
                 *                   "type": "IVA",
                 *                   "rate": 0.16,
                 *                   "factor": "Tasa",
                 *                   "withholding": false
                 *                 }
                 *               ]
                 *             }
                 *           ],
                 *           "payment_form": "99",
                 *           "payment_method": "PPD",
                 *           "use": "G03",
                 *           "currency": "MXN"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IncomeInvoiceBatchInput"];
            };
        };
        responses: {
            /** @description The batch was accepted; stamping continues asynchronously. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Batch accepted",
                     *       "data": {
                     *         "id": "batch_6Rt2Lp9XqM3w",
                     *         "status": "queued",
                     *         "result": null,
                     *         "rejected": [],
                     *         "counts": {
                     *           "total": 2,
                     *           "pending": 2,
                     *           "stamped": 0,
                     *           "failed": 0
                     *         }
                     *       },
                     *       "timestamp": 1764000000000
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["IncomeInvoiceBatch"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getIncomeInvoiceBatch: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Batch retrieved successfully",
                     *       "data": {
                     *         "id": "batch_6Rt2Lp9XqM3w",
                     *         "status": "completed",
                     *         "result": "partial",
                     *         "rejected": [],
                     *         "counts": {
                     *           "total": 2,
                     *           "pending": 0,
                     *           "stamped": 1,
                     *           "needs_review": 1,
                     *           "failed": 0
                     *         }
                     *       },
                     *       "timestamp": 1764000360000
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["IncomeInvoiceBatch"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listIncomeInvoiceBatchItems: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /**
                 * @description Only items in this state. `needs_review` is the only value seen [cli-next]; the
                 *     other examples are assumptions, so the type is an open string.
                 */
                status?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of batch items (nested page). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Batch items retrieved successfully",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "idempotency_key": "nov-2025-client_5Kd2PqW8zLx4",
                     *             "index": 1,
                     *             "status": "needs_review",
                     *             "error": "CFDI40147 - El campo UsoCFDI no corresponde con el régimen fiscal del receptor"
                     *           }
                     *         ],
                     *         "next": "eyJpbmRleCI6MX0",
                     *         "has_more": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["IncomeInvoiceBatchItemPage"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    importInvoiceXml: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "filename": "A-1024.xml",
                 *           "xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cfdi:Comprobante xmlns:cfdi=\"http://www.sat.gob.mx/cfd/4\" Version=\"4.0\" Serie=\"A\" Folio=\"1024\" TipoDeComprobante=\"I\" Moneda=\"MXN\" SubTotal=\"10000.00\" Total=\"11600.00\" Exportacion=\"01\" LugarExpedicion=\"42501\">…</cfdi:Comprobante>"
                 *         },
                 *         {
                 *           "filename": "A-1025.xml",
                 *           "content": "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4="
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceXmlImportInput"];
            };
        };
        responses: {
            /**
             * @description Import finished. `success` is `false` when files were not imported (at least when
             *     none was; whether a partial import also says `false` is unknown).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "message": "Some files could not be imported",
                     *       "data": {
                     *         "summary": {
                     *           "imported": 0,
                     *           "not_imported": 1
                     *         },
                     *         "results": [
                     *           {
                     *             "filename": "A-1025.xml",
                     *             "success": false,
                     *             "error": "El XML no contiene el complemento TimbreFiscalDigital"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceXmlImportEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listSatInvoices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Cursor — the `next` value of the previous page. */
                starting_after?: string;
                /**
                 * @description First issue date to include, `YYYY-MM-DD`.
                 * @example 2025-11-01
                 */
                from?: string;
                /**
                 * @description Last issue date to include, `YYYY-MM-DD`.
                 * @example 2025-11-30
                 */
                to?: string;
                /** @description `issued` (emitidas by the team's RFC) or `received` (recibidas). */
                direction?: "issued" | "received";
                /** @description SAT status of the CFDI. Known values `Vigente` and `Cancelado` (SAT spelling, capitalised). */
                status?: string;
                /** @description SAT c_TipoDeComprobante; `N` (nómina) is possible here although gigstack does not issue it. */
                invoice_type?: "I" | "E" | "P" | "N" | "T";
                /**
                 * @description Issuer (emisor) RFC.
                 * @example XIA190128J61
                 */
                issuer_rfc?: string;
                /**
                 * @description Receiver (receptor) RFC.
                 * @example EKU9003173C9
                 */
                receiver_rfc?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SAT invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "SAT invoices retrieved successfully",
                     *       "data": [
                     *         {
                     *           "uuid": "7e3a9c41-2b5d-4f8e-a1c6-0d9b8e7f6a52",
                     *           "direction": "received",
                     *           "invoice_type": "I",
                     *           "issuer": {
                     *             "rfc": "XIA190128J61",
                     *             "name": "XENON INDUSTRIAL ARTICLES"
                     *           },
                     *           "receiver": {
                     *             "rfc": "EKU9003173C9",
                     *             "name": "ESCUELA KEMPER URGATE"
                     *           },
                     *           "total": 11600,
                     *           "currency": "MXN",
                     *           "status": "Vigente",
                     *           "resource_status": "downloaded",
                     *           "issue_date": "2025-11-20T17:32:10"
                     *         }
                     *       ],
                     *       "next": "7e3a9c41-2b5d-4f8e-a1c6-0d9b8e7f6a52",
                     *       "has_more": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["SatInvoice"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSatInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description CFDI UUID (folio fiscal) of the mirrored invoice.
                 * @example 7e3a9c41-2b5d-4f8e-a1c6-0d9b8e7f6a52
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SAT invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "SAT invoice retrieved successfully",
                     *       "data": {
                     *         "uuid": "7e3a9c41-2b5d-4f8e-a1c6-0d9b8e7f6a52",
                     *         "direction": "received",
                     *         "invoice_type": "I",
                     *         "issuer": {
                     *           "rfc": "XIA190128J61",
                     *           "name": "XENON INDUSTRIAL ARTICLES"
                     *         },
                     *         "receiver": {
                     *           "rfc": "EKU9003173C9",
                     *           "name": "ESCUELA KEMPER URGATE"
                     *         },
                     *         "subtotal": 10000,
                     *         "total": 11600,
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "series": "F",
                     *         "folio": "2291",
                     *         "status": "Vigente",
                     *         "resource_status": "downloaded",
                     *         "has_xml": true,
                     *         "issue_date": "2025-11-20T17:32:10",
                     *         "stamp_date": "2025-11-20T17:32:14",
                     *         "cancellation_date": null,
                     *         "pac_rfc": "SAT970701NN3",
                     *         "version": "4.0",
                     *         "certificate_number": "30001000000500003416"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SatInvoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    retrySatInvoiceXml: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description CFDI UUID (folio fiscal) of the mirrored invoice.
                 * @example 7e3a9c41-2b5d-4f8e-a1c6-0d9b8e7f6a52
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The XML was downloaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "XML descargado correctamente",
                     *       "data": {
                     *         "credit_charged": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SatXmlRetryResult"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The download provider (PAC/SAT gateway) failed or timed out [cli]. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "El proveedor de descarga no respondió a tiempo",
                     *       "error": "external_service_error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    generateSatInvoicePdf: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description CFDI UUID (folio fiscal) of the mirrored invoice.
                 * @example 7e3a9c41-2b5d-4f8e-a1c6-0d9b8e7f6a52
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, base64 in `pdf`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "PDF generated successfully",
                     *       "pdf": "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK"
                     *     }
                     */
                    "application/json": components["schemas"]["SatInvoicePdf"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSatDownloadActivationStatus: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Activation status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Activation status retrieved successfully",
                     *       "data": {
                     *         "status": "needs_addon",
                     *         "planIncludesFeature": false,
                     *         "isActivated": false,
                     *         "pricing": {
                     *           "perDownload": "$0.20 MXN",
                     *           "addonMonthly": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SatDownloadActivationStatus"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    activateSatDownload: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Activated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Descarga Masiva activada",
                     *       "data": {
                     *         "type": "included"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SatDownloadActivation"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deactivateSatDownload: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Descarga Masiva desactivada",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSatDownloadSchedule: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule and connection state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Schedule retrieved successfully",
                     *       "data": {
                     *         "fiel_uploaded": true,
                     *         "registered": true,
                     *         "sat_completed": true,
                     *         "sync_start_date": "2025-01-01",
                     *         "schedule": {
                     *           "enabled": true,
                     *           "time": "21:00",
                     *           "downloadTypes": [
                     *             "issued",
                     *             "received"
                     *           ],
                     *           "daysBack": 7,
                     *           "lastRunAt": 1763953200,
                     *           "lastRunStatus": "completed"
                     *         },
                     *         "prodigia": {
                     *           "synced": true,
                     *           "sync_from": "2025-01-01",
                     *           "last_sync": "2025-11-24T03:00:12Z",
                     *           "monthly_cap": 5000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SatDownloadSchedule"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    saveSatDownloadSchedule: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true,
                 *       "time": "21:00",
                 *       "download_types": [
                 *         "issued",
                 *         "received"
                 *       ],
                 *       "days_back": 7
                 *     }
                 */
                "application/json": components["schemas"]["SatDownloadScheduleInput"];
            };
        };
        responses: {
            /** @description Saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Configuración guardada",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSatDownloadHistory: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent download requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "History retrieved successfully",
                     *       "data": {
                     *         "history": [
                     *           {
                     *             "id": "req_8Vq3Ld7TzP1k",
                     *             "rfcType": "received",
                     *             "startDate": "2025-11-17",
                     *             "endDate": "2025-11-23",
                     *             "status": "completed",
                     *             "invoiceCount": 42,
                     *             "processedCount": 42,
                     *             "source": "schedule",
                     *             "createdAt": 1763953200
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SatDownloadHistory"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadFielCredentials: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cert": "<contents of the .cer file>",
                 *       "key": "<contents of the .key file>",
                 *       "password": "12345678a",
                 *       "phone": "+52 55 1234 5678"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["FielCredentialsUpload"];
            };
        };
        responses: {
            /** @description FIEL stored; SAT registration started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "FIEL uploaded successfully",
                     *       "data": {},
                     *       "timestamp": 1764000000000
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listIncomeInvoices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Invoice status filter. Known values: n8n sends `valid`, `canceled`, `pending`; the CLI
                 *     `valid`, `cancelled`. Both cancellation spellings exist (§6 #10), so the type is open.
                 */
                status?: components["parameters"]["InvoiceStatusQuery"];
                /** @description Only invoices of this client (`client_…`). */
                client_id?: components["parameters"]["InvoiceClientIdQuery"];
                /** @description Only invoices of this series (e.g. `A`). Sent by the CLI on income invoices. */
                series?: components["parameters"]["InvoiceSeriesQuery"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
                /**
                 * @description `created[gte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
                 *     the two.
                 */
                created_gte?: components["parameters"]["CreatedGteUnderscore"];
                /**
                 * @description `created[lte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
                 *     the two.
                 */
                created_lte?: components["parameters"]["CreatedLteUnderscore"];
                /**
                 * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
                 *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
                 *     this object that way. Declared as a form-exploded object so that the keys are free.
                 */
                metadata?: components["parameters"]["Metadata"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of income invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoices retrieved successfully",
                     *       "data": [
                     *         {
                     *           "uuid": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                     *           "client": {
                     *             "id": "client_8Zr2XwQk1pLm",
                     *             "name": "XENON INDUSTRIAL ARTICLES",
                     *             "tax_id": "XIA190128J61"
                     *           },
                     *           "folio_number": 1042,
                     *           "series": "A",
                     *           "invoice_type": "I",
                     *           "total": 11600,
                     *           "subtotal": 10000,
                     *           "taxes": 1600,
                     *           "currency": "MXN",
                     *           "payment_method": "PUE",
                     *           "status": "valid",
                     *           "created_at": 1764000000,
                     *           "stamp": {
                     *             "stamp_at": 1764000003,
                     *             "sello": "kH2x9QmB7vT3LwN8pR5sYcD1fJ6gZa0eUoI4Vn+Xb/Mt=="
                     *           }
                     *         },
                     *         {
                     *           "uuid": "0b7e4d2c-9a13-4f6e-8c25-7d1a3e9f4b68",
                     *           "client": {
                     *             "id": "client_4HnY7cPw2sDe",
                     *             "name": "KARLA FUENTE NOLASCO",
                     *             "tax_id": "FUNK671228PH6"
                     *           },
                     *           "folio_number": 1041,
                     *           "series": "A",
                     *           "invoice_type": "I",
                     *           "total": 4060,
                     *           "subtotal": 3500,
                     *           "taxes": 560,
                     *           "currency": "MXN",
                     *           "payment_method": "PPD",
                     *           "status": "valid",
                     *           "created_at": 1763913600,
                     *           "stamp": {
                     *             "stamp_at": 1763913602,
                     *             "sello": "Qe7Lp2Wz9Kd4Rt6Yb1Nc8Vx3Hm5Fs0Ga+Ju/Io=="
                     *           }
                     *         }
                     *       ],
                     *       "next": "eyJ0aW1lc3RhbXAiOjE3NjM5MTM2MDB9",
                     *       "has_more": true,
                     *       "total_results": 57
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Invoice"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createIncomeInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "id": "client_8Zr2XwQk1pLm"
                 *       },
                 *       "items": [
                 *         {
                 *           "description": "Desarrollo de software a la medida",
                 *           "quantity": 2,
                 *           "unit_price": 5000,
                 *           "product_key": "81111500",
                 *           "unit_key": "E48",
                 *           "unit_name": "Unidad de servicio",
                 *           "taxability": "02",
                 *           "taxes": [
                 *             {
                 *               "type": "IVA",
                 *               "rate": 0.16,
                 *               "factor": "Tasa",
                 *               "withholding": false
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "payment_form": "03",
                 *       "payment_method": "PUE",
                 *       "use": "G03",
                 *       "currency": "MXN",
                 *       "series": "A",
                 *       "send_email": true,
                 *       "emails": [
                 *         "cuentasporpagar@xenon-industrial.mx"
                 *       ],
                 *       "metadata": {
                 *         "order_id": "ORD-2025-11-0042"
                 *       },
                 *       "idempotency_key": "inv-ORD-2025-11-0042"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceIncomeInput"];
            };
        };
        responses: {
            /** @description The stamped invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice created successfully",
                     *       "data": {
                     *         "uuid": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "XENON INDUSTRIAL ARTICLES",
                     *           "email": "cuentasporpagar@xenon-industrial.mx",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "stamped",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "total": 11600,
                     *         "subtotal": 10000,
                     *         "taxes": 1600,
                     *         "discount": 0,
                     *         "series": "A",
                     *         "folio_number": 1042,
                     *         "invoice_type": "I",
                     *         "payment_method": "PUE",
                     *         "payment_form": "03",
                     *         "use": "G03",
                     *         "items": [
                     *           {
                     *             "id": "item_Wq3Zp8Lk2Nv5",
                     *             "description": "Desarrollo de software a la medida",
                     *             "quantity": 2,
                     *             "unit_price": 5000,
                     *             "product_key": "81111500",
                     *             "unit_key": "E48"
                     *           }
                     *         ],
                     *         "metadata": {
                     *           "order_id": "ORD-2025-11-0042"
                     *         },
                     *         "created_at": 1764000000,
                     *         "livemode": false,
                     *         "owner": "user_3MvT9qLx2Rk"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getIncomeInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice retrieved successfully",
                     *       "data": {
                     *         "uuid": "0b7e4d2c-9a13-4f6e-8c25-7d1a3e9f4b68",
                     *         "status": "valid",
                     *         "client": {
                     *           "id": "client_4HnY7cPw2sDe",
                     *           "name": "KARLA FUENTE NOLASCO",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "email": "karla.fuente@example.mx",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "invoice_type": "I",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "subtotal": 3500,
                     *         "taxes": 560,
                     *         "total": 4060,
                     *         "payment_method": "PPD",
                     *         "payment_form": "99",
                     *         "use": "G03",
                     *         "series": "A",
                     *         "folio_number": 1041,
                     *         "last_balance": 2030,
                     *         "payment_complements": 1,
                     *         "created_at": 1763913600,
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listEgressInvoices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Invoice status filter. Known values: n8n sends `valid`, `canceled`, `pending`; the CLI
                 *     `valid`, `cancelled`. Both cancellation spellings exist (§6 #10), so the type is open.
                 */
                status?: components["parameters"]["InvoiceStatusQuery"];
                /** @description Only invoices of this client (`client_…`). */
                client_id?: components["parameters"]["InvoiceClientIdQuery"];
                /** @description Only invoices of this series (e.g. `A`). Sent by the CLI on income invoices. */
                series?: components["parameters"]["InvoiceSeriesQuery"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
                /**
                 * @description `created[gte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
                 *     the two.
                 */
                created_gte?: components["parameters"]["CreatedGteUnderscore"];
                /**
                 * @description `created[lte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
                 *     the two.
                 */
                created_lte?: components["parameters"]["CreatedLteUnderscore"];
                /**
                 * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
                 *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
                 *     this object that way. Declared as a form-exploded object so that the keys are free.
                 */
                metadata?: components["parameters"]["Metadata"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of egress invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoices retrieved successfully",
                     *       "data": [
                     *         {
                     *           "uuid": "9d2f6b1a-4c8e-4a7d-b3e5-1f0a6c9e2d47",
                     *           "client": {
                     *             "id": "client_8Zr2XwQk1pLm",
                     *             "name": "XENON INDUSTRIAL ARTICLES",
                     *             "tax_id": "XIA190128J61"
                     *           },
                     *           "folio_number": 87,
                     *           "series": "E",
                     *           "invoice_type": "E",
                     *           "total": 1160,
                     *           "subtotal": 1000,
                     *           "taxes": 160,
                     *           "currency": "MXN",
                     *           "status": "valid",
                     *           "created_at": 1764086400
                     *         }
                     *       ],
                     *       "next": null,
                     *       "has_more": false,
                     *       "total_results": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Invoice"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createEgressInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "id": "client_8Zr2XwQk1pLm"
                 *       },
                 *       "items": [
                 *         {
                 *           "description": "Bonificación por pronto pago, factura A-1042",
                 *           "quantity": 1,
                 *           "unit_price": 1000,
                 *           "product_key": "84111506",
                 *           "unit_key": "ACT",
                 *           "unit_name": "Actividad",
                 *           "taxability": "02",
                 *           "taxes": [
                 *             {
                 *               "type": "IVA",
                 *               "rate": 0.16,
                 *               "factor": "Tasa",
                 *               "withholding": false
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "payment_form": "03",
                 *       "payment_method": "PUE",
                 *       "use": "G02",
                 *       "currency": "MXN",
                 *       "series": "E",
                 *       "related_documents": [
                 *         {
                 *           "relationship": "01",
                 *           "documents": [
                 *             "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90"
                 *           ]
                 *         }
                 *       ],
                 *       "send_email": true,
                 *       "emails": [
                 *         "cuentasporpagar@xenon-industrial.mx"
                 *       ],
                 *       "metadata": {
                 *         "credit_note_reason": "pronto_pago"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceEgressInput"];
            };
        };
        responses: {
            /** @description The stamped egress invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice created successfully",
                     *       "data": {
                     *         "uuid": "9d2f6b1a-4c8e-4a7d-b3e5-1f0a6c9e2d47",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "XENON INDUSTRIAL ARTICLES",
                     *           "email": "cuentasporpagar@xenon-industrial.mx",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "stamped",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "total": 1160,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "discount": 0,
                     *         "series": "E",
                     *         "folio_number": 87,
                     *         "invoice_type": "E",
                     *         "payment_form": "03",
                     *         "use": "G02",
                     *         "items": [
                     *           {
                     *             "id": "item_Rt6Yb1Nc8Vx3",
                     *             "description": "Bonificación por pronto pago, factura A-1042",
                     *             "quantity": 1,
                     *             "unit_price": 1000,
                     *             "product_key": "84111506",
                     *             "unit_key": "ACT"
                     *           }
                     *         ],
                     *         "created_at": 1764086400,
                     *         "livemode": false,
                     *         "owner": "user_3MvT9qLx2Rk"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEgressInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The egress invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice retrieved successfully",
                     *       "data": {
                     *         "uuid": "9d2f6b1a-4c8e-4a7d-b3e5-1f0a6c9e2d47",
                     *         "status": "valid",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "XENON INDUSTRIAL ARTICLES",
                     *           "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "invoice_type": "E",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "total": 1160,
                     *         "payment_form": "03",
                     *         "use": "G02",
                     *         "series": "E",
                     *         "folio_number": 87,
                     *         "created_at": 1764086400,
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listCfdiErrors: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /**
                 * @description Exact SAT/PAC error code, e.g. `CFDI140223`.
                 * @example CFDI140223
                 */
                code?: components["parameters"]["CfdiErrorCodeQuery"];
                /** @description Text search over code, description, explanation and solution. */
                q?: components["parameters"]["CfdiErrorTextQuery"];
                /** @description Which party the error concerns. */
                type?: components["parameters"]["CfdiErrorTypeQuery"];
                /** @description Page size of the CFDI-error catalogue (default 50, unlike the other lists). */
                limit?: components["parameters"]["CfdiErrorLimit"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the CFDI error catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "CFDI errors retrieved successfully",
                     *       "data": [
                     *         {
                     *           "code": "CFDI140223",
                     *           "description": "El RFC del receptor no es válido o no está en la lista de RFC inscritos no cancelados del SAT.",
                     *           "explanation": "El SAT no reconoce el RFC del cliente como activo, o el RFC está mal escrito.",
                     *           "solution": "Verifica el RFC contra la Constancia de Situación Fiscal del cliente y vuelve a timbrar.",
                     *           "type": "receiver"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "limit": 50,
                     *       "timestamp": "2025-11-24T16:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PageListEnvelope"] & {
                        data: (components["schemas"]["CfdiError"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPaymentComplementInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment complement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice retrieved successfully",
                     *       "data": {
                     *         "uuid": "3c8a1f5e-6d2b-4e9a-a7c4-8b0d2f6e1a93",
                     *         "status": "valid",
                     *         "client": {
                     *           "id": "client_4HnY7cPw2sDe",
                     *           "name": "KARLA FUENTE NOLASCO",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "invoice_type": "P",
                     *         "currency": "XXX",
                     *         "subtotal": 0,
                     *         "total": 0,
                     *         "use": "CP01",
                     *         "series": "P",
                     *         "folio_number": 311,
                     *         "created_at": 1764172800,
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "motive": "01",
                 *       "substitution_uuid": "a3b9e6d2-1c4f-4e8a-b7d5-9f2c6e1a0b34"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceCancelInput"];
            };
        };
        responses: {
            /** @description The cancellation was requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice cancelled successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getInvoiceFiles: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Return only this file's URL; omitted, both `pdf` and `xml` are returned. */
                file_type?: components["parameters"]["InvoiceFileTypeQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file URLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice files retrieved successfully",
                     *       "data": {
                     *         "pdf": "https://storage.googleapis.com/gigstack-invoices/team_9fKq2LmA7xRt/5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90.pdf",
                     *         "xml": "https://storage.googleapis.com/gigstack-invoices/team_9fKq2LmA7xRt/5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90.xml"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["InvoiceFiles"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resendInvoiceEmail: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "cuentasporpagar@xenon-industrial.mx",
                 *         "contabilidad@xenon-industrial.mx"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceResendEmailInput"];
            };
        };
        responses: {
            /** @description The e-mail was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice email sent successfully",
                     *       "data": {
                     *         "recipients": [
                     *           "cuentasporpagar@xenon-industrial.mx",
                     *           "contabilidad@xenon-industrial.mx"
                     *         ],
                     *         "attachments": [
                     *           "A-1042.pdf",
                     *           "A-1042.xml"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["InvoiceEmailDelivery"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listInvoiceSupportDocuments: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice's support documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Support documents retrieved successfully",
                     *       "timestamp": "2025-11-24T16:06:00.000Z",
                     *       "data": [
                     *         {
                     *           "id": "doc_7Tq2Lm9Xp4Rz",
                     *           "document_type": "delivery_proof",
                     *           "name": "Acta de entrega noviembre 2025",
                     *           "file_url": "https://storage.googleapis.com/gigstack-documents/team_9fKq2LmA7xRt/doc_7Tq2Lm9Xp4Rz.pdf",
                     *           "file_name": "acta-entrega-nov-2025.pdf",
                     *           "file_size": 284113,
                     *           "mime_type": "application/pdf",
                     *           "compliance_status": "valid",
                     *           "created_at": 1764000312000,
                     *           "updated_at": 1764003900000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: (components["schemas"]["SupportDocument"] | null)[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadInvoiceSupportDocument: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "<contents of the document file>",
                 *       "documentType": "contract",
                 *       "name": "Contrato de servicios 2025",
                 *       "description": "Contrato firmado con el cliente"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["SupportDocumentUpload"];
            };
        };
        responses: {
            /** @description The stored support document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Support document uploaded successfully",
                     *       "timestamp": "2025-11-24T16:05:12.000Z",
                     *       "data": {
                     *         "id": "doc_7Tq2Lm9Xp4Rz",
                     *         "document_type": "delivery_proof",
                     *         "name": "Acta de entrega noviembre 2025",
                     *         "description": "Entrega del módulo de facturación, firmada por el cliente",
                     *         "file_url": "https://storage.googleapis.com/gigstack-documents/team_9fKq2LmA7xRt/doc_7Tq2Lm9Xp4Rz.pdf",
                     *         "file_name": "acta-entrega-nov-2025.pdf",
                     *         "file_size": 284113,
                     *         "mime_type": "application/pdf",
                     *         "compliance_status": "pending_review",
                     *         "created_at": 1764000312000,
                     *         "created_by": "user_3MvT9qLx2Rk",
                     *         "updated_at": 1764000312000,
                     *         "linked_entities": [
                     *           {
                     *             "entity_type": "invoice",
                     *             "entity_id": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                     *             "linked_at": 1764000312000
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SupportDocument"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchInvoices: {
        parameters: {
            query: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /**
                 * @description Free-text search term (name, RFC, e-mail or UUID, depending on the resource).
                 * @example kemper
                 */
                q: components["parameters"]["SearchQuery"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Invoices retrieved successfully",
                     *       "data": [
                     *         {
                     *           "uuid": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                     *           "client": {
                     *             "id": "client_8Zr2XwQk1pLm",
                     *             "name": "XENON INDUSTRIAL ARTICLES",
                     *             "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *             "tax_id": "XIA190128J61"
                     *           },
                     *           "invoice_type": "I",
                     *           "series": "A",
                     *           "folio_number": 1042,
                     *           "total": 11600,
                     *           "currency": "MXN",
                     *           "status": "valid",
                     *           "created_at": 1764000000
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null,
                     *       "found": 1,
                     *       "page": 1,
                     *       "per_page": 10
                     *     }
                     */
                    "application/json": components["schemas"]["SearchEnvelope"] & {
                        data: (components["schemas"]["Invoice"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listDraftInvoices: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of drafts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Drafts retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "k3Jd9QpL2xVm7RtB",
                     *           "draft": true,
                     *           "status": "draft",
                     *           "invoice_type": "I",
                     *           "client": {
                     *             "id": "client_4HnY7cPw2sDe",
                     *             "legal_name": "KARLA FUENTE NOLASCO",
                     *             "tax_id": "FUNK671228PH6"
                     *           },
                     *           "currency": "MXN",
                     *           "total": 4060,
                     *           "created_at": 1764000000000,
                     *           "updated_at": 1764000000000
                     *         }
                     *       ],
                     *       "next": null,
                     *       "has_more": false,
                     *       "total_results": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["InvoiceDraft"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createDraftInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoice_type": "I",
                 *       "client": {
                 *         "id": "client_4HnY7cPw2sDe"
                 *       },
                 *       "items": [
                 *         {
                 *           "description": "Mantenimiento mensual de sitio web, noviembre 2025",
                 *           "quantity": 1,
                 *           "unit_price": 3500,
                 *           "product_key": "81112100",
                 *           "unit_key": "E48",
                 *           "taxability": "02",
                 *           "taxes": [
                 *             {
                 *               "type": "IVA",
                 *               "rate": 0.16,
                 *               "factor": "Tasa",
                 *               "withholding": false
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "payment_form": "99",
                 *       "payment_method": "PPD",
                 *       "use": "G03",
                 *       "currency": "MXN",
                 *       "series": "A"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceDraftInput"];
            };
        };
        responses: {
            /** @description The saved draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Draft created",
                     *       "data": {
                     *         "id": "k3Jd9QpL2xVm7RtB",
                     *         "draft": true,
                     *         "status": "draft",
                     *         "invoice_type": "I",
                     *         "client": {
                     *           "id": "client_4HnY7cPw2sDe",
                     *           "name": "KARLA FUENTE NOLASCO",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "email": "karla.fuente@example.mx",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "subtotal": 3500,
                     *         "taxes": 560,
                     *         "discount": 0,
                     *         "total": 4060,
                     *         "series": "A",
                     *         "folio_number": 0,
                     *         "use": "G03",
                     *         "payment_form": "99",
                     *         "payment_method": "PPD",
                     *         "date": 0,
                     *         "created_at": 1764000000000,
                     *         "updated_at": 1764000000000,
                     *         "livemode": false,
                     *         "owner": "user_3MvT9qLx2Rk",
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["InvoiceDraft"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDraftInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Draft retrieved successfully",
                     *       "data": {
                     *         "id": "k3Jd9QpL2xVm7RtB",
                     *         "draft": true,
                     *         "status": "draft",
                     *         "invoice_type": "I",
                     *         "client": {
                     *           "id": "client_4HnY7cPw2sDe",
                     *           "name": "KARLA FUENTE NOLASCO",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "items": [
                     *           {
                     *             "description": "Mantenimiento mensual de sitio web, noviembre 2025",
                     *             "quantity": 1,
                     *             "unit_price": 3500,
                     *             "product_key": "81112100",
                     *             "unit_key": "E48",
                     *             "taxability": "02",
                     *             "taxes": [
                     *               {
                     *                 "type": "IVA",
                     *                 "rate": 0.16,
                     *                 "factor": "Tasa",
                     *                 "withholding": false
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "subtotal": 3500,
                     *         "taxes": 560,
                     *         "discount": 0,
                     *         "total": 4060,
                     *         "series": "A",
                     *         "folio_number": 0,
                     *         "use": "G03",
                     *         "payment_form": "99",
                     *         "payment_method": "PPD",
                     *         "date": 0,
                     *         "created_at": 1764000000000,
                     *         "updated_at": 1764000000000,
                     *         "livemode": false,
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["InvoiceDraft"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateDraftInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoice_type": "I",
                 *       "client": {
                 *         "id": "client_4HnY7cPw2sDe"
                 *       },
                 *       "items": [
                 *         {
                 *           "description": "Mantenimiento mensual de sitio web, noviembre 2025",
                 *           "quantity": 1,
                 *           "unit_price": 3500,
                 *           "product_key": "81112100",
                 *           "unit_key": "E48",
                 *           "taxability": "02",
                 *           "taxes": [
                 *             {
                 *               "type": "IVA",
                 *               "rate": 0.16,
                 *               "factor": "Tasa",
                 *               "withholding": false
                 *             }
                 *           ]
                 *         },
                 *         {
                 *           "description": "Hospedaje anual de dominio",
                 *           "quantity": 1,
                 *           "unit_price": 500,
                 *           "product_key": "81112105",
                 *           "unit_key": "E48",
                 *           "taxability": "02",
                 *           "taxes": [
                 *             {
                 *               "type": "IVA",
                 *               "rate": 0.16,
                 *               "factor": "Tasa",
                 *               "withholding": false
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "payment_form": "99",
                 *       "payment_method": "PPD",
                 *       "use": "G03",
                 *       "currency": "MXN",
                 *       "series": "A",
                 *       "invoice_pdf_notes": "Pago a 30 días naturales."
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceDraftInput"];
            };
        };
        responses: {
            /** @description The updated draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Draft updated",
                     *       "data": {
                     *         "id": "k3Jd9QpL2xVm7RtB",
                     *         "draft": true,
                     *         "status": "draft",
                     *         "invoice_type": "I",
                     *         "client": {
                     *           "id": "client_4HnY7cPw2sDe",
                     *           "name": "KARLA FUENTE NOLASCO",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "subtotal": 4000,
                     *         "taxes": 640,
                     *         "discount": 0,
                     *         "total": 4640,
                     *         "series": "A",
                     *         "folio_number": 0,
                     *         "use": "G03",
                     *         "payment_form": "99",
                     *         "payment_method": "PPD",
                     *         "date": 0,
                     *         "created_at": 1764000000000,
                     *         "updated_at": 1764003600000,
                     *         "livemode": false,
                     *         "from": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["InvoiceDraft"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteDraftInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Draft deleted",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    previewDraftInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Preview generated",
                     *       "data": {
                     *         "pdf": "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCg=="
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["InvoiceDraftPreview"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    stampDraftInvoice: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stamped invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invoice created successfully",
                     *       "data": {
                     *         "uuid": "7e1c4b9a-2f6d-4a3e-8b5c-0d9f3a7e6c21",
                     *         "client": {
                     *           "id": "client_4HnY7cPw2sDe",
                     *           "name": "KARLA FUENTE NOLASCO",
                     *           "email": "karla.fuente@example.mx",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "status": "stamped",
                     *         "invoice_type": "I",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "subtotal": 4000,
                     *         "taxes": 640,
                     *         "discount": 0,
                     *         "total": 4640,
                     *         "series": "A",
                     *         "folio_number": 1043,
                     *         "use": "G03",
                     *         "payment_form": "99",
                     *         "payment_method": "PPD",
                     *         "last_balance": 4640,
                     *         "payment_complements": 0,
                     *         "created_at": 1764090000,
                     *         "livemode": false,
                     *         "owner": "user_3MvT9qLx2Rk"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
                /**
                 * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
                 *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
                 *     this object that way. Declared as a form-exploded object so that the keys are free.
                 */
                metadata?: components["parameters"]["Metadata"];
                /**
                 * @description Payment status. No authoritative list: n8n offers `requires_payment_method`,
                 *     `succeeded`, `canceled`; the CLI `pending`, `succeeded`, `failed`, `cancelled`,
                 *     `refunded` (both spellings of cancelled exist, §6 #10). Kept an open string.
                 */
                status?: components["parameters"]["PaymentStatusFilter"];
                /** @description Only payments of this client (`client_…`). */
                client_id?: components["parameters"]["PaymentClientIdFilter"];
                /** @description Client e-mail. [n8n][cli] */
                email?: string;
                /** @description Payment currency; n8n offers `MXN` and `USD`. [n8n][cli] */
                currency?: components["schemas"]["Currency"];
                /** @description Client RFC. [cli] */
                tax_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. `data` may contain `null` entries; skip them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Payments retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "payment_4Hq9TzLm2VbX",
                     *           "client": {
                     *             "id": "client_8Zr2XwQk1pLm",
                     *             "name": "Xenon Industrial Articles",
                     *             "tax_id": "XIA190128J61"
                     *           },
                     *           "status": "succeeded",
                     *           "total": 1160,
                     *           "subtotal": 1000,
                     *           "taxes": 160,
                     *           "currency": "MXN",
                     *           "payment_form": "03",
                     *           "invoices": [
                     *             "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90"
                     *           ],
                     *           "created_at": 1764000000,
                     *           "succeeded_at": 1764000420,
                     *           "payment_processor": "stripe",
                     *           "short_url": "https://pay.gigstack.io/p/4Hq9TzLm"
                     *         }
                     *       ],
                     *       "next": "cGF5bWVudF80SHE5VHpMbTJWYlg",
                     *       "has_more": true,
                     *       "total_results": 37
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Payment"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchPayments: {
        parameters: {
            query: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /**
                 * @description Free-text search term (name, RFC, e-mail or UUID, depending on the resource).
                 * @example kemper
                 */
                q: components["parameters"]["SearchQuery"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Payment status. No authoritative list: n8n offers `requires_payment_method`,
                 *     `succeeded`, `canceled`; the CLI `pending`, `succeeded`, `failed`, `cancelled`,
                 *     `refunded` (both spellings of cancelled exist, §6 #10). Kept an open string.
                 */
                status?: components["parameters"]["PaymentStatusFilter"];
                /** @description Only payments of this client (`client_…`). */
                client_id?: components["parameters"]["PaymentClientIdFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Payments retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "payment_7Nc3RkWp8QsA",
                     *           "client": {
                     *             "id": "client_3Vd8PnQr5TmK",
                     *             "name": "Karla Fuente Nolasco",
                     *             "email": "karla.fuente@example.mx",
                     *             "tax_id": "FUNK671228PH6"
                     *           },
                     *           "status": "pending",
                     *           "total": 2320,
                     *           "subtotal": 2000,
                     *           "taxes": 320,
                     *           "currency": "MXN",
                     *           "payment_form": "99",
                     *           "created_at": 1764086400,
                     *           "short_url": "https://pay.gigstack.io/p/7Nc3RkWp"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null,
                     *       "found": 1,
                     *       "page": 1,
                     *       "per_page": 10
                     *     }
                     */
                    "application/json": components["schemas"]["SearchEnvelope"] & {
                        data: (components["schemas"]["Payment"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    requestPayment: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "id": "client_8Zr2XwQk1pLm"
                 *       },
                 *       "items": [
                 *         {
                 *           "description": "Consultoría en mejora de procesos de manufactura",
                 *           "quantity": 1,
                 *           "unit_price": 1000,
                 *           "product_key": "80101500",
                 *           "unit_key": "E48",
                 *           "unit_name": "Unidad de servicio",
                 *           "taxes": [
                 *             {
                 *               "type": "IVA",
                 *               "rate": 0.16,
                 *               "factor": "Tasa",
                 *               "withholding": false
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "automation_type": "pue_invoice",
                 *       "allowed_payment_methods": [
                 *         "card",
                 *         "spei"
                 *       ],
                 *       "currency": "MXN",
                 *       "send_email": true,
                 *       "emails": [
                 *         "cuentasporpagar@xenon-industrial.mx"
                 *       ],
                 *       "metadata": {
                 *         "order_id": "OC-2025-0412"
                 *       },
                 *       "idempotency_key": "oc-2025-0412-link"
                 *     }
                 */
                "application/json": components["schemas"]["RequestPaymentInput"];
            };
        };
        responses: {
            /**
             * @description The created payment (link). Status code and message were not captured; the CLI
             *     reads `data.id` and `data.short_url`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Payment requested successfully",
                     *       "data": {
                     *         "id": "payment_9Lw2HcVn6RtE",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "Xenon Industrial Articles",
                     *           "email": "cuentasporpagar@xenon-industrial.mx",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "requires_payment_method",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "total": 1160,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "discount": 0,
                     *         "items": [
                     *           {
                     *             "id": "item_2Kd7QwXz4NpL",
                     *             "description": "Consultoría en mejora de procesos de manufactura",
                     *             "quantity": 1,
                     *             "unit_price": 1000,
                     *             "product_key": "80101500",
                     *             "unit_key": "E48",
                     *             "unit_name": "Unidad de servicio"
                     *           }
                     *         ],
                     *         "emails": [
                     *           "cuentasporpagar@xenon-industrial.mx"
                     *         ],
                     *         "allowed_payment_methods": [
                     *           {
                     *             "id": "card"
                     *           },
                     *           {
                     *             "id": "spei"
                     *           }
                     *         ],
                     *         "metadata": {
                     *           "order_id": "OC-2025-0412"
                     *         },
                     *         "idempotency_key": "oc-2025-0412-link",
                     *         "automation_type": "pue_invoice",
                     *         "created_at": 1764000000,
                     *         "short_url": "https://pay.gigstack.io/p/9Lw2HcVn",
                     *         "livemode": false,
                     *         "team": "team_9fKq2LmA7xRt"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Payment"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    registerPayment: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "search": {
                 *           "on_key": "tax_id",
                 *           "on_value": "XIA190128J61",
                 *           "auto_create": true
                 *         },
                 *         "legal_name": "XENON INDUSTRIAL ARTICLES",
                 *         "tax_id": "XIA190128J61",
                 *         "tax_system": "601",
                 *         "use": "G03",
                 *         "email": "cuentasporpagar@xenon-industrial.mx",
                 *         "address": {
                 *           "zip": "76343",
                 *           "country": "Mexico"
                 *         }
                 *       },
                 *       "items": [
                 *         {
                 *           "id": "service_6Tb1MxRq9WcZ",
                 *           "quantity": 1,
                 *           "unit_price": 1000
                 *         }
                 *       ],
                 *       "payment_form": "03",
                 *       "automation_type": "pue_invoice",
                 *       "currency": "MXN",
                 *       "metadata": {
                 *         "order_id": "OC-2025-0413"
                 *       },
                 *       "invoice_config": {
                 *         "serie": "A"
                 *       },
                 *       "idempotency_key": "oc-2025-0413-payment",
                 *       "send_email": true
                 *     }
                 */
                "application/json": components["schemas"]["RegisterPaymentInput"];
            };
        };
        responses: {
            /** @description The registered payment (`status` `succeeded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Payment registered successfully",
                     *       "data": {
                     *         "id": "payment_4Hq9TzLm2VbX",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "XENON INDUSTRIAL ARTICLES",
                     *           "email": "cuentasporpagar@xenon-industrial.mx",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "succeeded",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "payment_form": "03",
                     *         "total": 1160,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "discount": 0,
                     *         "items": [
                     *           {
                     *             "id": "service_6Tb1MxRq9WcZ",
                     *             "description": "Consultoría en mejora de procesos de manufactura",
                     *             "quantity": 1,
                     *             "unit_price": 1000,
                     *             "product_key": "80101500",
                     *             "unit_key": "E48"
                     *           }
                     *         ],
                     *         "invoices": [
                     *           "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90"
                     *         ],
                     *         "metadata": {
                     *           "order_id": "OC-2025-0413"
                     *         },
                     *         "invoice_config": {
                     *           "serie": "A"
                     *         },
                     *         "idempotency_key": "oc-2025-0413-payment",
                     *         "created_at": 1764000000,
                     *         "succeeded_at": 1764000000,
                     *         "payment_processor": "api",
                     *         "livemode": false,
                     *         "team": "team_9fKq2LmA7xRt",
                     *         "owner": "user_5Jx8NcQp1ZrM"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Payment"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPayment: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Payment retrieved successfully",
                     *       "data": {
                     *         "id": "payment_4Hq9TzLm2VbX",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "Xenon Industrial Articles",
                     *           "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *           "email": "cuentasporpagar@xenon-industrial.mx",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "succeeded",
                     *         "currency": "MXN",
                     *         "payment_form": "03",
                     *         "total": 1160,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "invoices": [
                     *           "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90"
                     *         ],
                     *         "created_at": 1764000000,
                     *         "succeeded_at": 1764000000,
                     *         "payment_processor": "api",
                     *         "short_url": "https://pay.gigstack.io/p/4Hq9TzLm",
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Payment"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updatePayment: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "item_2Kd7QwXz4NpL",
                 *           "description": "Consultoría en mejora de procesos de manufactura (noviembre 2025)"
                 *         }
                 *       ],
                 *       "client": {
                 *         "legal_name": "XENON INDUSTRIAL ARTICLES",
                 *         "email": "facturas@xenon-industrial.mx",
                 *         "use": "G03"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePaymentInput"];
            };
        };
        responses: {
            /** @description Updated. `data` is an empty placeholder (docs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelPayment: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. Response body not captured; modelled as the placeholder envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    markPaymentAsPaid: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payment_form": "03",
                 *       "date": 1764003600
                 *     }
                 */
                "application/json": components["schemas"]["MarkPaymentAsPaidInput"];
            };
        };
        responses: {
            /** @description The updated payment. Response body not captured; Envelope<Payment> assumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Payment marked as paid",
                     *       "data": {
                     *         "id": "payment_9Lw2HcVn6RtE",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "Xenon Industrial Articles",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "succeeded",
                     *         "currency": "MXN",
                     *         "payment_form": "03",
                     *         "total": 1160,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "created_at": 1764000000,
                     *         "succeeded_at": 1764003600,
                     *         "short_url": "https://pay.gigstack.io/p/9Lw2HcVn",
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Payment"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    refundPayment: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "amount": 580,
                 *       "reason": "duplicate",
                 *       "external_processor_refund": true
                 *     }
                 */
                "application/json": components["schemas"]["RefundPaymentInput"];
            };
        };
        responses: {
            /** @description The refunded payment. Response body not captured; Envelope<Payment> assumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Payment refunded successfully",
                     *       "data": {
                     *         "id": "payment_4Hq9TzLm2VbX",
                     *         "client": {
                     *           "id": "client_8Zr2XwQk1pLm",
                     *           "name": "Xenon Industrial Articles",
                     *           "tax_id": "XIA190128J61"
                     *         },
                     *         "status": "refunded",
                     *         "currency": "MXN",
                     *         "payment_form": "04",
                     *         "total": 1160,
                     *         "subtotal": 1000,
                     *         "taxes": 160,
                     *         "refunds": [
                     *           {
                     *             "id": "refund_1Pq6ZsDf3LkW"
                     *           }
                     *         ],
                     *         "created_at": 1764000000,
                     *         "succeeded_at": 1764000420,
                     *         "payment_processor": "stripe",
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Payment"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPaymentSupportDocuments: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The documents. The envelope was not captured; modelled as the standardized
             *     envelope with an array `data` (no cursor fields).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Support documents retrieved successfully",
                     *       "timestamp": "2025-11-24T16:35:40.000Z",
                     *       "data": [
                     *         {
                     *           "id": "doc_8Rk2VnYq5HtB",
                     *           "document_type": "payment_proof",
                     *           "name": "Comprobante SPEI OC-2025-0413",
                     *           "file_url": "https://storage.gigstack.io/support-documents/doc_8Rk2VnYq5HtB.pdf",
                     *           "file_name": "spei-oc-2025-0413.pdf",
                     *           "file_size": 84213,
                     *           "mime_type": "application/pdf",
                     *           "compliance_status": "valid",
                     *           "created_at": 1764001812000,
                     *           "updated_at": 1764002140000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: (components["schemas"]["SupportDocument"] | null)[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadPaymentSupportDocument: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "<contents of the document file>",
                 *       "documentType": "contract",
                 *       "name": "Contrato de servicios 2025",
                 *       "description": "Contrato firmado con el cliente"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["SupportDocumentUpload"];
            };
        };
        responses: {
            /** @description The stored document (standardized envelope, ISO `timestamp`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Support document uploaded successfully",
                     *       "timestamp": "2025-11-24T16:30:12.000Z",
                     *       "data": {
                     *         "id": "doc_8Rk2VnYq5HtB",
                     *         "document_type": "payment_proof",
                     *         "name": "Comprobante SPEI OC-2025-0413",
                     *         "description": "Transferencia recibida de Xenon Industrial Articles",
                     *         "file_url": "https://storage.gigstack.io/support-documents/doc_8Rk2VnYq5HtB.pdf",
                     *         "file_name": "spei-oc-2025-0413.pdf",
                     *         "file_size": 84213,
                     *         "mime_type": "application/pdf",
                     *         "compliance_status": "pending_review",
                     *         "created_at": 1764001812000,
                     *         "created_by": "user_5Jx8NcQp1ZrM",
                     *         "updated_at": 1764001812000,
                     *         "linked_entities": [
                     *           {
                     *             "entity_type": "payment",
                     *             "entity_id": "payment_4Hq9TzLm2VbX",
                     *             "linked_at": 1764001812000
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["SupportDocument"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listReceipts: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
                /** @description Inclusive lower bound of the creation time, unix seconds. */
                "created[gte]"?: components["parameters"]["CreatedGte"];
                /** @description Inclusive upper bound of the creation time, unix seconds. */
                "created[lte]"?: components["parameters"]["CreatedLte"];
                /**
                 * @description Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
                 *     (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
                 *     this object that way. Declared as a form-exploded object so that the keys are free.
                 */
                metadata?: components["parameters"]["Metadata"];
                /**
                 * @description Receipt status. No authoritative list: n8n offers `pending`, `stamped`, `canceled`; the
                 *     CLI `pending`, `open`, `invoiced`, `completed`, `expired`, `cancelled` (§6 #11). Kept an
                 *     open string.
                 */
                status?: components["parameters"]["ReceiptStatusFilter"];
                /** @description Only receipts of this client (`client_…`). */
                client_id?: components["parameters"]["ReceiptClientIdFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receipts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Receipts retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "receipt_5Gm8XqTw2JcN",
                     *           "client": {
                     *             "id": "client_3Vd8PnQr5TmK",
                     *             "name": "Karla Fuente Nolasco",
                     *             "tax_id": "FUNK671228PH6"
                     *           },
                     *           "status": "pending",
                     *           "total": 580,
                     *           "subtotal": 500,
                     *           "taxes": 80,
                     *           "currency": "MXN",
                     *           "periodicity": "month",
                     *           "payment_form": "01",
                     *           "created": 1764000000,
                     *           "validUntil": 1766592000,
                     *           "url": "https://invoicing.gigstack.pro/autofactura?id=receipt_5Gm8XqTw2JcN",
                     *           "livemode": false
                     *         }
                     *       ],
                     *       "next": "cmVjZWlwdF81R204WHFUdzJKY04",
                     *       "has_more": true,
                     *       "total_results": 12
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Receipt"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createReceipt: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client": {
                 *         "id": "client_3Vd8PnQr5TmK"
                 *       },
                 *       "items": [
                 *         {
                 *           "id": "service_2Wf5KpLm8QxD",
                 *           "quantity": 2,
                 *           "unit_price": 250
                 *         }
                 *       ],
                 *       "currency": "MXN",
                 *       "periodicity": "month",
                 *       "payment_form": "01",
                 *       "idempotency_key": "ticket-000871",
                 *       "metadata": {
                 *         "store": "Sucursal Coyoacán",
                 *         "ticket": "000871"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ReceiptInput"];
            };
        };
        responses: {
            /**
             * @description The created (or, on an idempotent replay, the existing) receipt, including the
             *     self-invoice `url`. Status code and body were not captured; Envelope<Receipt> assumed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Receipt created successfully",
                     *       "data": {
                     *         "id": "receipt_5Gm8XqTw2JcN",
                     *         "client": {
                     *           "id": "client_3Vd8PnQr5TmK",
                     *           "name": "Karla Fuente Nolasco",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "status": "pending",
                     *         "total": 580,
                     *         "subtotal": 500,
                     *         "taxes": 80,
                     *         "currency": "MXN",
                     *         "periodicity": "month",
                     *         "payment_form": "01",
                     *         "created": 1764000000,
                     *         "validUntil": 1766592000,
                     *         "url": "https://invoicing.gigstack.pro/autofactura?id=receipt_5Gm8XqTw2JcN",
                     *         "items": [
                     *           {
                     *             "id": "service_2Wf5KpLm8QxD",
                     *             "description": "Consumo de alimentos",
                     *             "quantity": 2,
                     *             "unit_price": 250,
                     *             "product_key": "90101501",
                     *             "unit_key": "E48",
                     *             "unit_name": "Unidad de servicio",
                     *             "taxes": [
                     *               {
                     *                 "type": "IVA",
                     *                 "rate": 0.16,
                     *                 "factor": "Tasa",
                     *                 "withholding": false
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "metadata": {
                     *           "store": "Sucursal Coyoacán",
                     *           "ticket": "000871"
                     *         },
                     *         "idempotency_key": "ticket-000871",
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Receipt"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchReceipts: {
        parameters: {
            query: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /**
                 * @description Free-text search term (name, RFC, e-mail or UUID, depending on the resource).
                 * @example kemper
                 */
                q: components["parameters"]["SearchQuery"];
                /** @description Page number; used instead of `next` when metadata filters are present, and by search endpoints. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Named by CLI-next/docs without a description. Assumed to be a comma-separated list of
                 *     fields to search in (Typesense `query_by`), e.g. `client.name,client.tax_id`.
                 */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching receipts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Receipts retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "receipt_5Gm8XqTw2JcN",
                     *           "client": {
                     *             "id": "client_3Vd8PnQr5TmK",
                     *             "name": "Karla Fuente Nolasco",
                     *             "tax_id": "FUNK671228PH6"
                     *           },
                     *           "status": "pending",
                     *           "total": 580,
                     *           "currency": "MXN",
                     *           "created": 1764000000,
                     *           "validUntil": 1766592000,
                     *           "url": "https://invoicing.gigstack.pro/autofactura?id=receipt_5Gm8XqTw2JcN"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null,
                     *       "found": 1,
                     *       "page": 1,
                     *       "per_page": 10
                     *     }
                     */
                    "application/json": components["schemas"]["SearchEnvelope"] & {
                        data: (components["schemas"]["Receipt"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getReceipt: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Receipt retrieved successfully",
                     *       "data": {
                     *         "id": "receipt_5Gm8XqTw2JcN",
                     *         "client": {
                     *           "id": "client_3Vd8PnQr5TmK",
                     *           "name": "Karla Fuente Nolasco",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "status": "pending",
                     *         "total": 580,
                     *         "subtotal": 500,
                     *         "taxes": 80,
                     *         "currency": "MXN",
                     *         "periodicity": "month",
                     *         "payment_form": "01",
                     *         "created": 1764000000,
                     *         "validUntil": 1766592000,
                     *         "url": "https://invoicing.gigstack.pro/autofactura?id=receipt_5Gm8XqTw2JcN",
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Receipt"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelReceipt: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled; `data` is empty (docs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    stampReceipt: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "stamp_to": "client",
                 *       "fiscal_information": {
                 *         "legal_name": "KARLA FUENTE NOLASCO",
                 *         "tax_id": "FUNK671228PH6",
                 *         "tax_system": "612",
                 *         "zip": "01160"
                 *       },
                 *       "date": 1764003600000
                 *     }
                 */
                "application/json": components["schemas"]["StampReceiptInput"];
            };
        };
        responses: {
            /**
             * @description The stamped invoice. Only `data.id` is read by the CLI; the rest of the shape is
             *     assumed to be the Invoice model.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Receipt stamped successfully",
                     *       "data": {
                     *         "uuid": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                     *         "id": "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90",
                     *         "client": {
                     *           "id": "client_3Vd8PnQr5TmK",
                     *           "name": "Karla Fuente Nolasco",
                     *           "legal_name": "KARLA FUENTE NOLASCO",
                     *           "tax_id": "FUNK671228PH6"
                     *         },
                     *         "status": "stamped",
                     *         "invoice_type": "I",
                     *         "currency": "MXN",
                     *         "exchange_rate": 1,
                     *         "total": 580,
                     *         "subtotal": 500,
                     *         "taxes": 80,
                     *         "discount": 0,
                     *         "series": "R",
                     *         "folio_number": 214,
                     *         "payment_method": "PUE",
                     *         "payment_form": "01",
                     *         "use": "G03",
                     *         "created_at": 1764003600,
                     *         "livemode": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    reopenReceipt: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "El cliente solicitó su factura fuera del periodo de autofactura"
                 *     }
                 */
                "application/json": components["schemas"]["ReopenReceiptInput"];
            };
        };
        responses: {
            /** @description Reopened. Response body never seen; modelled as the placeholder envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeam: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team retrieved successfully",
                     *       "data": {
                     *         "id": "team_9fKq2LmA7xRt",
                     *         "legal_name": "ESCUELA KEMPER URGATE",
                     *         "name": "Escuela Kemper",
                     *         "brand": {
                     *           "alias": "Escuela Kemper",
                     *           "primary_color": "#2563eb",
                     *           "secondary_color": "#1e3a8a",
                     *           "logo": "https://cdn.gigstack.io/logos/team_9fKq2LmA7xRt.png"
                     *         },
                     *         "address": {
                     *           "street": "Av. Juárez 120",
                     *           "neighborhood": "Centro",
                     *           "city": "Actopan",
                     *           "state": "Hidalgo",
                     *           "zip": "42501",
                     *           "country": "MEX"
                     *         },
                     *         "settings": {
                     *           "default_description": "Colegiatura mensual",
                     *           "product_key": "86121500",
                     *           "unit_key": "E48",
                     *           "unit_name": "Unidad de servicio",
                     *           "use": "G03",
                     *           "taxes": [
                     *             {
                     *               "type": "IVA",
                     *               "rate": 0.16,
                     *               "factor": "Tasa",
                     *               "withholding": false,
                     *               "inclusive": false
                     *             }
                     *           ],
                     *           "periodicity": {
                     *             "label": "Mes",
                     *             "value": "month"
                     *           },
                     *           "pdf_language": "es",
                     *           "emails": {
                     *             "invoices_bcc": [
                     *               "contabilidad@escuelakemper.mx"
                     *             ],
                     *             "avoid_test_invoice_emails": true
                     *           },
                     *           "default_series": {
                     *             "income": {
                     *               "serie": "A"
                     *             },
                     *             "complements": {
                     *               "serie": "P"
                     *             },
                     *             "credit_note": {
                     *               "serie": "NC"
                     *             }
                     *           }
                     *         },
                     *         "tax_id": "EKU9003173C9",
                     *         "tax_system": "601",
                     *         "support_email": "soporte@escuelakemper.mx",
                     *         "support_phone": "+527721234567",
                     *         "owner": "user_3Hq8ZpL2mVx9",
                     *         "created_at": 1763990000,
                     *         "credit_limit": 500,
                     *         "used_credits": 37,
                     *         "credit_period_start": 1763942400000,
                     *         "billing": {
                     *           "credits": 463
                     *         },
                     *         "sat": {
                     *           "completed": true,
                     *           "connected_at": 1763995000,
                     *           "csd_expires_at": 1890000000
                     *         },
                     *         "members": [
                     *           {
                     *             "id": "user_3Hq8ZpL2mVx9",
                     *             "email": "admin@escuelakemper.mx",
                     *             "role": "admin"
                     *           }
                     *         ],
                     *         "integrations": {
                     *           "stripe": {
                     *             "completed": true
                     *           },
                     *           "sat": {
                     *             "completed": true
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTeam: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "support_email": "soporte@escuelakemper.mx",
                 *       "support_phone": "+527721234567",
                 *       "brand": {
                 *         "alias": "Escuela Kemper",
                 *         "primary_color": "#0f766e",
                 *         "logo": "https://cdn.gigstack.io/logos/team_9fKq2LmA7xRt.png"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamUpdateInput"];
            };
        };
        responses: {
            /** @description The updated team (shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team updated successfully",
                     *       "data": {
                     *         "id": "team_9fKq2LmA7xRt",
                     *         "legal_name": "ESCUELA KEMPER URGATE",
                     *         "brand": {
                     *           "alias": "Escuela Kemper",
                     *           "primary_color": "#0f766e",
                     *           "secondary_color": "#1e3a8a",
                     *           "logo": "https://cdn.gigstack.io/logos/team_9fKq2LmA7xRt.png"
                     *         },
                     *         "tax_id": "EKU9003173C9",
                     *         "tax_system": "601",
                     *         "support_email": "soporte@escuelakemper.mx",
                     *         "support_phone": "+527721234567",
                     *         "owner": "user_3Hq8ZpL2mVx9",
                     *         "created_at": 1763990000
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion scheduled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            /** @description The team cannot be deleted under the current business rules (`business_rule_violation`). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The deletion conflicts with the team's current state (`resource_conflict`). */
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamSettings: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The persisted settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team settings retrieved successfully",
                     *       "data": {
                     *         "default_description": "Servicios profesionales de consultoría",
                     *         "invoice_pdf_notes": "Gracias por su preferencia.",
                     *         "product_key": "84111506",
                     *         "unit_key": "E48",
                     *         "unit_name": "Unidad de servicio",
                     *         "use": "G03",
                     *         "keep_full_legal_name": false,
                     *         "taxes": [
                     *           {
                     *             "type": "IVA",
                     *             "rate": 0.16,
                     *             "factor": "Tasa",
                     *             "withholding": false
                     *           }
                     *         ],
                     *         "avoid_automations_on_currencies": [
                     *           "USD"
                     *         ],
                     *         "automate_complement_for_ppd_invoices": true,
                     *         "global_invoice_disabled": false,
                     *         "uses_on_self_invoice_portal": [
                     *           "G01",
                     *           "G03",
                     *           "S01"
                     *         ],
                     *         "periodicity": {
                     *           "label": "Mes",
                     *           "value": "month"
                     *         },
                     *         "pdf_language": "es",
                     *         "customer_portal_id": "portal_4Tn8WqZ1xLp6",
                     *         "emails": {
                     *           "invoices_bcc": [
                     *             "facturacion@kemper.edu.mx"
                     *           ],
                     *           "avoid_invoice_emails": false,
                     *           "avoid_test_invoice_emails": true
                     *         },
                     *         "default_series": {
                     *           "income": {
                     *             "serie": "A"
                     *           },
                     *           "complements": {
                     *             "serie": "P"
                     *           },
                     *           "credit_note": {
                     *             "serie": "NC"
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamSettings"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTeamSettings: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "default_description": "Colegiatura mensual",
                 *       "invoice_pdf_notes": "Gracias por su pago.",
                 *       "product_key": "86121500",
                 *       "unit_key": "E48",
                 *       "unit_name": "Unidad de servicio",
                 *       "use": "G03",
                 *       "keep_full_legal_name": true,
                 *       "taxes": [
                 *         {
                 *           "type": "IVA",
                 *           "rate": 0.16,
                 *           "factor": "Tasa",
                 *           "withholding": false,
                 *           "inclusive": false
                 *         }
                 *       ],
                 *       "periodicity": "month",
                 *       "pdf_language": "es",
                 *       "uses_on_self_invoice_portal": [
                 *         "G03",
                 *         "S01"
                 *       ],
                 *       "override_item_description": null,
                 *       "emails": {
                 *         "avoid_invoice_emails": false,
                 *         "invoices_bcc": [
                 *           "contabilidad@escuelakemper.mx"
                 *         ]
                 *       },
                 *       "default_series": {
                 *         "income": {
                 *           "serie": "A"
                 *         },
                 *         "complements": {
                 *           "serie": "P"
                 *         },
                 *         "credit_note": {
                 *           "serie": "NC"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamSettingsInput"];
            };
        };
        responses: {
            /** @description The updated settings (or the team holding them). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team settings updated successfully",
                     *       "data": {
                     *         "default_description": "Colegiatura mensual",
                     *         "invoice_pdf_notes": "Gracias por su pago.",
                     *         "product_key": "86121500",
                     *         "unit_key": "E48",
                     *         "unit_name": "Unidad de servicio",
                     *         "use": "G03",
                     *         "keep_full_legal_name": true,
                     *         "taxes": [
                     *           {
                     *             "type": "IVA",
                     *             "rate": 0.16,
                     *             "factor": "Tasa",
                     *             "withholding": false,
                     *             "inclusive": false
                     *           }
                     *         ],
                     *         "periodicity": {
                     *           "label": "Mes",
                     *           "value": "month"
                     *         },
                     *         "pdf_language": "es",
                     *         "uses_on_self_invoice_portal": [
                     *           "G03",
                     *           "S01"
                     *         ],
                     *         "override_item_description": null,
                     *         "emails": {
                     *           "avoid_invoice_emails": false,
                     *           "invoices_bcc": [
                     *             "contabilidad@escuelakemper.mx"
                     *           ]
                     *         },
                     *         "default_series": {
                     *           "income": {
                     *             "serie": "A"
                     *           },
                     *           "complements": {
                     *             "serie": "P"
                     *           },
                     *           "credit_note": {
                     *             "serie": "NC"
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The updated team or its settings object; not documented which. */
                        data: components["schemas"]["Team"] | components["schemas"]["TeamSettings"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team members retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "user_7Rk2XwQp1mLz",
                     *           "email": "xochilt.casas@kemper.edu.mx",
                     *           "role": "admin"
                     *         },
                     *         {
                     *           "id": "user_3Fh9LqWz5nTb",
                     *           "email": "karla.fuente@kemper.edu.mx",
                     *           "role": "editor",
                     *           "permissions": {
                     *             "invoices": "write",
                     *             "payments": "read"
                     *           }
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["TeamMemberRecord"] | null)[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTeamMember: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
                /**
                 * @description The member's user id (`user_…` or a Firebase uid).
                 * @example user_3Jd8KpQ2mXz
                 */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Member removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTeamMember: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
                /**
                 * @description The member's user id (`user_…` or a Firebase uid).
                 * @example user_3Jd8KpQ2mXz
                 */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "editor",
                 *       "permissions": {
                 *         "invoices": "write",
                 *         "payments": "read"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberUpdateInput"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team member updated successfully",
                     *       "data": {
                     *         "id": "user_3Fh9LqWz5nTb",
                     *         "email": "karla.fuente@kemper.edu.mx",
                     *         "role": "editor",
                     *         "permissions": {
                     *           "invoices": "write",
                     *           "payments": "read"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamMemberRecord"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTeamPortalAccessToken: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "expiresIn": "1h"
                 *     }
                 */
                "application/json": components["schemas"]["TeamPortalAccessTokenInput"];
            };
        };
        responses: {
            /** @description The issued token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Portal access token created successfully",
                     *       "data": {
                     *         "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZWFtIjoidGVhbV85ZktxMkxtQTd4UnQiLCJzY29wZSI6Imludm9pY2VzOnJlYWQifQ.c2lnbmF0dXJlLXBsYWNlaG9sZGVy",
                     *         "expires_at": 1764003600
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamPortalAccessToken"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamEmailTemplates: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Baseline templates in both languages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Email templates retrieved successfully",
                     *       "data": {
                     *         "team_id": "team_9fKq2LmA7xRt",
                     *         "effect_scope": "team_shared",
                     *         "source": "editor_baseline",
                     *         "is_nonprofit": false,
                     *         "english_enabled": true,
                     *         "templates_by_language": {
                     *           "es": {
                     *             "invoices": {
                     *               "subject": "Tu factura de {{team}} está lista",
                     *               "body": "<p>Hola {{recipient}}, adjuntamos tu factura con fecha {{date}}.</p>"
                     *             },
                     *             "invoicesComplements": {
                     *               "subject": "Complemento de pago de {{team}}",
                     *               "body": "<p>Hola {{recipient}}, adjuntamos el complemento de pago.</p>"
                     *             },
                     *             "invoicesEgress": {
                     *               "subject": "Nota de crédito de {{team}}",
                     *               "body": "<p>Hola {{recipient}}, adjuntamos tu nota de crédito.</p>"
                     *             },
                     *             "payments": {
                     *               "subject": "Solicitud de pago de {{team}}",
                     *               "body": "<p>Hola {{recipient}}, puedes pagar en el siguiente enlace.</p>"
                     *             },
                     *             "paymentsReminders": {
                     *               "subject": "Recordatorio: tu pago vence el {{date}}",
                     *               "body": "<p>Hola {{recipient}}, te recordamos tu pago pendiente.</p>"
                     *             },
                     *             "paymentsRemindersAfter": {
                     *               "subject": "Tu pago venció el {{date}}",
                     *               "body": "<p>Hola {{recipient}}, tu pago está vencido.</p>"
                     *             },
                     *             "receipts": {
                     *               "subject": "Tu recibo de {{team}}",
                     *               "body": "<p>Hola {{recipient}}, genera tu factura desde el portal.</p>"
                     *             },
                     *             "receiptsReminders": {
                     *               "subject": "Recuerda facturar tu compra",
                     *               "body": "<p>Hola {{recipient}}, tu recibo vence el {{date}}.</p>"
                     *             },
                     *             "bankReview": {
                     *               "subject": "Estamos revisando tu pago",
                     *               "body": "<p>Hola {{recipient}}, validamos tu transferencia.</p>"
                     *             }
                     *           },
                     *           "en": {
                     *             "invoices": {
                     *               "subject": "Your invoice from {{team}} is ready",
                     *               "body": "<p>Hi {{recipient}}, your invoice dated {{date}} is attached.</p>"
                     *             },
                     *             "invoicesComplements": {
                     *               "subject": "Payment complement from {{team}}",
                     *               "body": "<p>Hi {{recipient}}, the payment complement is attached.</p>"
                     *             },
                     *             "invoicesEgress": {
                     *               "subject": "Credit note from {{team}}",
                     *               "body": "<p>Hi {{recipient}}, your credit note is attached.</p>"
                     *             },
                     *             "payments": {
                     *               "subject": "Payment request from {{team}}",
                     *               "body": "<p>Hi {{recipient}}, you can pay using the link below.</p>"
                     *             },
                     *             "paymentsReminders": {
                     *               "subject": "Reminder: your payment is due on {{date}}",
                     *               "body": "<p>Hi {{recipient}}, this is a reminder of your pending payment.</p>"
                     *             },
                     *             "paymentsRemindersAfter": {
                     *               "subject": "Your payment was due on {{date}}",
                     *               "body": "<p>Hi {{recipient}}, your payment is overdue.</p>"
                     *             },
                     *             "receipts": {
                     *               "subject": "Your receipt from {{team}}",
                     *               "body": "<p>Hi {{recipient}}, create your invoice from the portal.</p>"
                     *             },
                     *             "receiptsReminders": {
                     *               "subject": "Remember to invoice your purchase",
                     *               "body": "<p>Hi {{recipient}}, your receipt expires on {{date}}.</p>"
                     *             },
                     *             "bankReview": {
                     *               "subject": "We are reviewing your payment",
                     *               "body": "<p>Hi {{recipient}}, we are validating your transfer.</p>"
                     *             }
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamEmailTemplates"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listTeamInvitations: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team invitations retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "Kq3XwP9mLz2RtB8aVc1D",
                     *           "email": "oscar.kala@kemper.edu.mx",
                     *           "role": "viewer",
                     *           "team_id": "team_9fKq2LmA7xRt",
                     *           "type": "team",
                     *           "status": "pending",
                     *           "created_at": 1764000000,
                     *           "expires_at": 1764604800,
                     *           "created_by": "user_7Rk2XwQp1mLz",
                     *           "delivery": {
                     *             "status": "sent",
                     *             "attempted_at": 1764000005
                     *           }
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["TeamInvitation"] | null)[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTeamInvitation: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "oscar.kala@kemper.edu.mx",
                 *       "role": "viewer",
                 *       "send_email": true
                 *     }
                 */
                "application/json": components["schemas"]["TeamInvitationInput"];
            };
        };
        responses: {
            /** @description The created invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invitation created successfully",
                     *       "data": {
                     *         "id": "Kq3XwP9mLz2RtB8aVc1D",
                     *         "email": "oscar.kala@kemper.edu.mx",
                     *         "role": "viewer",
                     *         "team_id": "team_9fKq2LmA7xRt",
                     *         "type": "team",
                     *         "status": "pending",
                     *         "created_at": 1764000000,
                     *         "expires_at": 1764604800,
                     *         "created_by": "user_7Rk2XwQp1mLz",
                     *         "delivery": {
                     *           "status": "pending",
                     *           "attempted_at": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamInvitation"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamInvitation: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
                /**
                 * @description Invitation id (`[A-Za-z0-9_-]`, up to 128 characters in CLI-next's checks).
                 * @example inv_7Hs2LpQ9xTk
                 */
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invitation retrieved successfully",
                     *       "data": {
                     *         "id": "Kq3XwP9mLz2RtB8aVc1D",
                     *         "email": "oscar.kala@kemper.edu.mx",
                     *         "role": "viewer",
                     *         "team_id": "team_9fKq2LmA7xRt",
                     *         "type": "team",
                     *         "status": "pending",
                     *         "created_at": 1764000000,
                     *         "expires_at": 1764604800,
                     *         "created_by": "user_7Rk2XwQp1mLz",
                     *         "delivery": {
                     *           "status": "sent",
                     *           "attempted_at": 1764000005
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamInvitation"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeTeamInvitation: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
                /**
                 * @description Invitation id.
                 * @example inv_7Hs2LpQ9xTk
                 */
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitation revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resendTeamInvitation: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
                /**
                 * @description Invitation id.
                 * @example inv_7Hs2LpQ9xTk
                 */
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TeamInvitationResendInput"];
            };
        };
        responses: {
            /** @description The invitation after the resend attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Invitation resent successfully",
                     *       "data": {
                     *         "id": "Kq3XwP9mLz2RtB8aVc1D",
                     *         "email": "oscar.kala@kemper.edu.mx",
                     *         "role": "viewer",
                     *         "team_id": "team_9fKq2LmA7xRt",
                     *         "type": "team",
                     *         "status": "pending",
                     *         "created_at": 1764000000,
                     *         "expires_at": 1764604800,
                     *         "created_by": "user_7Rk2XwQp1mLz",
                     *         "delivery": {
                     *           "status": "sent",
                     *           "attempted_at": 1764086400
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamInvitation"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptTeamInvitation: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZpcmViYXNlIn0.eyJlbWFpbCI6Im9zY2FyLmthbGFAa2VtcGVyLmVkdS5teCJ9.c2lnbmF0dXJl"
                 *     }
                 */
                "application/json": components["schemas"]["TeamInvitationTokenInput"];
            };
        };
        responses: {
            /** @description Invitation accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    declineTeamInvitation: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZpcmViYXNlIn0.eyJlbWFpbCI6Im9zY2FyLmthbGFAa2VtcGVyLmVkdS5teCJ9.c2lnbmF0dXJl"
                 *     }
                 */
                "application/json": components["schemas"]["TeamInvitationTokenInput"];
            };
        };
        responses: {
            /** @description Invitation declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Teams retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "team_9fKq2LmA7xRt",
                     *           "legal_name": "ESCUELA KEMPER URGATE",
                     *           "name": "Escuela Kemper",
                     *           "brand": {
                     *             "alias": "Escuela Kemper",
                     *             "primary_color": "#2563eb",
                     *             "secondary_color": "#1e3a8a",
                     *             "logo": "https://cdn.gigstack.io/logos/team_9fKq2LmA7xRt.png"
                     *           },
                     *           "address": {
                     *             "street": "Av. Juárez 120",
                     *             "neighborhood": "Centro",
                     *             "city": "Actopan",
                     *             "state": "Hidalgo",
                     *             "zip": "42501",
                     *             "country": "MEX"
                     *           },
                     *           "tax_id": "EKU9003173C9",
                     *           "tax_system": "601",
                     *           "support_email": "soporte@escuelakemper.mx",
                     *           "support_phone": "+527721234567",
                     *           "owner": "user_3Hq8ZpL2mVx9",
                     *           "created_at": 1763990000,
                     *           "sat": {
                     *             "completed": true,
                     *             "connected_at": 1763995000,
                     *             "csd_expires_at": 1890000000
                     *           }
                     *         },
                     *         {
                     *           "id": "team_4TzW8nRb2QeK",
                     *           "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *           "name": "Xenon Industrial",
                     *           "brand": {
                     *             "alias": "Xenon Industrial"
                     *           },
                     *           "tax_id": "XIA190128J61",
                     *           "tax_system": "601",
                     *           "owner": "user_3Hq8ZpL2mVx9",
                     *           "created_at": 1764001200,
                     *           "sat": {
                     *             "completed": false
                     *           }
                     *         }
                     *       ],
                     *       "next": null,
                     *       "has_more": false,
                     *       "total_results": 2
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["Team"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTeam: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tax_id": "XIA190128J61",
                 *       "tax_system": "601",
                 *       "legal_name": "XENON INDUSTRIAL ARTICLES",
                 *       "support_email": "facturacion@xenonindustrial.mx",
                 *       "support_phone": "+524421234567",
                 *       "generate_onboarding_url": true,
                 *       "brand": {
                 *         "alias": "Xenon Industrial",
                 *         "primary_color": "#2563eb",
                 *         "secondary_color": "#1e3a8a",
                 *         "logo": "https://xenonindustrial.mx/logo.png"
                 *       },
                 *       "address": {
                 *         "street": "Av. Constituyentes",
                 *         "exterior": "450",
                 *         "neighborhood": "El Pueblito",
                 *         "municipality": "Corregidora",
                 *         "city": "Querétaro",
                 *         "state": "Querétaro",
                 *         "zip": "76343",
                 *         "country": "Mexico"
                 *       },
                 *       "add_members": [
                 *         {
                 *           "id": "user_7Lm2Qx9RtB4k",
                 *           "role": "editor"
                 *         }
                 *       ],
                 *       "add_master_team_members": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamCreateInput"];
            };
        };
        responses: {
            /** @description The created team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Team created successfully",
                     *       "data": {
                     *         "id": "team_4TzW8nRb2QeK",
                     *         "legal_name": "XENON INDUSTRIAL ARTICLES",
                     *         "brand": {
                     *           "alias": "Xenon Industrial",
                     *           "primary_color": "#2563eb",
                     *           "secondary_color": "#1e3a8a",
                     *           "logo": "https://xenonindustrial.mx/logo.png"
                     *         },
                     *         "address": {
                     *           "street": "Av. Constituyentes 450",
                     *           "neighborhood": "El Pueblito",
                     *           "municipality": "Corregidora",
                     *           "city": "Querétaro",
                     *           "state": "Querétaro",
                     *           "zip": "76343",
                     *           "country": "MEX"
                     *         },
                     *         "tax_id": "XIA190128J61",
                     *         "tax_system": "601",
                     *         "support_email": "facturacion@xenonindustrial.mx",
                     *         "support_phone": "+524421234567",
                     *         "owner": "user_3Hq8ZpL2mVx9",
                     *         "created_at": 1764001200,
                     *         "members": [
                     *           {
                     *             "id": "user_3Hq8ZpL2mVx9",
                     *             "email": "admin@escuelakemper.mx",
                     *             "role": "admin"
                     *           },
                     *           {
                     *             "id": "user_7Lm2Qx9RtB4k",
                     *             "email": "contabilidad@xenonindustrial.mx",
                     *             "role": "editor"
                     *           }
                     *         ],
                     *         "sat": {
                     *           "completed": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's integrations keyed by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Integrations retrieved successfully",
                     *       "data": {
                     *         "stripe": {
                     *           "completed": true
                     *         },
                     *         "sat": {
                     *           "completed": true
                     *         },
                     *         "whatsapp": {
                     *           "completed": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["TeamIntegrations"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamSeries: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's series (shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Series retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "A",
                     *           "series": "A",
                     *           "live": 1284,
                     *           "test": 57
                     *         },
                     *         {
                     *           "id": "P",
                     *           "series": "P",
                     *           "live": 312,
                     *           "test": 9
                     *         },
                     *         {
                     *           "id": "NC",
                     *           "series": "NC",
                     *           "live": 18,
                     *           "test": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Series"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTeamSeries: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "series": "B",
                 *       "live": 0,
                 *       "test": 0
                 *     }
                 */
                "application/json": components["schemas"]["TeamSeriesCreateInput"];
            };
        };
        responses: {
            /** @description The created series (shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Series created successfully",
                     *       "data": {
                     *         "id": "B",
                     *         "series": "B",
                     *         "live": 0,
                     *         "test": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Series"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTeamSeries: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
                /**
                 * @description Series identifier. Undocumented; most likely the series name itself (e.g. `A`), i.e.
                 *     the `id`/`series` of a `Series` returned by `getTeamSeries`.
                 * @example A
                 */
                seriesId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "live": 1300,
                 *       "test": 60
                 *     }
                 */
                "application/json": components["schemas"]["TeamSeriesUpdateInput"];
            };
        };
        responses: {
            /** @description The updated series (shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Series updated successfully",
                     *       "data": {
                     *         "id": "A",
                     *         "series": "A",
                     *         "live": 1300,
                     *         "test": 60
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Series"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeamOnboardingUrl: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding URL as a plain string in `data`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Onboarding URL retrieved successfully",
                     *       "data": "https://embeded.gigstack.pro/?sessionId=5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90&c=Q2hhbGxlbmdlOTM4"
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * Format: uri
                         * @description Onboarding URL (embedded portal session).
                         */
                        data: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addTeamMember: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "user_7Lm2Qx9RtB4k",
                 *       "role": "editor"
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberAddInput"];
            };
        };
        responses: {
            /** @description The member was added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeTeamMember: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "user_7Lm2Qx9RtB4k"
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberRemoveInput"];
            };
        };
        responses: {
            /** @description The member was removed (body shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadTeamCsdCertificates: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cert": "<contents of the .cer file>",
                 *       "key": "<contents of the .key file>",
                 *       "keyPass": "12345678a"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["TeamCsdUpload"];
            };
        };
        responses: {
            /** @description The CSD was accepted (body shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "SAT connection established successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    signTeamManifest: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cert": "MIIGPjCCBCagAwIBAgIUMDAwMDEwMDAwMDA1MDU4NDY4NjYwDQYJKoZIhvcNAQELBQAwggGEMSAwHgYDVQQDDBdBVVRPUklEQUQgQ0VSVElGSUNBRE9SQQ==",
                 *       "key": "MIIFDjBABgkqhkiG9w0BBQ0wMzAbBgkqhkiG9w0BBQwwDgQI2AmuEcKQ+fECAggAMBQGCCqGSIb3DQMHBAi1uG7u8ZAb9Q==",
                 *       "password": "12345678a"
                 *     }
                 */
                "application/json": components["schemas"]["TeamManifestSignInput"];
            };
        };
        responses: {
            /** @description The manifest was signed (body shape assumed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Manifest signed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor copied from the previous page's `next`. */
                next?: components["parameters"]["Next"];
                /**
                 * @description Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
                 *     `created_at`, so the type stays an open string.
                 */
                order_by?: components["parameters"]["OrderBy"];
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Users retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "user_4Hn8QzP2vLx7",
                     *           "email": "karla.fuente@kemper.edu.mx",
                     *           "name": "Karla Fuente Nolasco",
                     *           "role": "admin",
                     *           "created_at": 1764000000
                     *         },
                     *         {
                     *           "id": "user_9Tb3WcR6mKs1",
                     *           "email": "oscar.kala@kemper.edu.mx",
                     *           "name": "Oscar Kala Haak",
                     *           "role": "member",
                     *           "created_at": 1764003600
                     *         }
                     *       ],
                     *       "next": "eyJsYXN0IjoidXNlcl85VGIzV2NSNm1LczEifQ",
                     *       "has_more": true,
                     *       "total_results": 7
                     *     }
                     */
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        data: (components["schemas"]["User"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createUser: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "xochilt.casas@kemper.edu.mx",
                 *       "first_name": "Xochilt",
                 *       "last_name": "Casas Chávez",
                 *       "phone": "+525512345678",
                 *       "company_role": "Contadora",
                 *       "role": "editor",
                 *       "auto_join": true,
                 *       "address": {
                 *         "street": "Av. Álvaro Obregón",
                 *         "exterior": "121",
                 *         "neighborhood": "Roma Norte",
                 *         "municipality": "Cuauhtémoc",
                 *         "city": "Ciudad de México",
                 *         "state": "CDMX",
                 *         "zip": "06700",
                 *         "country": "Mexico"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UserCreateInput"];
            };
        };
        responses: {
            /**
             * @description The created user. The sources show the body (`User created successfully`) but not
             *     the status code; 200 is declared (the SDK must accept any 2xx, 201 included).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "User created successfully",
                     *       "data": {
                     *         "id": "user_2Pk7VnX4cQw9",
                     *         "email": "xochilt.casas@kemper.edu.mx",
                     *         "name": "Xochilt Casas Chávez",
                     *         "role": "member",
                     *         "created_at": 1764007200,
                     *         "invitation_sent": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUser: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "User retrieved successfully",
                     *       "data": {
                     *         "id": "user_4Hn8QzP2vLx7",
                     *         "email": "karla.fuente@kemper.edu.mx",
                     *         "name": "Karla Fuente Nolasco",
                     *         "first_name": "Karla",
                     *         "last_name": "Fuente Nolasco",
                     *         "phone": "+525598765432",
                     *         "company_role": "Directora de finanzas",
                     *         "role": "admin",
                     *         "address": {
                     *           "street": "Av. Álvaro Obregón 121",
                     *           "neighborhood": "Roma Norte",
                     *           "city": "Ciudad de México",
                     *           "state": "CDMX",
                     *           "zip": "06700",
                     *           "country": "MEX"
                     *         },
                     *         "created_at": 1764000000,
                     *         "last_login": 1764086400,
                     *         "teams": [
                     *           {
                     *             "team_id": "team_9fKq2LmA7xRt",
                     *             "team_name": "Escuela Kemper Urgate",
                     *             "role": "admin"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["User"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateUser: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Karla",
                 *       "last_name": "Fuente Nolasco",
                 *       "phone": "+525598765432",
                 *       "company_role": "Directora de finanzas",
                 *       "address": {
                 *         "street": "Av. Álvaro Obregón",
                 *         "exterior": "121",
                 *         "neighborhood": "Roma Norte",
                 *         "city": "Ciudad de México",
                 *         "state": "CDMX",
                 *         "zip": "06700",
                 *         "country": "Mexico"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UserUpdateInput"];
            };
        };
        responses: {
            /**
             * @description The updated user. No source shows this response; an Envelope<User> like `getUser`
             *     is assumed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "User updated successfully",
                     *       "data": {
                     *         "id": "user_4Hn8QzP2vLx7",
                     *         "email": "karla.fuente@kemper.edu.mx",
                     *         "name": "Karla Fuente Nolasco",
                     *         "first_name": "Karla",
                     *         "last_name": "Fuente Nolasco",
                     *         "phone": "+525598765432",
                     *         "company_role": "Directora de finanzas",
                     *         "role": "admin",
                     *         "address": {
                     *           "street": "Av. Álvaro Obregón 121",
                     *           "neighborhood": "Roma Norte",
                     *           "city": "Ciudad de México",
                     *           "state": "CDMX",
                     *           "zip": "06700",
                     *           "country": "MEX"
                     *         },
                     *         "created_at": 1764000000
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["User"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deletion accepted. The response body was never seen; a generic envelope with an
             *     undescribed `data` is assumed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Operation completed successfully",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resetUserPassword: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "oscar.kala@kemper.edu.mx"
                 *     }
                 */
                "application/json": components["schemas"]["UserPasswordResetInput"];
            };
        };
        responses: {
            /**
             * @description Reset e-mail sent. The docs example is cut off after `data: {`, so `data` is left
             *     undescribed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Password reset email sent",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    generateUserLoginLink: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_id": "user_2Pk7VnX4cQw9"
                 *     }
                 */
                "application/json": components["schemas"]["UserLoginLinkInput"];
            };
        };
        responses: {
            /** @description The login link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Login link generated successfully",
                     *       "data": {
                     *         "url": "https://app.gigstack.pro/login?token=eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiJ1c2VyXzJQazdWblg0Y1F3OSJ9.c2lnbmF0dXJl"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["UserLoginLink"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only subscriptions in this state. */
                status?: components["schemas"]["WebhookStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook subscriptions (no pagination cursor). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhooks retrieved successfully",
                     *       "data": [
                     *         {
                     *           "id": "wh_7Tq2LmZ9xKp4",
                     *           "url": "https://erp.kemper.edu.mx/webhooks/gigstack",
                     *           "events": [
                     *             "invoice.stamped",
                     *             "invoice.cancelled",
                     *             "payment.succeeded"
                     *           ],
                     *           "status": "active",
                     *           "description": "Sincronización con el ERP",
                     *           "owner": "Xr3kP9mQ2tV8bN1cL5wZ7yH4jF6a",
                     *           "created_at": 1764000000000
                     *         },
                     *         {
                     *           "id": "wh_3Rb8NcY5wJd2",
                     *           "url": "https://hooks.kemper.edu.mx/cobranza",
                     *           "events": [
                     *             "payment.created",
                     *             "payment.failed",
                     *             "customer.created"
                     *           ],
                     *           "status": "inactive",
                     *           "owner": "Xr3kP9mQ2tV8bN1cL5wZ7yH4jF6a",
                     *           "created_at": 1764010000000
                     *         }
                     *       ],
                     *       "timestamp": 1764090000123
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: (components["schemas"]["Webhook"] | null)[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://erp.kemper.edu.mx/webhooks/gigstack",
                 *       "events": [
                 *         "invoice.stamped",
                 *         "invoice.cancelled",
                 *         "payment.succeeded"
                 *       ],
                 *       "description": "Sincronización con el ERP",
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreateInput"];
            };
        };
        responses: {
            /**
             * @description The created subscription. The docs show the body (`Webhook created successfully`)
             *     but not the status code; 200 is declared (the SDK must accept any 2xx).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook created successfully",
                     *       "data": {
                     *         "id": "wh_7Tq2LmZ9xKp4",
                     *         "url": "https://erp.kemper.edu.mx/webhooks/gigstack",
                     *         "events": [
                     *           "invoice.stamped",
                     *           "invoice.cancelled",
                     *           "payment.succeeded"
                     *         ],
                     *         "status": "active",
                     *         "description": "Sincronización con el ERP",
                     *         "owner": "Xr3kP9mQ2tV8bN1cL5wZ7yH4jF6a",
                     *         "created_at": 1764000000000
                     *       },
                     *       "timestamp": 1764000000345
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Webhook"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhook: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook retrieved successfully",
                     *       "data": {
                     *         "id": "wh_7Tq2LmZ9xKp4",
                     *         "url": "https://erp.kemper.edu.mx/webhooks/gigstack",
                     *         "events": [
                     *           "invoice.stamped",
                     *           "invoice.cancelled",
                     *           "payment.succeeded"
                     *         ],
                     *         "status": "active",
                     *         "description": "Sincronización con el ERP",
                     *         "owner": "Xr3kP9mQ2tV8bN1cL5wZ7yH4jF6a",
                     *         "created_at": 1764000000000
                     *       },
                     *       "timestamp": 1764090000123
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Webhook"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "invoice.stamped",
                 *         "invoice.cancelled",
                 *         "payment.succeeded",
                 *         "payment.refunded"
                 *       ],
                 *       "status": "inactive"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdateInput"];
            };
        };
        responses: {
            /**
             * @description The updated subscription. The docs example is cut off; the standardized envelope
             *     with the updated Webhook (as on create/get) is assumed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook updated successfully",
                     *       "data": {
                     *         "id": "wh_7Tq2LmZ9xKp4",
                     *         "url": "https://erp.kemper.edu.mx/webhooks/gigstack",
                     *         "events": [
                     *           "invoice.stamped",
                     *           "invoice.cancelled",
                     *           "payment.succeeded",
                     *           "payment.refunded"
                     *         ],
                     *         "status": "inactive",
                     *         "description": "Sincronización con el ERP",
                     *         "owner": "Xr3kP9mQ2tV8bN1cL5wZ7yH4jF6a",
                     *         "created_at": 1764000000000
                     *       },
                     *       "timestamp": 1764090500456
                     *     }
                     */
                    "application/json": components["schemas"]["Envelope"] & {
                        data: components["schemas"]["Webhook"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header?: never;
            path: {
                /**
                 * @description Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
                 *     `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Deleted. The response body was never seen; a generic envelope with an undescribed
             *     `data` is assumed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Webhook deleted successfully",
                     *       "data": {},
                     *       "timestamp": 1764091000789
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    headlessSignup: {
        parameters: {
            query?: {
                /**
                 * @description gigstack Connect: act on another team's resources (same billing account). Omitted, the
                 *     API key's own team is used.
                 * @example team_9fKq2LmA7xRt
                 */
                team?: components["parameters"]["Team"];
            };
            header: {
                /**
                 * @description Partner (internal) API key issued by gigstack; required on this operation only.
                 * @example ik_partner_demo_4f9a2c
                 */
                "X-Internal-API-Key": string;
                /**
                 * @description UUID v4 identifying this signup attempt; replays with the same key return the cached response.
                 * @example 5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90
                 */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "facturacion@xenonindustrial.mx",
                 *       "name": "Xenon Industrial Articles",
                 *       "plan_id": "agent-tier",
                 *       "billing_cycle": "monthly",
                 *       "stripe_payment_method": "pm_1QxYz2AbCdEfGhIjKlMnOpQr",
                 *       "metadata": {
                 *         "source": "erp-connector"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["HeadlessSignupInput"];
            };
        };
        responses: {
            /** @description Account created (no envelope). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_id": "Xr3kP9mQ2tV8bN1cL5wZ7yH4jF6a",
                     *       "team_id": "team_3Nq8Wf5LzR2k",
                     *       "billing_account_id": "ba_7Hc2Mv9QxT4p",
                     *       "subscription": {
                     *         "id": "sub_1QxZa3AbCdEfGhIj",
                     *         "status": "active",
                     *         "current_period_end": 1766592000
                     *       },
                     *       "api_keys": {
                     *         "live": "eyJhbGciOiJIUzI1NiJ9.eyJ0ZWFtIjoidGVhbV8zTnE4V2Y1THpSMmsiLCJsaXZlbW9kZSI6dHJ1ZX0.bGl2ZS1zaWduYXR1cmU",
                     *         "test": "eyJhbGciOiJIUzI1NiJ9.eyJ0ZWFtIjoidGVhbV8zTnE4V2Y1THpSMmsiLCJsaXZlbW9kZSI6ZmFsc2V9.dGVzdC1zaWduYXR1cmU"
                     *       },
                     *       "next_steps": {
                     *         "fiel_upload_url": "POST /v2/teams/team_3Nq8Wf5LzR2k/sat-connection",
                     *         "manifest_sign_url": "POST /v2/teams/team_3Nq8Wf5LzR2k/manifest/sign",
                     *         "note": "RFC and FIEL are only required for CFDI stamping. Clients, payments, services, receipts, and webhooks all work without them."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HeadlessSignupResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Stripe rejected the payment method (`payment_processor_error`). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "The payment method was declined: your card has insufficient funds",
                     *       "error": "payment_processor_error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
