// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
import * as z from 'zod/mini';
import { zAddress, zClientDefaults, zInvoiceConfig, zMetadata, zTax, zTeamMemberPermissions, zThirdParty, zWebhookStatus } from "./request.gen.js";

/**
 * Success envelope. Operations refine `data`. `success` and `timestamp` appear in the
 * newer "standardized" responses; `timestamp` is epoch ms (number) or an ISO string.
 *
 */
export const zEnvelope = z.object({
    message: z.optional(z.string()),
    data: z.unknown(),
    success: z.optional(z.literal(true)),
    timestamp: z.optional(z.union([
        z.int(),
        z.string()
    ]))
});

/**
 * Cursor-paginated list envelope. Loop while `has_more` and `next`.
 */
export const zListEnvelope = z.object({
    message: z.optional(z.string()),
    data: z.array(z.unknown()),
    next: z.nullish(z.string()),
    has_more: z.optional(z.boolean()),
    total_results: z.optional(z.int()),
    success: z.optional(z.literal(true)),
    timestamp: z.optional(z.union([
        z.int(),
        z.string()
    ]))
});

/**
 * Page-numbered search envelope used by `*search` endpoints.
 */
export const zSearchEnvelope = z.object({
    success: z.optional(z.literal(true)),
    message: z.optional(z.string()),
    data: z.array(z.unknown()),
    has_more: z.optional(z.boolean()),
    next: z.nullish(z.union([
        z.string(),
        z.int()
    ])),
    found: z.optional(z.int()),
    page: z.optional(z.int()),
    per_page: z.optional(z.int())
});

/**
 * Envelope whose `data` is not described by any source (typically `{}`).
 */
export const zEmptyEnvelope = z.intersection(zEnvelope, z.object({
    data: z.optional(z.record(z.string(), z.unknown()))
}));

/**
 * Object form of `error` seen by the CLI.
 */
export const zApiErrorObject = z.object({
    code: z.optional(z.string()),
    message: z.optional(z.string()),
    details: z.optional(z.union([
        z.string(),
        z.array(z.string())
    ]))
});

/**
 * Error codes of docs page apierrorcode (23).
 */
export const zApiErrorCode = z.enum([
    'unauthorized',
    'invalid_token',
    'forbidden',
    'insufficient_permissions',
    'validation_failed',
    'invalid_request_body',
    'missing_required_field',
    'invalid_field_value',
    'resource_not_found',
    'resource_already_exists',
    'resource_conflict',
    'business_rule_violation',
    'operation_not_allowed',
    'external_service_error',
    'payment_processor_error',
    'cfdi_service_error',
    'internal_server_error',
    'service_unavailable',
    'rate_limit_exceeded',
    'database_error',
    'data_integrity_error',
    'file_not_found',
    'file_upload_error',
    'invalid_file_format'
]);

/**
 * Error body. Documented form `{message, error: "<ApiErrorCode>"}`; the CLI also parses an
 * object form `{success: false, error: {code, message, details}}`, so both are accepted.
 *
 */
export const zErrorEnvelope = z.object({
    message: z.string(),
    error: z.union([
        zApiErrorCode,
        zApiErrorObject
    ]),
    success: z.optional(z.literal(false)),
    binnacle_id: z.optional(z.string())
});

/**
 * Result of the last SAT validation of a client's fiscal data.
 */
export const zFiscalValidation = z.object({
    status: z.optional(z.string()),
    message: z.optional(z.string())
});

/**
 * `data` of `POST /clients/validate/{id}`; only `fiscal_validation` is known (§3.17).
 */
export const zClientValidation = z.object({
    fiscal_validation: z.optional(zFiscalValidation),
    is_valid: z.optional(z.boolean())
});

/**
 * A team as an object; only `id` is known.
 */
export const zTeamRef = z.object({
    id: z.string()
});

export const zClient = z.object({
    id: z.string(),
    name: z.optional(z.string()),
    legal_name: z.optional(z.string()),
    company: z.optional(z.string()),
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
    bcc: z.optional(z.array(z.string())),
    tax_id: z.optional(z.string()),
    tax_system: z.optional(z.string()),
    use: z.optional(z.string()),
    address: z.optional(zAddress),
    metadata: z.optional(zMetadata),
    defaults: z.optional(zClientDefaults),
    is_valid: z.optional(z.boolean()),
    efos: z.optional(z.object({
        is_valid: z.optional(z.boolean())
    })),
    efos_status: z.optional(z.string()),
    efos_checked_at: z.optional(z.string()),
    livemode: z.optional(z.boolean()),
    created_at: z.optional(z.int()),
    team: z.optional(z.union([
        z.string(),
        zTeamRef
    ])),
    fiscal_validation: z.optional(zFiscalValidation),
    owner: z.optional(z.string()),
    from: z.optional(z.string())
});

/**
 * An invoice referenced from a payment, as an object.
 */
export const zInvoiceRef = z.object({
    id: z.optional(z.string()),
    uuid: z.optional(z.string())
});

export const zService = z.object({
    id: z.string(),
    description: z.optional(z.string()),
    sku: z.optional(z.string()),
    product_key: z.optional(z.string()),
    unit_key: z.optional(z.string()),
    unit_name: z.optional(z.string()),
    unit_price: z.optional(z.number()),
    quantity: z.optional(z.number()),
    taxability: z.optional(z.string()),
    taxes: z.optional(z.array(zTax)),
    team: z.optional(z.string()),
    created_at: z.optional(z.int()),
    from: z.optional(z.string())
});

/**
 * An item as returned inside invoices, payments and receipts.
 */
export const zItem = z.object({
    id: z.optional(z.string()),
    description: z.optional(z.string()),
    quantity: z.optional(z.number()),
    unit_price: z.optional(z.number()),
    discount: z.optional(z.number()),
    product_key: z.optional(z.string()),
    unit_key: z.optional(z.string()),
    unit_name: z.optional(z.string()),
    sku: z.optional(z.string()),
    taxability: z.optional(z.string()),
    taxes: z.optional(z.array(zTax)),
    third_party: z.optional(zThirdParty),
    team: z.optional(z.string()),
    created_at: z.optional(z.int()),
    from: z.optional(z.string())
});

/**
 * A stamped (or pending/cancelled) CFDI. Addressed by its CFDI UUID.
 */
export const zInvoice = z.object({
    uuid: z.optional(z.string()),
    id: z.optional(z.string()),
    client: z.optional(z.object({
        id: z.optional(z.string()),
        name: z.optional(z.string()),
        legal_name: z.optional(z.string()),
        email: z.optional(z.string()),
        tax_id: z.optional(z.string())
    })),
    status: z.optional(z.string()),
    invoice_type: z.optional(z.string()),
    currency: z.optional(z.string()),
    exchange_rate: z.optional(z.number()),
    total: z.optional(z.number()),
    subtotal: z.optional(z.number()),
    taxes: z.optional(z.number()),
    discount: z.optional(z.number()),
    series: z.optional(z.string()),
    folio_number: z.optional(z.int()),
    payment_method: z.optional(z.string()),
    payment_form: z.optional(z.string()),
    use: z.optional(z.string()),
    items: z.optional(z.array(zItem)),
    stamp: z.optional(z.object({
        stamp_at: z.optional(z.int()),
        sello: z.optional(z.string())
    })),
    created_at: z.optional(z.int()),
    livemode: z.optional(z.boolean()),
    owner: z.optional(z.string()),
    team: z.optional(z.string()),
    last_balance: z.optional(z.number()),
    payment_complements: z.optional(z.int()),
    cancellation_status: z.optional(z.string()),
    cancellation_receipt: z.optional(z.string()),
    metadata: z.optional(zMetadata),
    verification_url: z.optional(z.string())
});

/**
 * Download URLs of an invoice's files. The host may differ from the API's.
 */
export const zInvoiceFiles = z.object({
    pdf: z.optional(z.url()),
    xml: z.optional(z.url())
});

/**
 * A SAT/PAC stamping error explained.
 */
export const zCfdiError = z.object({
    code: z.optional(z.string()),
    description: z.optional(z.string()),
    explanation: z.optional(z.string()),
    solution: z.optional(z.string()),
    type: z.optional(z.enum([
        'invoice',
        'receiver',
        'sender',
        'unknown'
    ]))
});

/**
 * Only `id` is documented.
 */
export const zRefund = z.object({
    id: z.optional(z.string())
});

export const zPayment = z.object({
    id: z.string(),
    client: z.optional(z.union([
        z.string(),
        z.object({
            id: z.optional(z.string()),
            name: z.optional(z.string()),
            email: z.optional(z.string()),
            tax_id: z.optional(z.string())
        })
    ])),
    status: z.optional(z.string()),
    currency: z.optional(z.string()),
    exchange_rate: z.optional(z.number()),
    payment_form: z.optional(z.string()),
    total: z.optional(z.number()),
    subtotal: z.optional(z.number()),
    taxes: z.optional(z.number()),
    discount: z.optional(z.number()),
    amount: z.optional(z.number()),
    items: z.optional(z.array(zItem)),
    emails: z.optional(z.array(z.string())),
    allowed_payment_methods: z.optional(z.array(z.object({
        id: z.optional(z.string())
    }))),
    metadata: z.optional(zMetadata),
    invoice_config: z.optional(zInvoiceConfig),
    idempotency_key: z.optional(z.string()),
    invoices: z.optional(z.array(z.union([z.string(), zInvoiceRef]))),
    receipts: z.optional(z.array(z.string())),
    refunds: z.optional(z.array(zRefund)),
    created_at: z.optional(z.int()),
    succeeded_at: z.optional(z.int()),
    payment_processor: z.optional(z.string()),
    short_url: z.optional(z.string()),
    automation_type: z.optional(z.string()),
    livemode: z.optional(z.boolean()),
    team: z.optional(z.union([
        z.string(),
        zTeamRef
    ])),
    owner: z.optional(z.string()),
    from: z.optional(z.string())
});

export const zReceipt = z.object({
    id: z.string(),
    client: z.optional(z.object({
        id: z.optional(z.string()),
        name: z.optional(z.string()),
        legal_name: z.optional(z.string()),
        tax_id: z.optional(z.string())
    })),
    status: z.optional(z.string()),
    total: z.optional(z.number()),
    subtotal: z.optional(z.number()),
    taxes: z.optional(z.number()),
    currency: z.optional(z.string()),
    periodicity: z.optional(z.string()),
    payment_form: z.optional(z.string()),
    created: z.optional(z.int()),
    validUntil: z.optional(z.int()),
    url: z.optional(z.string()),
    items: z.optional(z.array(zItem)),
    metadata: z.optional(zMetadata),
    invoice_config: z.optional(zInvoiceConfig),
    idempotency_key: z.optional(z.string()),
    livemode: z.optional(z.boolean())
});

export const zTeamBrand = z.object({
    alias: z.optional(z.string()),
    primary_color: z.optional(z.string()),
    secondary_color: z.optional(z.string()),
    logo: z.optional(z.string())
});

export const zTeamMember = z.object({
    id: z.optional(z.string()),
    email: z.optional(z.string()),
    role: z.optional(z.string())
});

/**
 * Persisted team settings. Every field is optional; `null` clears a field on input.
 */
export const zTeamSettings = z.object({
    default_description: z.nullish(z.string()),
    override_item_description: z.nullish(z.string()),
    invoice_pdf_notes: z.nullish(z.string()),
    product_key: z.nullish(z.string()),
    unit_key: z.nullish(z.string()),
    unit_name: z.nullish(z.string()),
    sku: z.nullish(z.string()),
    use: z.nullish(z.string()),
    keep_full_legal_name: z.nullish(z.boolean()),
    avoid_legal_name_replacer: z.nullish(z.boolean()),
    taxes: z.nullish(z.array(zTax)),
    taxes_usd: z.nullish(z.array(zTax)),
    withholding_taxes: z.nullish(z.array(zTax)),
    avoid_automations_on_currencies: z.nullish(z.array(z.string())),
    automate_complement_for_ppd_invoices: z.nullish(z.boolean()),
    global_invoice_disabled: z.nullish(z.boolean()),
    uses_on_self_invoice_portal: z.nullish(z.array(z.string())),
    periodicity: z.nullish(z.union([
        z.string(),
        z.object({
            label: z.optional(z.string()),
            value: z.optional(z.string())
        })
    ])),
    pdf_language: z.nullish(z.enum(['en', 'es'])),
    customer_portal_id: z.nullish(z.string()),
    emails: z.nullish(z.object({
        invoices_bcc: z.optional(z.array(z.string())),
        payments_bcc: z.optional(z.array(z.string())),
        receipts_bcc: z.optional(z.array(z.string())),
        avoid_invoice_emails: z.optional(z.boolean()),
        avoid_test_invoice_emails: z.optional(z.boolean()),
        avoid_receipts_emails: z.optional(z.boolean())
    })),
    default_series: z.nullish(z.object({
        income: z.optional(z.object({
            serie: z.optional(z.string())
        })),
        complements: z.optional(z.object({
            serie: z.optional(z.string())
        })),
        credit_note: z.optional(z.object({
            serie: z.optional(z.string())
        }))
    }))
});

export const zTeam = z.object({
    id: z.string(),
    legal_name: z.optional(z.string()),
    name: z.optional(z.string()),
    brand: z.optional(zTeamBrand),
    address: z.optional(zAddress),
    settings: z.optional(zTeamSettings),
    tax_id: z.optional(z.string()),
    tax_system: z.optional(z.string()),
    support_email: z.optional(z.string()),
    support_phone: z.optional(z.string()),
    owner: z.optional(z.string()),
    created_at: z.optional(z.int()),
    credit_limit: z.optional(z.number()),
    used_credits: z.optional(z.number()),
    credit_period_start: z.optional(z.int()),
    billing: z.optional(z.object({
        credits: z.optional(z.number())
    })),
    sat: z.optional(z.object({
        completed: z.optional(z.boolean()),
        connected_at: z.optional(z.union([
            z.int(),
            z.string()
        ])),
        csd_expires_at: z.optional(z.union([
            z.int(),
            z.string()
        ]))
    })),
    members: z.optional(z.array(zTeamMember)),
    integrations: z.optional(z.record(z.string(), z.object({
        completed: z.optional(z.boolean())
    })))
});

/**
 * A folio series. The response shape was never seen; `id` is assumed to be what
 * `{seriesId}` takes, and may equal `series`.
 *
 */
export const zSeries = z.object({
    id: z.optional(z.string()),
    series: z.optional(z.string()),
    live: z.optional(z.int()),
    test: z.optional(z.int())
});

export const zUser = z.object({
    id: z.string(),
    email: z.optional(z.string()),
    name: z.optional(z.string()),
    first_name: z.optional(z.string()),
    last_name: z.optional(z.string()),
    phone: z.optional(z.string()),
    company_role: z.optional(z.string()),
    role: z.optional(z.string()),
    address: z.optional(zAddress),
    created_at: z.optional(z.int()),
    last_login: z.optional(z.int()),
    teams: z.optional(z.array(z.object({
        team_id: z.optional(z.string()),
        team_name: z.optional(z.string()),
        role: z.optional(z.string())
    }))),
    invitation_sent: z.optional(z.boolean())
});

/**
 * Customer-portal session (CLI reads `url` and `expires_at`; docs show a placeholder `{}`).
 */
export const zPortalSession = z.object({
    url: z.optional(z.string()),
    expires_at: z.optional(z.number())
});

/**
 * Result of stamping up to 100 pending receipts; `failed > 0` is a partial success.
 */
export const zPendingReceiptsSummary = z.object({
    stamped: z.optional(z.int()),
    failed: z.optional(z.int()),
    remaining: z.optional(z.int()),
    results: z.optional(z.array(z.object({
        id: z.optional(z.string()),
        status: z.optional(z.string())
    })))
});

export const zSupportDocumentType = z.enum([
    'contract',
    'delivery_proof',
    'payment_proof',
    'communication',
    'payment_confirmation',
    'subscription_info'
]);

export const zSupportDocument = z.object({
    id: z.optional(z.string()),
    document_type: z.optional(z.string()),
    name: z.optional(z.string()),
    description: z.optional(z.string()),
    file_url: z.optional(z.string()),
    file_name: z.optional(z.string()),
    file_size: z.optional(z.int()),
    mime_type: z.optional(z.string()),
    compliance_status: z.optional(z.string()),
    compliance_notes: z.optional(z.string()),
    valid_from: z.nullish(z.union([
        z.int(),
        z.string()
    ])),
    valid_until: z.nullish(z.union([
        z.int(),
        z.string()
    ])),
    ai_extraction: z.optional(z.record(z.string(), z.unknown())),
    audits: z.optional(z.array(z.record(z.string(), z.unknown()))),
    created_at: z.optional(z.int()),
    created_by: z.optional(z.string()),
    updated_at: z.optional(z.int()),
    linked_entities: z.optional(z.array(z.object({
        entity_type: z.optional(z.string()),
        entity_id: z.optional(z.string()),
        linked_at: z.optional(z.union([
            z.int(),
            z.string()
        ]))
    })))
});

/**
 * Multipart body of the support-document uploads (PDF/PNG/JPG/JPEG/WEBP ≤ 10 MiB).
 */
export const zSupportDocumentUpload = z.object({
    file: z.string(),
    documentType: zSupportDocumentType,
    name: z.optional(z.string()),
    description: z.optional(z.string())
});

/**
 * Multipart body of the CSF upload: the Constancia de Situación Fiscal as a PDF (the CLI
 * enforces ≤ 5 MiB and PDF content).
 *
 */
export const zClientCsfUpload = z.object({
    file: z.string()
});

/**
 * A batch [cli-next]. Seen: `id`, `result` (null while running), `rejected[]`,
 * `counts{failed,…}`. `status` and the other `counts` keys are assumptions.
 *
 */
export const zIncomeInvoiceBatch = z.object({
    id: z.string(),
    status: z.optional(z.string()),
    result: z.nullish(z.union([
        z.string(),
        z.record(z.string(), z.unknown())
    ])),
    rejected: z.optional(z.array(z.object({
        index: z.optional(z.int()),
        idempotency_key: z.optional(z.string()),
        error: z.optional(z.string())
    }))),
    counts: z.optional(z.object({
        failed: z.optional(z.int())
    }))
});

/**
 * Outcome of one invoice of a batch. Only `status` (`needs_review`) is seen
 * [cli-next]; the other fields are assumptions. Open object.
 *
 */
export const zIncomeInvoiceBatchItem = z.object({
    idempotency_key: z.optional(z.string()),
    index: z.optional(z.int()),
    status: z.optional(z.string()),
    invoice: z.optional(z.string()),
    error: z.optional(z.string())
});

/**
 * The nested page returned in `data` by `listIncomeInvoiceBatchItems` [cli-next].
 */
export const zIncomeInvoiceBatchItemPage = z.object({
    data: z.array(z.union([zIncomeInvoiceBatchItem, z.null()])),
    next: z.nullish(z.string()),
    has_more: z.optional(z.boolean())
});

/**
 * Outcome of `importInvoiceXml` [cli-next].
 */
export const zInvoiceXmlImportResult = z.object({
    summary: z.optional(z.object({
        imported: z.optional(z.int()),
        not_imported: z.optional(z.int())
    })),
    results: z.optional(z.array(z.object({
        filename: z.optional(z.string()),
        success: z.optional(z.boolean()),
        error: z.optional(z.string())
    })))
});

/**
 * The one success-status envelope that can report failure: `POST /invoices/import` answers
 * HTTP 200 with `success: false` when files were not imported (the SDK raises it as an API
 * error, as CLI-next treats it as a failure).
 *
 */
export const zInvoiceXmlImportEnvelope = z.object({
    message: z.optional(z.string()),
    data: zInvoiceXmlImportResult,
    success: z.optional(z.boolean()),
    timestamp: z.optional(z.union([
        z.int(),
        z.string()
    ]))
});

/**
 * Issuer or receiver of a mirrored CFDI.
 */
export const zSatInvoiceParty = z.object({
    rfc: z.optional(z.string()),
    name: z.optional(z.string())
});

/**
 * A CFDI mirrored from the SAT by Descarga Masiva [cli][docs]. List items carry `uuid`
 * … `issue_date`; `getSatInvoice` adds the detail fields from `has_xml` on. Dates are
 * read by the CLI with a formatter that accepts ISO strings and unix numbers, so both
 * are allowed.
 *
 */
export const zSatInvoice = z.object({
    uuid: z.string(),
    direction: z.optional(z.enum(['issued', 'received'])),
    invoice_type: z.optional(z.string()),
    issuer: z.optional(zSatInvoiceParty),
    receiver: z.optional(zSatInvoiceParty),
    total: z.optional(z.number()),
    currency: z.optional(z.string()),
    status: z.optional(z.string()),
    resource_status: z.optional(z.string()),
    issue_date: z.optional(z.union([
        z.string(),
        z.int()
    ])),
    has_xml: z.optional(z.boolean()),
    subtotal: z.optional(z.number()),
    exchange_rate: z.optional(z.number()),
    series: z.optional(z.string()),
    folio: z.optional(z.string()),
    stamp_date: z.optional(z.union([
        z.string(),
        z.int()
    ])),
    cancellation_date: z.nullish(z.union([
        z.string(),
        z.int()
    ])),
    pac_rfc: z.optional(z.string()),
    version: z.optional(z.string()),
    certificate_number: z.optional(z.string())
});

/**
 * Result of `retrySatInvoiceXml` [cli]. Only `credit_charged` is read by the CLI.
 */
export const zSatXmlRetryResult = z.object({
    credit_charged: z.optional(z.boolean())
});

/**
 * Response of `generateSatInvoicePdf` — NOT the usual envelope: the PDF is base64 in a
 * top-level `pdf` [cli][docs]. `message`/`success` are assumed to be present as in other
 * responses.
 *
 */
export const zSatInvoicePdf = z.object({
    pdf: z.string(),
    message: z.optional(z.string()),
    success: z.optional(z.literal(true))
});

/**
 * Descarga Masiva activation state [cli][docs].
 */
export const zSatDownloadActivationStatus = z.object({
    status: z.optional(z.string()),
    planIncludesFeature: z.optional(z.boolean()),
    isActivated: z.optional(z.boolean()),
    pricing: z.optional(z.object({
        perDownload: z.optional(z.union([
            z.string(),
            z.number()
        ])),
        addonMonthly: z.nullish(z.union([
            z.string(),
            z.number()
        ]))
    }))
});

/**
 * Result of `activateSatDownload` [cli][docs].
 */
export const zSatDownloadActivation = z.object({
    type: z.optional(z.string())
});

/**
 * Descarga Masiva connection state and schedule [cli][docs].
 */
export const zSatDownloadSchedule = z.object({
    fiel_uploaded: z.optional(z.boolean()),
    registered: z.optional(z.boolean()),
    sat_completed: z.optional(z.boolean()),
    sync_start_date: z.nullish(z.string()),
    schedule: z.nullish(z.object({
        enabled: z.optional(z.boolean()),
        time: z.optional(z.string()),
        downloadTypes: z.optional(z.array(z.enum(['issued', 'received']))),
        daysBack: z.optional(z.int()),
        lastRunAt: z.nullish(z.union([
            z.int(),
            z.string()
        ])),
        lastRunStatus: z.nullish(z.string())
    })),
    prodigia: z.nullish(z.object({
        synced: z.optional(z.boolean()),
        sync_from: z.nullish(z.string()),
        last_sync: z.nullish(z.union([
            z.string(),
            z.int()
        ])),
        monthly_cap: z.nullish(z.int()),
        message: z.optional(z.string())
    }))
});

/**
 * One SAT download request (camelCase fields) [cli][docs].
 */
export const zSatDownloadRequest = z.object({
    id: z.optional(z.string()),
    rfcType: z.optional(z.string()),
    startDate: z.optional(z.string()),
    endDate: z.optional(z.string()),
    status: z.optional(z.string()),
    invoiceCount: z.optional(z.int()),
    processedCount: z.optional(z.int()),
    source: z.optional(z.string()),
    createdAt: z.optional(z.union([
        z.int(),
        z.string()
    ]))
});

/**
 * `data` of `getSatDownloadHistory` — the last 20 requests [cli][docs].
 */
export const zSatDownloadHistory = z.object({
    history: z.optional(z.array(zSatDownloadRequest))
});

/**
 * Multipart body of `uploadFielCredentials` — the e.firma (FIEL), not the CSD [docs][cli-next].
 */
export const zFielCredentialsUpload = z.object({
    cert: z.string(),
    key: z.string(),
    password: z.string().check(z.minLength(1)),
    phone: z.optional(z.string())
});

/**
 * Page-numbered list envelope (§1.5 "Page list"), seen on `GET /invoices/errors`:
 * `{success, data, total, page, limit, message, timestamp}`; `timestamp` is an ISO string
 * there. No cursor: request the next `page` while `page * limit < total`.
 *
 */
export const zPageListEnvelope = z.object({
    success: z.optional(z.literal(true)),
    message: z.optional(z.string()),
    data: z.array(z.unknown()),
    total: z.optional(z.int().check(z.gte(0))),
    page: z.optional(z.int().check(z.gte(1))),
    limit: z.optional(z.int().check(z.gte(1))),
    timestamp: z.optional(z.union([
        z.int(),
        z.string()
    ]))
});

/**
 * What `POST /invoices/{id}/send` reports. [cli][docs]
 */
export const zInvoiceEmailDelivery = z.object({
    recipients: z.optional(z.array(z.string())),
    attachments: z.optional(z.array(z.string()))
});

/**
 * A draft invoice (pre-factura) as returned by the draft endpoints. [docs][cli-next] Same
 * fields as an invoice plus the draft bookkeeping; `id` is bare (e.g. `abc123def456`),
 * `folio_number` and `date` are `0` until stamped, and `created_at` / `updated_at` are
 * epoch **milliseconds** (unlike stamped invoices).
 *
 */
export const zInvoiceDraft = z.intersection(zInvoice, z.object({
    id: z.string(),
    draft: z.optional(z.literal(true)),
    updated_at: z.optional(z.int()),
    date: z.optional(z.int()),
    from: z.optional(z.string())
}));

/**
 * Preview of a draft ("Sin Validez Fiscal"). The sources only say the PDF comes base64 in
 * the JSON; the field name `pdf` is an assumption, other fields are allowed.
 *
 */
export const zInvoiceDraftPreview = z.object({
    pdf: z.optional(z.string())
});

/**
 * A team member as returned by the members endpoints: TeamMember (`id`, `email`, `role`)
 * plus optional `permissions`.
 *
 */
export const zTeamMemberRecord = z.intersection(zTeamMember, z.object({
    permissions: z.optional(zTeamMemberPermissions)
}));

/**
 * Issued portal token. No response was ever captured; `token` and `expires_at` are the
 * expected fields by analogy with PortalSession, and the object stays open.
 *
 */
export const zTeamPortalAccessToken = z.object({
    token: z.optional(z.string()),
    expires_at: z.optional(z.number()),
    url: z.optional(z.string())
});

export const zTeamEmailTemplate = z.object({
    subject: z.string(),
    body: z.string()
});

/**
 * Templates of one language keyed by template name. CLI-next requires all nine known
 * keys; the set is kept open for new templates.
 *
 */
export const zTeamEmailTemplateSet = z.object({
    invoices: z.optional(zTeamEmailTemplate),
    invoicesComplements: z.optional(zTeamEmailTemplate),
    invoicesEgress: z.optional(zTeamEmailTemplate),
    payments: z.optional(zTeamEmailTemplate),
    paymentsReminders: z.optional(zTeamEmailTemplate),
    paymentsRemindersAfter: z.optional(zTeamEmailTemplate),
    receipts: z.optional(zTeamEmailTemplate),
    receiptsReminders: z.optional(zTeamEmailTemplate),
    bankReview: z.optional(zTeamEmailTemplate)
});

/**
 * Baseline (editor) e-mail templates of a team, as validated by CLI-next: `team_id` equals
 * the requested team, `effect_scope` is `team_shared`, `source` is `editor_baseline`.
 *
 */
export const zTeamEmailTemplates = z.object({
    team_id: z.string(),
    effect_scope: z.optional(z.string()),
    source: z.optional(z.string()),
    is_nonprofit: z.optional(z.boolean()),
    english_enabled: z.optional(z.boolean()),
    templates_by_language: z.object({
        es: z.optional(zTeamEmailTemplateSet),
        en: z.optional(zTeamEmailTemplateSet)
    })
});

/**
 * A team invitation. No team-invitation response was captured; the fields follow
 * CLI-next's validator of the sibling endpoint `/users/me/account-invitations/{id}`
 * (same invitation records, `type: team`), all kept optional. Timestamps are numbers of
 * undocumented unit (seconds assumed in examples).
 *
 */
export const zTeamInvitation = z.object({
    id: z.string(),
    email: z.optional(z.string()),
    role: z.optional(z.string()),
    team_id: z.nullish(z.string()),
    type: z.optional(z.string()),
    billing_account_id: z.nullish(z.string()),
    approval_required: z.optional(z.boolean()),
    status: z.optional(z.string()),
    created_at: z.nullish(z.number()),
    expires_at: z.nullish(z.number()),
    created_by: z.nullish(z.string()),
    delivery: z.optional(z.object({
        status: z.optional(z.string()),
        attempted_at: z.nullish(z.number())
    }))
});

/**
 * Integrations keyed by name (`stripe`, `openpay`, `shopify`, `sat`, `sat_download`,
 * `whatsapp` … — open set). Each value has at least `completed`; other fields unknown.
 *
 */
export const zTeamIntegrations = z.record(z.string(), z.object({
    completed: z.optional(z.boolean())
}));

/**
 * Multipart body of `uploadTeamCsdCertificates` (CSD files + password) [cli-next].
 */
export const zTeamCsdUpload = z.object({
    cert: z.string(),
    key: z.string(),
    keyPass: z.string().check(z.minLength(1))
});

/**
 * `data` of the login-link response: a credential, treat it as a secret.
 */
export const zUserLoginLink = z.object({
    url: z.optional(z.string())
});

export const zWebhook = z.object({
    id: z.string(),
    url: z.optional(z.string()),
    events: z.optional(z.array(z.string())),
    status: z.optional(zWebhookStatus),
    description: z.optional(z.string()),
    owner: z.optional(z.string()),
    created_at: z.optional(z.int())
});

/**
 * 201 body of `POST /auth/signup`, returned without the usual envelope. [docs][cli]
 */
export const zHeadlessSignupResult = z.object({
    user_id: z.optional(z.string()),
    team_id: z.optional(z.string()),
    billing_account_id: z.optional(z.string()),
    subscription: z.optional(z.object({
        id: z.optional(z.string()),
        status: z.optional(z.string()),
        current_period_end: z.optional(z.int())
    })),
    api_keys: z.optional(z.object({
        live: z.optional(z.string()),
        test: z.optional(z.string())
    })),
    next_steps: z.optional(z.object({
        fiel_upload_url: z.optional(z.string()),
        manifest_sign_url: z.optional(z.string()),
        note: z.optional(z.string())
    }))
});

/**
 * gigstack Connect: act on another team's resources (same billing account). Omitted, the
 * API key's own team is used.
 *
 */
export const zTeam2 = z.string().check(z.minLength(1));

/**
 * Resource id, with the resource's prefix (`client_…`, `service_…`, `payment_…`,
 * `receipt_…`, `team_…`, `user_…`, `wh_…`); invoices are addressed by their CFDI UUID.
 *
 */
export const zId = z.string().check(z.minLength(1));

/**
 * Page size.
 */
export const zLimit = z._default(z.int().check(z.gte(1), z.lte(100)), 10);

/**
 * Opaque cursor copied from the previous page's `next`.
 */
export const zNext = z.string();

/**
 * Page number; used instead of `next` when metadata filters are present, and by search endpoints.
 */
export const zPage = z._default(z.int().check(z.gte(1)), 1);

/**
 * Sort field. Known values `timestamp` (default) and `name`; a docs guide shows
 * `created_at`, so the type stays an open string.
 *
 */
export const zOrderBy = z.string();

export const zSort = z.enum(['asc', 'desc']);

/**
 * Inclusive lower bound of the creation time, unix seconds.
 */
export const zCreatedGte = z.int().check(z.gte(0));

/**
 * `created[gte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
 * the two.
 *
 */
export const zCreatedGteUnderscore = z.int().check(z.gte(0));

/**
 * `created[lte]` as the newer invoices guide spells it (docs, §1.7, §6 #4); send one of
 * the two.
 *
 */
export const zCreatedLteUnderscore = z.int().check(z.gte(0));

/**
 * Inclusive upper bound of the creation time, unix seconds.
 */
export const zCreatedLte = z.int().check(z.gte(0));

/**
 * Exact-match filters on metadata values. The API takes them as `metadata.<key>=<value>`
 * (dot notation, one parameter per key), which OpenAPI cannot name; the SDK serialises
 * this object that way. Declared as a form-exploded object so that the keys are free.
 *
 */
export const zMetadata2 = z.record(z.string(), z.string());

/**
 * Free-text search term (name, RFC, e-mail or UUID, depending on the resource).
 */
export const zSearchQuery = z.string().check(z.minLength(1));

/**
 * Caller-chosen key that makes the batch submission safe to repeat: send the same key
 * (and the same per-invoice `idempotency_key`s) when retrying. 8–128 characters from
 * `[A-Za-z0-9._:-]` [cli-next, validated by the CLI before sending]. Declared required
 * because CLI-next always sends one and the SDK must never invent it; server-side
 * optionality, TTL and replay semantics are unknown.
 *
 */
export const zIncomeInvoiceBatchIdempotencyKey = z.string().check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9._:-]{8,128}$/));

/**
 * Invoice status filter. Known values: n8n sends `valid`, `canceled`, `pending`; the CLI
 * `valid`, `cancelled`. Both cancellation spellings exist (§6 #10), so the type is open.
 *
 */
export const zInvoiceStatusQuery = z.string();

/**
 * Only invoices of this client (`client_…`).
 */
export const zInvoiceClientIdQuery = z.string().check(z.minLength(1));

/**
 * Only invoices of this series (e.g. `A`). Sent by the CLI on income invoices.
 */
export const zInvoiceSeriesQuery = z.string().check(z.minLength(1));

/**
 * Only complements that pay this PPD invoice (its CFDI UUID).
 */
export const zInvoiceRelatedInvoiceIdQuery = z.string().check(z.minLength(1));

/**
 * Return only this file's URL; omitted, both `pdf` and `xml` are returned.
 */
export const zInvoiceFileTypeQuery = z.enum(['pdf', 'xml']);

/**
 * Exact SAT/PAC error code, e.g. `CFDI140223`.
 */
export const zCfdiErrorCodeQuery = z.string().check(z.minLength(1));

/**
 * Text search over code, description, explanation and solution.
 */
export const zCfdiErrorTextQuery = z.string().check(z.minLength(1));

/**
 * Which party the error concerns.
 */
export const zCfdiErrorTypeQuery = z.enum([
    'invoice',
    'receiver',
    'sender',
    'unknown'
]);

/**
 * Page size of the CFDI-error catalogue (default 50, unlike the other lists).
 */
export const zCfdiErrorLimit = z._default(z.int().check(z.gte(1), z.lte(100)), 50);

/**
 * Payment status. No authoritative list: n8n offers `requires_payment_method`,
 * `succeeded`, `canceled`; the CLI `pending`, `succeeded`, `failed`, `cancelled`,
 * `refunded` (both spellings of cancelled exist, §6 #10). Kept an open string.
 *
 */
export const zPaymentStatusFilter = z.string().check(z.minLength(1));

/**
 * Only payments of this client (`client_…`).
 */
export const zPaymentClientIdFilter = z.string().check(z.minLength(1));

/**
 * Receipt status. No authoritative list: n8n offers `pending`, `stamped`, `canceled`; the
 * CLI `pending`, `open`, `invoiced`, `completed`, `expired`, `cancelled` (§6 #11). Kept an
 * open string.
 *
 */
export const zReceiptStatusFilter = z.string().check(z.minLength(1));

/**
 * Only receipts of this client (`client_…`).
 */
export const zReceiptClientIdFilter = z.string().check(z.minLength(1));

/**
 * A page of clients.
 */
export const zListClientsResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zClient, z.null()]))
}));

export const zCreateClientQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

export const zCreateClientResponse = z.union([
    z.intersection(zEnvelope, z.object({
        data: zClient
    })),
    z.intersection(zEnvelope, z.object({
        data: zClient
    }))
]);

/**
 * Matching clients.
 */
export const zSearchClientsResponse = z.intersection(zSearchEnvelope, z.object({
    data: z.array(z.union([zClient, z.null()]))
}));

export const zDeleteClientPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zDeleteClientQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Client deleted.
 */
export const zDeleteClientResponse = zEmptyEnvelope;

export const zGetClientPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetClientQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The client.
 */
export const zGetClientResponse = z.intersection(zEnvelope, z.object({
    data: zClient
}));

export const zUpdateClientPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateClientQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated client.
 */
export const zUpdateClientResponse = z.intersection(zEnvelope, z.object({
    data: zClient
}));

export const zValidateClientPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zValidateClientQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Validation result (shape partly known, §3.17).
 */
export const zValidateClientResponse = z.intersection(zEnvelope, z.object({
    data: zClientValidation
}));

export const zGetClientPortalTokenQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Portal session.
 */
export const zGetClientPortalTokenResponse = z.intersection(zEnvelope, z.object({
    data: zPortalSession
}));

export const zStampClientPendingReceiptsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zStampClientPendingReceiptsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Stamping summary.
 */
export const zStampClientPendingReceiptsResponse = z.intersection(zEnvelope, z.object({
    data: zPendingReceiptsSummary
}));

export const zUploadClientCsfBody = zClientCsfUpload;

/**
 * The client created or updated from the CSF.
 */
export const zUploadClientCsfResponse = z.intersection(zEnvelope, z.object({
    data: zClient
}));

export const zListClientSupportDocumentsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zListClientSupportDocumentsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The client's support documents.
 */
export const zListClientSupportDocumentsResponse = z.intersection(zEnvelope, z.object({
    data: z.array(z.union([zSupportDocument, z.null()]))
}));

export const zUploadClientSupportDocumentBody = zSupportDocumentUpload;

export const zUploadClientSupportDocumentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUploadClientSupportDocumentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stored support document.
 */
export const zUploadClientSupportDocumentResponse = z.intersection(zEnvelope, z.object({
    data: zSupportDocument
}));

/**
 * A page of services.
 */
export const zListServicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zService, z.null()]))
}));

export const zCreateServiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created service.
 */
export const zCreateServiceResponse = z.intersection(zEnvelope, z.object({
    data: zService
}));

export const zDeleteServicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zDeleteServiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Service deleted.
 */
export const zDeleteServiceResponse = zEmptyEnvelope;

export const zGetServicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetServiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The service.
 */
export const zGetServiceResponse = z.intersection(zEnvelope, z.object({
    data: zService
}));

export const zUpdateServicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateServiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated service.
 */
export const zUpdateServiceResponse = z.intersection(zEnvelope, z.object({
    data: zService
}));

/**
 * A page of payment complements.
 */
export const zListPaymentComplementInvoicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zInvoice, z.null()]))
}));

export const zCreatePaymentComplementInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stamped payment complement.
 */
export const zCreatePaymentComplementInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

/**
 * A page of transfer CFDIs.
 */
export const zListTransferInvoicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zInvoice, z.null()]))
}));

export const zCreateTransferInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stamped transfer CFDI.
 */
export const zCreateTransferInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

export const zGetTransferInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetTransferInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The transfer CFDI.
 */
export const zGetTransferInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

export const zCreateIncomeInvoiceBatchHeaders = z.object({
    'Idempotency-Key': z.string().check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9._:-]{8,128}$/))
});

export const zCreateIncomeInvoiceBatchQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The batch was accepted; stamping continues asynchronously.
 */
export const zCreateIncomeInvoiceBatchResponse = z.intersection(zEnvelope, z.object({
    data: zIncomeInvoiceBatch
}));

export const zGetIncomeInvoiceBatchPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetIncomeInvoiceBatchQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The batch.
 */
export const zGetIncomeInvoiceBatchResponse = z.intersection(zEnvelope, z.object({
    data: zIncomeInvoiceBatch
}));

export const zListIncomeInvoiceBatchItemsPath = z.object({
    id: z.string().check(z.minLength(1))
});

/**
 * A page of batch items (nested page).
 */
export const zListIncomeInvoiceBatchItemsResponse = z.intersection(zEnvelope, z.object({
    data: zIncomeInvoiceBatchItemPage
}));

export const zImportInvoiceXmlQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Import finished. `success` is `false` when files were not imported (at least when
 * none was; whether a partial import also says `false` is unknown).
 *
 */
export const zImportInvoiceXmlResponse = zInvoiceXmlImportEnvelope;

/**
 * A page of SAT invoices.
 */
export const zListSatInvoicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zSatInvoice, z.null()]))
}));

export const zGetSatInvoicePath = z.object({
    uuid: z.string().check(z.minLength(1))
});

export const zGetSatInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The SAT invoice.
 */
export const zGetSatInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zSatInvoice
}));

export const zRetrySatInvoiceXmlPath = z.object({
    uuid: z.string().check(z.minLength(1))
});

export const zRetrySatInvoiceXmlQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The XML was downloaded.
 */
export const zRetrySatInvoiceXmlResponse = z.intersection(zEnvelope, z.object({
    data: zSatXmlRetryResult
}));

export const zGenerateSatInvoicePdfPath = z.object({
    uuid: z.string().check(z.minLength(1))
});

export const zGenerateSatInvoicePdfQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The PDF, base64 in `pdf`.
 */
export const zGenerateSatInvoicePdfResponse = zSatInvoicePdf;

export const zGetSatDownloadActivationStatusQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Activation status.
 */
export const zGetSatDownloadActivationStatusResponse = z.intersection(zEnvelope, z.object({
    data: zSatDownloadActivationStatus
}));

export const zActivateSatDownloadQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Activated.
 */
export const zActivateSatDownloadResponse = z.intersection(zEnvelope, z.object({
    data: zSatDownloadActivation
}));

export const zDeactivateSatDownloadQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Deactivated.
 */
export const zDeactivateSatDownloadResponse = zEmptyEnvelope;

export const zGetSatDownloadScheduleQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Schedule and connection state.
 */
export const zGetSatDownloadScheduleResponse = z.intersection(zEnvelope, z.object({
    data: zSatDownloadSchedule
}));

export const zSaveSatDownloadScheduleQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Saved.
 */
export const zSaveSatDownloadScheduleResponse = zEmptyEnvelope;

export const zGetSatDownloadHistoryQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Recent download requests.
 */
export const zGetSatDownloadHistoryResponse = z.intersection(zEnvelope, z.object({
    data: zSatDownloadHistory
}));

export const zUploadFielCredentialsBody = zFielCredentialsUpload;

export const zUploadFielCredentialsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * FIEL stored; SAT registration started.
 */
export const zUploadFielCredentialsResponse = zEmptyEnvelope;

/**
 * A page of income invoices.
 */
export const zListIncomeInvoicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zInvoice, z.null()]))
}));

export const zCreateIncomeInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stamped invoice.
 */
export const zCreateIncomeInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

export const zGetIncomeInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetIncomeInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The invoice.
 */
export const zGetIncomeInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

/**
 * A page of egress invoices.
 */
export const zListEgressInvoicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zInvoice, z.null()]))
}));

export const zCreateEgressInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stamped egress invoice.
 */
export const zCreateEgressInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

export const zGetEgressInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetEgressInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The egress invoice.
 */
export const zGetEgressInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

/**
 * A page of the CFDI error catalogue.
 */
export const zListCfdiErrorsResponse = z.intersection(zPageListEnvelope, z.object({
    data: z.array(z.union([zCfdiError, z.null()]))
}));

export const zGetPaymentComplementInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetPaymentComplementInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The payment complement.
 */
export const zGetPaymentComplementInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

export const zCancelInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zCancelInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The cancellation was requested.
 */
export const zCancelInvoiceResponse = zEmptyEnvelope;

export const zGetInvoiceFilesPath = z.object({
    id: z.string().check(z.minLength(1))
});

/**
 * The file URLs.
 */
export const zGetInvoiceFilesResponse = z.intersection(zEnvelope, z.object({
    data: zInvoiceFiles
}));

export const zResendInvoiceEmailPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zResendInvoiceEmailQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The e-mail was sent.
 */
export const zResendInvoiceEmailResponse = z.intersection(zEnvelope, z.object({
    data: zInvoiceEmailDelivery
}));

export const zListInvoiceSupportDocumentsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zListInvoiceSupportDocumentsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The invoice's support documents.
 */
export const zListInvoiceSupportDocumentsResponse = z.intersection(zEnvelope, z.object({
    data: z.array(z.union([zSupportDocument, z.null()]))
}));

export const zUploadInvoiceSupportDocumentBody = zSupportDocumentUpload;

export const zUploadInvoiceSupportDocumentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUploadInvoiceSupportDocumentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stored support document.
 */
export const zUploadInvoiceSupportDocumentResponse = z.intersection(zEnvelope, z.object({
    data: zSupportDocument
}));

/**
 * Matching invoices.
 */
export const zSearchInvoicesResponse = z.intersection(zSearchEnvelope, z.object({
    data: z.array(z.union([zInvoice, z.null()]))
}));

/**
 * A page of drafts.
 */
export const zListDraftInvoicesResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zInvoiceDraft, z.null()]))
}));

export const zCreateDraftInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The saved draft.
 */
export const zCreateDraftInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoiceDraft
}));

export const zDeleteDraftInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zDeleteDraftInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The draft was deleted.
 */
export const zDeleteDraftInvoiceResponse = zEmptyEnvelope;

export const zGetDraftInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetDraftInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The draft.
 */
export const zGetDraftInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoiceDraft
}));

export const zUpdateDraftInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateDraftInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated draft.
 */
export const zUpdateDraftInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoiceDraft
}));

export const zPreviewDraftInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zPreviewDraftInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The preview PDF.
 */
export const zPreviewDraftInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoiceDraftPreview
}));

export const zStampDraftInvoicePath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zStampDraftInvoiceQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stamped invoice.
 */
export const zStampDraftInvoiceResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

/**
 * A page of payments. `data` may contain `null` entries; skip them.
 */
export const zListPaymentsResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zPayment, z.null()]))
}));

/**
 * Matching payments.
 */
export const zSearchPaymentsResponse = z.intersection(zSearchEnvelope, z.object({
    data: z.array(z.union([zPayment, z.null()]))
}));

export const zRequestPaymentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created payment (link). Status code and message were not captured; the CLI
 * reads `data.id` and `data.short_url`.
 *
 */
export const zRequestPaymentResponse = z.intersection(zEnvelope, z.object({
    data: zPayment
}));

export const zRegisterPaymentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The registered payment (`status` `succeeded`).
 */
export const zRegisterPaymentResponse = z.intersection(zEnvelope, z.object({
    data: zPayment
}));

export const zCancelPaymentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zCancelPaymentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Cancelled. Response body not captured; modelled as the placeholder envelope.
 */
export const zCancelPaymentResponse = zEmptyEnvelope;

export const zGetPaymentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetPaymentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The payment.
 */
export const zGetPaymentResponse = z.intersection(zEnvelope, z.object({
    data: zPayment
}));

export const zUpdatePaymentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdatePaymentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Updated. `data` is an empty placeholder (docs).
 */
export const zUpdatePaymentResponse = zEmptyEnvelope;

export const zMarkPaymentAsPaidPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zMarkPaymentAsPaidQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated payment. Response body not captured; Envelope<Payment> assumed.
 */
export const zMarkPaymentAsPaidResponse = z.intersection(zEnvelope, z.object({
    data: zPayment
}));

export const zRefundPaymentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zRefundPaymentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The refunded payment. Response body not captured; Envelope<Payment> assumed.
 */
export const zRefundPaymentResponse = z.intersection(zEnvelope, z.object({
    data: zPayment
}));

export const zListPaymentSupportDocumentsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zListPaymentSupportDocumentsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The documents. The envelope was not captured; modelled as the standardized
 * envelope with an array `data` (no cursor fields).
 *
 */
export const zListPaymentSupportDocumentsResponse = z.intersection(zEnvelope, z.object({
    data: z.array(z.union([zSupportDocument, z.null()]))
}));

export const zUploadPaymentSupportDocumentBody = zSupportDocumentUpload;

export const zUploadPaymentSupportDocumentPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUploadPaymentSupportDocumentQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stored document (standardized envelope, ISO `timestamp`).
 */
export const zUploadPaymentSupportDocumentResponse = z.intersection(zEnvelope, z.object({
    data: zSupportDocument
}));

/**
 * A page of receipts.
 */
export const zListReceiptsResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zReceipt, z.null()]))
}));

export const zCreateReceiptQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created (or, on an idempotent replay, the existing) receipt, including the
 * self-invoice `url`. Status code and body were not captured; Envelope<Receipt> assumed.
 *
 */
export const zCreateReceiptResponse = z.intersection(zEnvelope, z.object({
    data: zReceipt
}));

/**
 * Matching receipts.
 */
export const zSearchReceiptsResponse = z.intersection(zSearchEnvelope, z.object({
    data: z.array(z.union([zReceipt, z.null()]))
}));

export const zCancelReceiptPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zCancelReceiptQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Cancelled; `data` is empty (docs).
 */
export const zCancelReceiptResponse = zEmptyEnvelope;

export const zGetReceiptPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetReceiptQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The receipt.
 */
export const zGetReceiptResponse = z.intersection(zEnvelope, z.object({
    data: zReceipt
}));

export const zStampReceiptPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zStampReceiptQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The stamped invoice. Only `data.id` is read by the CLI; the rest of the shape is
 * assumed to be the Invoice model.
 *
 */
export const zStampReceiptResponse = z.intersection(zEnvelope, z.object({
    data: zInvoice
}));

export const zReopenReceiptPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zReopenReceiptQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Reopened. Response body never seen; modelled as the placeholder envelope.
 */
export const zReopenReceiptResponse = zEmptyEnvelope;

export const zDeleteTeamPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zDeleteTeamQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Deletion scheduled.
 */
export const zDeleteTeamResponse = zEmptyEnvelope;

export const zGetTeamPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetTeamQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The team.
 */
export const zGetTeamResponse = z.intersection(zEnvelope, z.object({
    data: zTeam
}));

export const zUpdateTeamPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateTeamQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated team (shape assumed).
 */
export const zUpdateTeamResponse = z.intersection(zEnvelope, z.object({
    data: zTeam
}));

export const zGetTeamSettingsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetTeamSettingsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The persisted settings.
 */
export const zGetTeamSettingsResponse = z.intersection(zEnvelope, z.object({
    data: zTeamSettings
}));

export const zUpdateTeamSettingsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateTeamSettingsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated settings (or the team holding them).
 */
export const zUpdateTeamSettingsResponse = z.intersection(zEnvelope, z.object({
    data: z.union([
        zTeam,
        zTeamSettings
    ])
}));

export const zListTeamMembersPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zListTeamMembersQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The team's members.
 */
export const zListTeamMembersResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zTeamMemberRecord, z.null()]))
}));

export const zDeleteTeamMemberPath = z.object({
    id: z.string().check(z.minLength(1)),
    memberId: z.string().check(z.minLength(1))
});

export const zDeleteTeamMemberQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Member removed.
 */
export const zDeleteTeamMemberResponse = zEmptyEnvelope;

export const zUpdateTeamMemberPath = z.object({
    id: z.string().check(z.minLength(1)),
    memberId: z.string().check(z.minLength(1))
});

export const zUpdateTeamMemberQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated member.
 */
export const zUpdateTeamMemberResponse = z.intersection(zEnvelope, z.object({
    data: zTeamMemberRecord
}));

export const zCreateTeamPortalAccessTokenPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zCreateTeamPortalAccessTokenQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The issued token.
 */
export const zCreateTeamPortalAccessTokenResponse = z.intersection(zEnvelope, z.object({
    data: zTeamPortalAccessToken
}));

export const zGetTeamEmailTemplatesPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetTeamEmailTemplatesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Baseline templates in both languages.
 */
export const zGetTeamEmailTemplatesResponse = z.intersection(zEnvelope, z.object({
    data: zTeamEmailTemplates
}));

export const zListTeamInvitationsPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zListTeamInvitationsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The team's invitations.
 */
export const zListTeamInvitationsResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zTeamInvitation, z.null()]))
}));

export const zCreateTeamInvitationPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zCreateTeamInvitationQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created invitation.
 */
export const zCreateTeamInvitationResponse = z.intersection(zEnvelope, z.object({
    data: zTeamInvitation
}));

export const zRevokeTeamInvitationPath = z.object({
    id: z.string().check(z.minLength(1)),
    inviteId: z.string().check(z.minLength(1))
});

export const zRevokeTeamInvitationQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Invitation revoked.
 */
export const zRevokeTeamInvitationResponse = zEmptyEnvelope;

export const zGetTeamInvitationPath = z.object({
    id: z.string().check(z.minLength(1)),
    inviteId: z.string().check(z.minLength(1))
});

export const zGetTeamInvitationQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The invitation.
 */
export const zGetTeamInvitationResponse = z.intersection(zEnvelope, z.object({
    data: zTeamInvitation
}));

export const zResendTeamInvitationPath = z.object({
    id: z.string().check(z.minLength(1)),
    inviteId: z.string().check(z.minLength(1))
});

export const zResendTeamInvitationQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The invitation after the resend attempt.
 */
export const zResendTeamInvitationResponse = z.intersection(zEnvelope, z.object({
    data: zTeamInvitation
}));

export const zAcceptTeamInvitationQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Invitation accepted.
 */
export const zAcceptTeamInvitationResponse = zEmptyEnvelope;

export const zDeclineTeamInvitationQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Invitation declined.
 */
export const zDeclineTeamInvitationResponse = zEmptyEnvelope;

/**
 * A page of teams.
 */
export const zListTeamsResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zTeam, z.null()]))
}));

export const zCreateTeamQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created team.
 */
export const zCreateTeamResponse = z.intersection(zEnvelope, z.object({
    data: zTeam
}));

export const zGetTeamIntegrationsQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The team's integrations keyed by name.
 */
export const zGetTeamIntegrationsResponse = z.intersection(zEnvelope, z.object({
    data: zTeamIntegrations
}));

export const zGetTeamSeriesPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetTeamSeriesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The team's series (shape assumed).
 */
export const zGetTeamSeriesResponse = z.intersection(zEnvelope, z.object({
    data: z.array(zSeries)
}));

export const zCreateTeamSeriesPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zCreateTeamSeriesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created series (shape assumed).
 */
export const zCreateTeamSeriesResponse = z.intersection(zEnvelope, z.object({
    data: zSeries
}));

export const zUpdateTeamSeriesPath = z.object({
    id: z.string().check(z.minLength(1)),
    seriesId: z.string().check(z.minLength(1))
});

export const zUpdateTeamSeriesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated series (shape assumed).
 */
export const zUpdateTeamSeriesResponse = z.intersection(zEnvelope, z.object({
    data: zSeries
}));

export const zGetTeamOnboardingUrlPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetTeamOnboardingUrlQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The onboarding URL as a plain string in `data`.
 */
export const zGetTeamOnboardingUrlResponse = z.intersection(zEnvelope, z.object({
    data: z.url()
}));

export const zAddTeamMemberPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zAddTeamMemberQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The member was added.
 */
export const zAddTeamMemberResponse = zEmptyEnvelope;

export const zRemoveTeamMemberPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zRemoveTeamMemberQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The member was removed (body shape assumed).
 */
export const zRemoveTeamMemberResponse = zEmptyEnvelope;

export const zUploadTeamCsdCertificatesBody = zTeamCsdUpload;

export const zUploadTeamCsdCertificatesPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUploadTeamCsdCertificatesQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The CSD was accepted (body shape assumed).
 */
export const zUploadTeamCsdCertificatesResponse = zEmptyEnvelope;

export const zSignTeamManifestPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zSignTeamManifestQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The manifest was signed (body shape assumed).
 */
export const zSignTeamManifestResponse = zEmptyEnvelope;

/**
 * A page of users.
 */
export const zListUsersResponse = z.intersection(zListEnvelope, z.object({
    data: z.array(z.union([zUser, z.null()]))
}));

export const zCreateUserQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created user. The sources show the body (`User created successfully`) but not
 * the status code; 200 is declared (the SDK must accept any 2xx, 201 included).
 *
 */
export const zCreateUserResponse = z.intersection(zEnvelope, z.object({
    data: zUser
}));

export const zDeleteUserPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zDeleteUserQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Deletion accepted. The response body was never seen; a generic envelope with an
 * undescribed `data` is assumed.
 *
 */
export const zDeleteUserResponse = zEmptyEnvelope;

export const zGetUserPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetUserQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The user.
 */
export const zGetUserResponse = z.intersection(zEnvelope, z.object({
    data: zUser
}));

export const zUpdateUserPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateUserQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated user. No source shows this response; an Envelope<User> like `getUser`
 * is assumed.
 *
 */
export const zUpdateUserResponse = z.intersection(zEnvelope, z.object({
    data: zUser
}));

export const zResetUserPasswordQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Reset e-mail sent. The docs example is cut off after `data: {`, so `data` is left
 * undescribed.
 *
 */
export const zResetUserPasswordResponse = zEmptyEnvelope;

export const zGenerateUserLoginLinkQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The login link.
 */
export const zGenerateUserLoginLinkResponse = z.intersection(zEnvelope, z.object({
    data: zUserLoginLink
}));

/**
 * The webhook subscriptions (no pagination cursor).
 */
export const zListWebhooksResponse = z.intersection(zEnvelope, z.object({
    data: z.array(z.union([zWebhook, z.null()]))
}));

export const zCreateWebhookQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The created subscription. The docs show the body (`Webhook created successfully`)
 * but not the status code; 200 is declared (the SDK must accept any 2xx).
 *
 */
export const zCreateWebhookResponse = z.intersection(zEnvelope, z.object({
    data: zWebhook
}));

export const zDeleteWebhookPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zDeleteWebhookQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Deleted. The response body was never seen; a generic envelope with an undescribed
 * `data` is assumed.
 *
 */
export const zDeleteWebhookResponse = zEmptyEnvelope;

export const zGetWebhookPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zGetWebhookQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The webhook subscription.
 */
export const zGetWebhookResponse = z.intersection(zEnvelope, z.object({
    data: zWebhook
}));

export const zUpdateWebhookPath = z.object({
    id: z.string().check(z.minLength(1))
});

export const zUpdateWebhookQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * The updated subscription. The docs example is cut off; the standardized envelope
 * with the updated Webhook (as on create/get) is assumed.
 *
 */
export const zUpdateWebhookResponse = z.intersection(zEnvelope, z.object({
    data: zWebhook
}));

export const zHeadlessSignupHeaders = z.object({
    'X-Internal-API-Key': z.string().check(z.minLength(1)),
    'Idempotency-Key': z.uuid().check(z.regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/))
});

export const zHeadlessSignupQuery = z.object({
    team: z.optional(z.string().check(z.minLength(1)))
});

/**
 * Account created (no envelope).
 */
export const zHeadlessSignupResponse = zHeadlessSignupResult;
