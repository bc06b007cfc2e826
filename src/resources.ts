/**
 * The SDK's surface as data: resource → method name → operationId. Each entry becomes a typed
 * method whose arguments and result come from the spec (see types.ts); the handful of methods
 * with a friendlier signature are added in client.ts.
 */
import type { Method, OperationId } from "./types.js";

export const resources = {
  clients: {
    list: "listClients",
    get: "getClient",
    create: "createClient",
    update: "updateClient",
    delete: "deleteClient",
    validate: "validateClient",
    portalToken: "getClientPortalToken",
    stampPendingReceipts: "stampClientPendingReceipts",
    search: "searchClients",
    supportDocuments: { upload: "uploadClientSupportDocument", list: "listClientSupportDocuments" },
  },
  services: {
    list: "listServices",
    get: "getService",
    create: "createService",
    update: "updateService",
    delete: "deleteService",
  },
  invoices: {
    income: {
      list: "listIncomeInvoices",
      get: "getIncomeInvoice",
      create: "createIncomeInvoice",
      batch: { create: "createIncomeInvoiceBatch", get: "getIncomeInvoiceBatch", items: "listIncomeInvoiceBatchItems" },
    },
    egress: { list: "listEgressInvoices", get: "getEgressInvoice", create: "createEgressInvoice" },
    paymentComplements: {
      list: "listPaymentComplementInvoices",
      get: "getPaymentComplementInvoice",
      create: "createPaymentComplementInvoice",
    },
    transfer: { list: "listTransferInvoices", get: "getTransferInvoice", create: "createTransferInvoice" },
    drafts: {
      list: "listDraftInvoices",
      get: "getDraftInvoice",
      create: "createDraftInvoice",
      update: "updateDraftInvoice",
      delete: "deleteDraftInvoice",
      preview: "previewDraftInvoice",
      stamp: "stampDraftInvoice",
    },
    listErrors: "listCfdiErrors",
    files: "getInvoiceFiles",
    cancel: "cancelInvoice",
    search: "searchInvoices",
    send: "resendInvoiceEmail",
    import: "importInvoiceXml",
    supportDocuments: { upload: "uploadInvoiceSupportDocument", list: "listInvoiceSupportDocuments" },
    sat: {
      list: "listSatInvoices",
      get: "getSatInvoice",
      retryXml: "retrySatInvoiceXml",
      pdf: "generateSatInvoicePdf",
      activationStatus: "getSatDownloadActivationStatus",
      activate: "activateSatDownload",
      deactivate: "deactivateSatDownload",
      schedule: "getSatDownloadSchedule",
      saveSchedule: "saveSatDownloadSchedule",
      history: "getSatDownloadHistory",
      uploadFiel: "uploadFielCredentials",
    },
  },
  payments: {
    list: "listPayments",
    get: "getPayment",
    request: "requestPayment",
    register: "registerPayment",
    markAsPaid: "markPaymentAsPaid",
    refund: "refundPayment",
    cancel: "cancelPayment",
    search: "searchPayments",
    update: "updatePayment",
    supportDocuments: { upload: "uploadPaymentSupportDocument", list: "listPaymentSupportDocuments" },
  },
  receipts: {
    list: "listReceipts",
    get: "getReceipt",
    create: "createReceipt",
    stamp: "stampReceipt",
    cancel: "cancelReceipt",
    search: "searchReceipts",
    reopen: "reopenReceipt",
  },
  teams: {
    list: "listTeams",
    get: "getTeam",
    create: "createTeam",
    update: "updateTeam",
    delete: "deleteTeam",
    integrations: "getTeamIntegrations",
    onboardingUrl: "getTeamOnboardingUrl",
    settings: "getTeamSettings",
    updateSettings: "updateTeamSettings",
    addMember: "addTeamMember",
    removeMember: "removeTeamMember",
    signManifest: "signTeamManifest",
    portalAccessToken: "createTeamPortalAccessToken",
    emailTemplates: "getTeamEmailTemplates",
    series: { list: "getTeamSeries", create: "createTeamSeries", update: "updateTeamSeries" },
    members: { list: "listTeamMembers", update: "updateTeamMember", delete: "deleteTeamMember" },
    invitations: {
      list: "listTeamInvitations",
      create: "createTeamInvitation",
      get: "getTeamInvitation",
      resend: "resendTeamInvitation",
      revoke: "revokeTeamInvitation",
      accept: "acceptTeamInvitation",
      decline: "declineTeamInvitation",
    },
  },
  users: {
    list: "listUsers",
    get: "getUser",
    create: "createUser",
    update: "updateUser",
    delete: "deleteUser",
    resetPassword: "resetUserPassword",
    loginLink: "generateUserLoginLink",
  },
  webhooks: {
    list: "listWebhooks",
    get: "getWebhook",
    create: "createWebhook",
    update: "updateWebhook",
    delete: "deleteWebhook",
  },
  auth: { signup: "headlessSignup" },
} as const satisfies ResourceTree;

/**
 * Operations bound to a friendlier hand-written signature in client.ts instead of the generic
 * one: uploads that take the file itself, and the CSD upload's clearer part names.
 */
export const customOperations = ["uploadClientCsf", "uploadTeamCsdCertificates"] as const satisfies OperationId[];

export interface ResourceTree {
  [name: string]: OperationId | ResourceTree;
}

/** The method tree type of a resource tree. */
export type Bound<T> = { [K in keyof T]: T[K] extends OperationId ? Method<T[K]> : Bound<T[K]> };
