/**
 * The SDK's surface as data: resource → method name → operationId. Each entry becomes a method
 * bound at runtime (client.ts), typed by the explicit signature that scripts/generate-methods.mjs
 * writes from this tree and the spec (generated/methods.ts; test/method-types.test.ts checks it
 * against the computed Method<K> of types.ts); the handful of methods with a friendlier
 * signature are added in client.ts.
 */
import type { OperationId } from "./types.js";

export const resources = {
  /** Customers (receivers of CFDIs) with their fiscal data. */
  clients: {
    /** List clients: `GET /clients`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listClients",
    /** Get client: `GET /clients/{id}`. */
    get: "getClient",
    /** Create client: `POST /clients`. */
    create: "createClient",
    /** Update client: `PUT /clients/{id}`. */
    update: "updateClient",
    /** Delete client: `DELETE /clients/{id}`. */
    delete: "deleteClient",
    /** Validate client fiscal information: `POST /clients/validate/{id}`. */
    validate: "validateClient",
    /** Get client customer portal access token: `POST /clients/customerportal`. */
    portalToken: "getClientPortalToken",
    /** Stamp pending receipts: `POST /clients/{id}/stamp-pending-receipts`. */
    stampPendingReceipts: "stampClientPendingReceipts",
    /** Search clients (full-text): `GET /clients/search`. Paginated: `await` it for a page, `for await` it for every item. */
    search: "searchClients",
    /** Support documents attached to the record. */
    supportDocuments: {
      /** Upload client support document: `POST /clients/{id}/support-documents`. */
      upload: "uploadClientSupportDocument",
      /** List client support documents: `GET /clients/{id}/support-documents`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listClientSupportDocuments",
    },
  },
  /** Products and services catalogue used as invoice items. */
  services: {
    /** List services: `GET /services`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listServices",
    /** Get service: `GET /services/{id}`. */
    get: "getService",
    /** Create service: `POST /services`. */
    create: "createService",
    /** Update service: `PUT /services/{id}`. */
    update: "updateService",
    /** Delete service: `DELETE /services/{id}`. */
    delete: "deleteService",
  },
  /** CFDI 4.0 income (I), egress (E), payment-complement (P) and transfer (T) invoices. */
  invoices: {
    /** Income invoices (CFDI type I). */
    income: {
      /** List income invoices: `GET /invoices/income`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listIncomeInvoices",
      /** Get income invoice: `GET /invoices/income/{id}`. */
      get: "getIncomeInvoice",
      /** Create income invoice: `POST /invoices/income`. */
      create: "createIncomeInvoice",
      /** Batches of income invoices created in one request. */
      batch: {
        /** Create income invoice batch (Idempotency-Key header): `POST /invoices/income/batch`. */
        create: "createIncomeInvoiceBatch",
        /** Get income invoice batch: `GET /invoices/income/batch/{id}`. */
        get: "getIncomeInvoiceBatch",
        /** List income invoice batch items: `GET /invoices/income/batch/{id}/items`. */
        items: "listIncomeInvoiceBatchItems",
      },
    },
    /** Egress invoices (CFDI type E): credit notes, refunds, discounts. */
    egress: {
      /** List egress invoices: `GET /invoices/egress`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listEgressInvoices",
      /** Get egress invoice: `GET /invoices/egress/{id}`. */
      get: "getEgressInvoice",
      /** Create egress invoice: `POST /invoices/egress`. */
      create: "createEgressInvoice",
    },
    /** Payment complements (CFDI type P) for PPD invoices. */
    paymentComplements: {
      /** List payment complement invoices: `GET /invoices/payment`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listPaymentComplementInvoices",
      /** Get payment complement invoice: `GET /invoices/payment/{id}`. */
      get: "getPaymentComplementInvoice",
      /** Create payment complement invoice: `POST /invoices/payment`. */
      create: "createPaymentComplementInvoice",
    },
    /** Transfer invoices (CFDI type T, traslado). */
    transfer: {
      /** List transfer invoices: `GET /invoices/transfer`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listTransferInvoices",
      /** Get transfer invoice: `GET /invoices/transfer/{id}`. */
      get: "getTransferInvoice",
      /** Create transfer invoice (CFDI T): `POST /invoices/transfer`. */
      create: "createTransferInvoice",
    },
    /** Draft invoices: edited and previewed before stamping. */
    drafts: {
      /** List draft invoices: `GET /invoices/draft`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listDraftInvoices",
      /** Get draft invoice: `GET /invoices/draft/{id}`. */
      get: "getDraftInvoice",
      /** Create draft invoice (pre-factura): `POST /invoices/draft`. */
      create: "createDraftInvoice",
      /** Update draft invoice: `PUT /invoices/draft/{id}`. */
      update: "updateDraftInvoice",
      /** Delete draft invoice: `DELETE /invoices/draft/{id}`. */
      delete: "deleteDraftInvoice",
      /** Generate draft preview PDF (base64 in JSON): `POST /invoices/draft/{id}/preview`. */
      preview: "previewDraftInvoice",
      /** Stamp draft invoice: `POST /invoices/draft/{id}/stamp`. */
      stamp: "stampDraftInvoice",
    },
    /** List CFDI errors: `GET /invoices/errors`. Paginated: `await` it for a page, `for await` it for every item. */
    listErrors: "listCfdiErrors",
    /** Get invoice files: `GET /invoices/{id}/files`. */
    files: "getInvoiceFiles",
    /** Cancel invoice: `DELETE /invoices/{id}`. */
    cancel: "cancelInvoice",
    /** Search invoices (full-text): `GET /invoices/search`. Paginated: `await` it for a page, `for await` it for every item. */
    search: "searchInvoices",
    /** Resend invoice email: `POST /invoices/{id}/send`. */
    send: "resendInvoiceEmail",
    /** Import existing CFDI XML files: `POST /invoices/import`. */
    import: "importInvoiceXml",
    /** Support documents attached to the record. */
    supportDocuments: {
      /** Upload invoice support document: `POST /invoices/{id}/support-documents`. */
      upload: "uploadInvoiceSupportDocument",
      /** List invoice support documents: `GET /invoices/{id}/support-documents`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listInvoiceSupportDocuments",
    },
    /** Invoices downloaded from the SAT (Descarga Masiva) and its setup. */
    sat: {
      /** List SAT invoices (Descarga Masiva): `GET /invoices/sat`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listSatInvoices",
      /** Get a SAT invoice: `GET /invoices/sat/{uuid}`. */
      get: "getSatInvoice",
      /** Retry SAT XML download: `POST /invoices/sat/{uuid}/retry-xml`. */
      retryXml: "retrySatInvoiceXml",
      /** Generate PDF for a SAT invoice (base64 in JSON): `POST /invoices/sat/{uuid}/pdf`. */
      pdf: "generateSatInvoicePdf",
      /** Check Descarga Masiva activation status: `GET /invoices/download/activate/status`. */
      activationStatus: "getSatDownloadActivationStatus",
      /** Activate Descarga Masiva SAT: `POST /invoices/download/activate`. */
      activate: "activateSatDownload",
      /** Deactivate Descarga Masiva SAT: `POST /invoices/download/deactivate`. */
      deactivate: "deactivateSatDownload",
      /** Get Descarga Masiva schedule: `GET /invoices/download/schedule`. */
      schedule: "getSatDownloadSchedule",
      /** Save Descarga Masiva schedule: `PUT /invoices/download/schedule`. */
      saveSchedule: "saveSatDownloadSchedule",
      /** Get download request history: `GET /invoices/download/schedule/history`. */
      history: "getSatDownloadHistory",
      /** Upload FIEL credentials: `POST /invoices/download/fiel`. */
      uploadFiel: "uploadFielCredentials",
    },
  },
  /** Payment requests, registered payments, refunds. */
  payments: {
    /** List payments: `GET /payments`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listPayments",
    /** Get payment: `GET /payments/{id}`. */
    get: "getPayment",
    /** Request payment: `POST /payments/request`. */
    request: "requestPayment",
    /** Register payment: `POST /payments/register`. */
    register: "registerPayment",
    /** Mark payment as paid: `POST /payments/{id}/paid`. */
    markAsPaid: "markPaymentAsPaid",
    /** Refund payment: `POST /payments/{id}/refund`. */
    refund: "refundPayment",
    /** Cancel payment: `DELETE /payments/{id}`. */
    cancel: "cancelPayment",
    /** Search payments: `GET /payments/search`. Paginated: `await` it for a page, `for await` it for every item. */
    search: "searchPayments",
    /** Update payment: `PUT /payments/{id}`. */
    update: "updatePayment",
    /** Support documents attached to the record. */
    supportDocuments: {
      /** Upload payment support document: `POST /payments/{id}/support-documents`. */
      upload: "uploadPaymentSupportDocument",
      /** List payment support documents: `GET /payments/{id}/support-documents`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listPaymentSupportDocuments",
    },
  },
  /** Non-fiscal sale receipts that customers turn into invoices themselves (autofactura). */
  receipts: {
    /** List receipts: `GET /receipts`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listReceipts",
    /** Get receipt: `GET /receipts/{id}`. */
    get: "getReceipt",
    /** Create receipt: `POST /receipts`. */
    create: "createReceipt",
    /** Stamp receipt: `POST /receipts/{id}/stamp`. */
    stamp: "stampReceipt",
    /** Cancel receipt: `DELETE /receipts/{id}`. */
    cancel: "cancelReceipt",
    /** Search receipts (full-text): `GET /receipts/search`. Paginated: `await` it for a page, `for await` it for every item. */
    search: "searchReceipts",
    /** Reopen receipt: `POST /receipts/{id}/reopen`. */
    reopen: "reopenReceipt",
  },
  /** Teams (issuers), their settings, series, members and SAT connection. */
  teams: {
    /** List teams: `GET /teams`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listTeams",
    /** Get team: `GET /teams/{id}`. */
    get: "getTeam",
    /** Create team: `POST /teams`. */
    create: "createTeam",
    /** Update team: `PUT /teams/{id}`. */
    update: "updateTeam",
    /** Delete team (scheduled soft delete): `DELETE /teams/{id}`. */
    delete: "deleteTeam",
    /** Get team integrations: `GET /teams/integrations`. */
    integrations: "getTeamIntegrations",
    /** Get team onboarding URL: `GET /teams/{id}/onboarding-url`. */
    onboardingUrl: "getTeamOnboardingUrl",
    /** Get team settings: `GET /teams/{id}/settings`. */
    settings: "getTeamSettings",
    /** Update team settings: `PUT /teams/{id}/settings`. */
    updateSettings: "updateTeamSettings",
    /** Add team member: `POST /teams/{id}/add-member`. */
    addMember: "addTeamMember",
    /** Remove team member: `POST /teams/{id}/remove-member`. */
    removeMember: "removeTeamMember",
    /** Sign manifest document: `POST /teams/{id}/manifest/sign`. */
    signManifest: "signTeamManifest",
    /** Create team portal access token: `POST /teams/{id}/portal-access-token`. */
    portalAccessToken: "createTeamPortalAccessToken",
    /** Get team base e-mail templates: `GET /teams/{id}/email-templates`. */
    emailTemplates: "getTeamEmailTemplates",
    /** Folio series of the team. */
    series: {
      /** Get team series: `GET /teams/{id}/series`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "getTeamSeries",
      /** Create team series: `POST /teams/{id}/series`. */
      create: "createTeamSeries",
      /** Update team series: `PUT /teams/{id}/series/{seriesId}`. */
      update: "updateTeamSeries",
    },
    /** Members of the team. */
    members: {
      /** List team members: `GET /teams/{id}/members`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listTeamMembers",
      /** Update team member role/permissions: `PATCH /teams/{id}/members/{memberId}`. */
      update: "updateTeamMember",
      /** Remove team member (owner): `DELETE /teams/{id}/members/{memberId}`. */
      delete: "deleteTeamMember",
    },
    /** Invitations to join the team. */
    invitations: {
      /** List team invitations: `GET /teams/{id}/invitations`. Paginated: `await` it for a page, `for await` it for every item. */
      list: "listTeamInvitations",
      /** Create team invitation: `POST /teams/{id}/invitations`. */
      create: "createTeamInvitation",
      /** Get team invitation: `GET /teams/{id}/invitations/{inviteId}`. */
      get: "getTeamInvitation",
      /** Resend team invitation: `POST /teams/{id}/invitations/{inviteId}/resend`. */
      resend: "resendTeamInvitation",
      /** Revoke team invitation: `DELETE /teams/{id}/invitations/{inviteId}`. */
      revoke: "revokeTeamInvitation",
      /** Accept team invitation (recipient Firebase token): `POST /teams/invitations/accept`. */
      accept: "acceptTeamInvitation",
      /** Decline team invitation (recipient Firebase token): `POST /teams/invitations/decline`. */
      decline: "declineTeamInvitation",
    },
  },
  /** Users of the billing account. */
  users: {
    /** List users: `GET /users`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listUsers",
    /** Get user: `GET /users/{id}`. */
    get: "getUser",
    /** Create user: `POST /users`. */
    create: "createUser",
    /** Update user: `PUT /users/{id}`. */
    update: "updateUser",
    /** Delete managed user: `DELETE /users/{id}`. */
    delete: "deleteUser",
    /** Reset user password: `POST /users/reset-password`. */
    resetPassword: "resetUserPassword",
    /** Generate login link: `POST /users/login-link`. */
    loginLink: "generateUserLoginLink",
  },
  /** Webhook subscriptions. */
  webhooks: {
    /** List webhooks: `GET /webhooks`. Paginated: `await` it for a page, `for await` it for every item. */
    list: "listWebhooks",
    /** Get webhook: `GET /webhooks/{id}`. */
    get: "getWebhook",
    /** Create webhook: `POST /webhooks`. */
    create: "createWebhook",
    /** Update webhook: `PUT /webhooks/{id}`. */
    update: "updateWebhook",
    /** Delete webhook: `DELETE /webhooks/{id}`. */
    delete: "deleteWebhook",
  },
  /** Partner-only account provisioning. */
  auth: {
    /** Headless signup (partner key; no envelope): `POST /auth/signup`. */
    signup: "headlessSignup",
  },
} as const satisfies ResourceTree;

/**
 * Operations bound to a friendlier hand-written signature in client.ts instead of the generic
 * one: uploads that take the file itself, and the CSD upload's clearer part names.
 */
export const customOperations = ["uploadClientCsf", "uploadTeamCsdCertificates"] as const satisfies OperationId[];

export interface ResourceTree {
  [name: string]: OperationId | ResourceTree;
}
