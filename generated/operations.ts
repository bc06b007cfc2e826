// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
/** Every operation of the spec as data: what the client needs to call it. */
export interface OperationTable {
  acceptTeamInvitation: { method: "POST"; path: "/teams/invitations/accept"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  activateSatDownload: { method: "POST"; path: "/invoices/download/activate"; pathParams: readonly []; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  addTeamMember: { method: "POST"; path: "/teams/{id}/add-member"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  cancelInvoice: { method: "DELETE"; path: "/invoices/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  cancelPayment: { method: "DELETE"; path: "/payments/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  cancelReceipt: { method: "DELETE"; path: "/receipts/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  createClient: { method: "POST"; path: "/clients"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createDraftInvoice: { method: "POST"; path: "/invoices/draft"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createEgressInvoice: { method: "POST"; path: "/invoices/egress"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createIncomeInvoice: { method: "POST"; path: "/invoices/income"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createIncomeInvoiceBatch: { method: "POST"; path: "/invoices/income/batch"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createPaymentComplementInvoice: { method: "POST"; path: "/invoices/payment"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createReceipt: { method: "POST"; path: "/receipts"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createService: { method: "POST"; path: "/services"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createTeam: { method: "POST"; path: "/teams"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createTeamInvitation: { method: "POST"; path: "/teams/{id}/invitations"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createTeamPortalAccessToken: { method: "POST"; path: "/teams/{id}/portal-access-token"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createTeamSeries: { method: "POST"; path: "/teams/{id}/series"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createTransferInvoice: { method: "POST"; path: "/invoices/transfer"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createUser: { method: "POST"; path: "/users"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  createWebhook: { method: "POST"; path: "/webhooks"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  deactivateSatDownload: { method: "POST"; path: "/invoices/download/deactivate"; pathParams: readonly []; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  declineTeamInvitation: { method: "POST"; path: "/teams/invitations/decline"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  deleteClient: { method: "DELETE"; path: "/clients/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  deleteDraftInvoice: { method: "DELETE"; path: "/invoices/draft/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  deleteService: { method: "DELETE"; path: "/services/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  deleteTeam: { method: "DELETE"; path: "/teams/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  deleteTeamMember: { method: "DELETE"; path: "/teams/{id}/members/{memberId}"; pathParams: readonly ["id","memberId"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  deleteUser: { method: "DELETE"; path: "/users/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  deleteWebhook: { method: "DELETE"; path: "/webhooks/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  generateSatInvoicePdf: { method: "POST"; path: "/invoices/sat/{uuid}/pdf"; pathParams: readonly ["uuid"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "raw" };
  generateUserLoginLink: { method: "POST"; path: "/users/login-link"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  getClient: { method: "GET"; path: "/clients/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getClientPortalToken: { method: "POST"; path: "/clients/customerportal"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  getDraftInvoice: { method: "GET"; path: "/invoices/draft/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getEgressInvoice: { method: "GET"; path: "/invoices/egress/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getIncomeInvoice: { method: "GET"; path: "/invoices/income/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getIncomeInvoiceBatch: { method: "GET"; path: "/invoices/income/batch/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getInvoiceFiles: { method: "GET"; path: "/invoices/{id}/files"; pathParams: readonly ["id"]; query: readonly ["team","file_type"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getPayment: { method: "GET"; path: "/payments/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getPaymentComplementInvoice: { method: "GET"; path: "/invoices/payment/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getReceipt: { method: "GET"; path: "/receipts/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getSatDownloadActivationStatus: { method: "GET"; path: "/invoices/download/activate/status"; pathParams: readonly []; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getSatDownloadHistory: { method: "GET"; path: "/invoices/download/schedule/history"; pathParams: readonly []; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getSatDownloadSchedule: { method: "GET"; path: "/invoices/download/schedule"; pathParams: readonly []; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getSatInvoice: { method: "GET"; path: "/invoices/sat/{uuid}"; pathParams: readonly ["uuid"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getService: { method: "GET"; path: "/services/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTeam: { method: "GET"; path: "/teams/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTeamEmailTemplates: { method: "GET"; path: "/teams/{id}/email-templates"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTeamIntegrations: { method: "GET"; path: "/teams/integrations"; pathParams: readonly []; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTeamInvitation: { method: "GET"; path: "/teams/{id}/invitations/{inviteId}"; pathParams: readonly ["id","inviteId"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTeamOnboardingUrl: { method: "GET"; path: "/teams/{id}/onboarding-url"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTeamSeries: { method: "GET"; path: "/teams/{id}/series"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: "single"; envelope: "data" };
  getTeamSettings: { method: "GET"; path: "/teams/{id}/settings"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getTransferInvoice: { method: "GET"; path: "/invoices/transfer/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getUser: { method: "GET"; path: "/users/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  getWebhook: { method: "GET"; path: "/webhooks/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  headlessSignup: { method: "POST"; path: "/auth/signup"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "raw" };
  importInvoiceXml: { method: "POST"; path: "/invoices/import"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  listCfdiErrors: { method: "GET"; path: "/invoices/errors"; pathParams: readonly []; query: readonly ["team","code","q","type","limit","page"]; body: "none"; bodyRequired: false; list: "page"; envelope: "data" };
  listClients: { method: "GET"; path: "/clients"; pathParams: readonly []; query: readonly ["team","limit","next","page","order_by","sort","created[gte]","created[lte]","metadata"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listClientSupportDocuments: { method: "GET"; path: "/clients/{id}/support-documents"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: "single"; envelope: "data" };
  listDraftInvoices: { method: "GET"; path: "/invoices/draft"; pathParams: readonly []; query: readonly ["team","limit","next","page","order_by","sort","created[gte]","created[lte]"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listEgressInvoices: { method: "GET"; path: "/invoices/egress"; pathParams: readonly []; query: readonly ["team","limit","next","page","status","client_id","series","order_by","sort","created[gte]","created[lte]","created_gte","created_lte","metadata"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listIncomeInvoiceBatchItems: { method: "GET"; path: "/invoices/income/batch/{id}/items"; pathParams: readonly ["id"]; query: readonly ["team","limit","next","status"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  listIncomeInvoices: { method: "GET"; path: "/invoices/income"; pathParams: readonly []; query: readonly ["team","limit","next","page","status","client_id","series","order_by","sort","created[gte]","created[lte]","created_gte","created_lte","metadata"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listInvoiceSupportDocuments: { method: "GET"; path: "/invoices/{id}/support-documents"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: "single"; envelope: "data" };
  listPaymentComplementInvoices: { method: "GET"; path: "/invoices/payment"; pathParams: readonly []; query: readonly ["team","limit","next","page","status","client_id","series","invoice_id","order_by","sort","created[gte]","created[lte]","created_gte","created_lte","metadata"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listPayments: { method: "GET"; path: "/payments"; pathParams: readonly []; query: readonly ["team","limit","next","page","order_by","sort","created[gte]","created[lte]","metadata","status","client_id","email","currency","tax_id"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listPaymentSupportDocuments: { method: "GET"; path: "/payments/{id}/support-documents"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: "single"; envelope: "data" };
  listReceipts: { method: "GET"; path: "/receipts"; pathParams: readonly []; query: readonly ["team","limit","next","page","order_by","sort","created[gte]","created[lte]","metadata","status","client_id"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listSatInvoices: { method: "GET"; path: "/invoices/sat"; pathParams: readonly []; query: readonly ["team","limit","starting_after","from","to","direction","status","invoice_type","issuer_rfc","receiver_rfc"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listServices: { method: "GET"; path: "/services"; pathParams: readonly []; query: readonly ["team","limit","next","order_by","sort","created[gte]","created[lte]"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listTeamInvitations: { method: "GET"; path: "/teams/{id}/invitations"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listTeamMembers: { method: "GET"; path: "/teams/{id}/members"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listTeams: { method: "GET"; path: "/teams"; pathParams: readonly []; query: readonly ["team","limit","next","order_by","sort"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listTransferInvoices: { method: "GET"; path: "/invoices/transfer"; pathParams: readonly []; query: readonly ["team","limit","next","order_by","sort","created[gte]","created[lte]"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listUsers: { method: "GET"; path: "/users"; pathParams: readonly []; query: readonly ["team","limit","next","order_by","sort"]; body: "none"; bodyRequired: false; list: "cursor"; envelope: "data" };
  listWebhooks: { method: "GET"; path: "/webhooks"; pathParams: readonly []; query: readonly ["team","limit","status"]; body: "none"; bodyRequired: false; list: "single"; envelope: "data" };
  markPaymentAsPaid: { method: "POST"; path: "/payments/{id}/paid"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  previewDraftInvoice: { method: "POST"; path: "/invoices/draft/{id}/preview"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  refundPayment: { method: "POST"; path: "/payments/{id}/refund"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: false; list: false; envelope: "data" };
  registerPayment: { method: "POST"; path: "/payments/register"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  removeTeamMember: { method: "POST"; path: "/teams/{id}/remove-member"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  reopenReceipt: { method: "POST"; path: "/receipts/{id}/reopen"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  requestPayment: { method: "POST"; path: "/payments/request"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  resendInvoiceEmail: { method: "POST"; path: "/invoices/{id}/send"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  resendTeamInvitation: { method: "POST"; path: "/teams/{id}/invitations/{inviteId}/resend"; pathParams: readonly ["id","inviteId"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  resetUserPassword: { method: "POST"; path: "/users/reset-password"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  retrySatInvoiceXml: { method: "POST"; path: "/invoices/sat/{uuid}/retry-xml"; pathParams: readonly ["uuid"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  revokeTeamInvitation: { method: "DELETE"; path: "/teams/{id}/invitations/{inviteId}"; pathParams: readonly ["id","inviteId"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "empty" };
  saveSatDownloadSchedule: { method: "PUT"; path: "/invoices/download/schedule"; pathParams: readonly []; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  searchClients: { method: "GET"; path: "/clients/search"; pathParams: readonly []; query: readonly ["team","q","page","limit"]; body: "none"; bodyRequired: false; list: "page"; envelope: "data" };
  searchInvoices: { method: "GET"; path: "/invoices/search"; pathParams: readonly []; query: readonly ["team","q","page","limit"]; body: "none"; bodyRequired: false; list: "page"; envelope: "data" };
  searchPayments: { method: "GET"; path: "/payments/search"; pathParams: readonly []; query: readonly ["team","q","page","limit","status","client_id"]; body: "none"; bodyRequired: false; list: "page"; envelope: "data" };
  searchReceipts: { method: "GET"; path: "/receipts/search"; pathParams: readonly []; query: readonly ["team","q","page","fields"]; body: "none"; bodyRequired: false; list: "page"; envelope: "data" };
  signTeamManifest: { method: "POST"; path: "/teams/{id}/manifest/sign"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  stampClientPendingReceipts: { method: "POST"; path: "/clients/{id}/stamp-pending-receipts"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  stampDraftInvoice: { method: "POST"; path: "/invoices/draft/{id}/stamp"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
  stampReceipt: { method: "POST"; path: "/receipts/{id}/stamp"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: false; list: false; envelope: "data" };
  updateClient: { method: "PUT"; path: "/clients/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateDraftInvoice: { method: "PUT"; path: "/invoices/draft/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updatePayment: { method: "PUT"; path: "/payments/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "empty" };
  updateService: { method: "PUT"; path: "/services/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateTeam: { method: "PUT"; path: "/teams/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateTeamMember: { method: "PATCH"; path: "/teams/{id}/members/{memberId}"; pathParams: readonly ["id","memberId"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateTeamSeries: { method: "PUT"; path: "/teams/{id}/series/{seriesId}"; pathParams: readonly ["id","seriesId"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateTeamSettings: { method: "PUT"; path: "/teams/{id}/settings"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateUser: { method: "PUT"; path: "/users/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  updateWebhook: { method: "PUT"; path: "/webhooks/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "json"; bodyRequired: true; list: false; envelope: "data" };
  uploadClientCsf: { method: "POST"; path: "/clients/csf"; pathParams: readonly []; query: readonly ["team","client_id"]; body: "multipart"; bodyRequired: true; parts: {"file":"file"}; requiredParts: readonly ["file"]; list: false; envelope: "data" };
  uploadClientSupportDocument: { method: "POST"; path: "/clients/{id}/support-documents"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "multipart"; bodyRequired: true; parts: {"file":"file","documentType":"text","name":"text","description":"text"}; requiredParts: readonly ["file","documentType"]; list: false; envelope: "data" };
  uploadFielCredentials: { method: "POST"; path: "/invoices/download/fiel"; pathParams: readonly []; query: readonly ["team"]; body: "multipart"; bodyRequired: true; parts: {"cert":"file","key":"file","password":"text","phone":"text"}; requiredParts: readonly ["cert","key","password"]; list: false; envelope: "empty" };
  uploadInvoiceSupportDocument: { method: "POST"; path: "/invoices/{id}/support-documents"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "multipart"; bodyRequired: true; parts: {"file":"file","documentType":"text","name":"text","description":"text"}; requiredParts: readonly ["file","documentType"]; list: false; envelope: "data" };
  uploadPaymentSupportDocument: { method: "POST"; path: "/payments/{id}/support-documents"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "multipart"; bodyRequired: true; parts: {"file":"file","documentType":"text","name":"text","description":"text"}; requiredParts: readonly ["file","documentType"]; list: false; envelope: "data" };
  uploadTeamCsdCertificates: { method: "POST"; path: "/teams/{id}/sat-connection"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "multipart"; bodyRequired: true; parts: {"cert":"file","key":"file","keyPass":"text"}; requiredParts: readonly ["cert","key","keyPass"]; list: false; envelope: "empty" };
  validateClient: { method: "POST"; path: "/clients/validate/{id}"; pathParams: readonly ["id"]; query: readonly ["team"]; body: "none"; bodyRequired: false; list: false; envelope: "data" };
}

export type OperationId = keyof OperationTable;

const KINDS = {"body":["json","multipart","none"],"list":["cursor","page","single",false],"envelope":["data","empty","raw"]} as const;

/** Reads the table below: `id METHOD path flags query parts`, flags = body, bodyRequired, list, envelope. */
function decode(text: string): OperationTable {
  const table: Record<string, unknown> = {};
  for (const line of text.trim().split("\n")) {
    const [id, method, path, flags, query, parts] = line.split(" ") as [string, string, string, string, string, string];
    const op: Record<string, unknown> = {
      method,
      path,
      pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      query: query === "-" ? [] : query.split(","),
      body: KINDS.body[Number(flags[0])],
      bodyRequired: flags[1] === "1",
      list: KINDS.list[Number(flags[2])],
      envelope: KINDS.envelope[Number(flags[3])],
    };
    if (parts !== "-") {
      const list = parts.split(",").map((p) => p.split(":") as [string, string]);
      op.parts = Object.fromEntries(list.map(([name, kind]) => [name.replace("!", ""), kind]));
      op.requiredParts = list.filter(([name]) => name.endsWith("!")).map(([name]) => name.slice(0, -1));
    }
    table[id] = op;
  }
  return table as unknown as OperationTable;
}

export const operations: OperationTable = /* @__PURE__ */ decode(`
acceptTeamInvitation POST /teams/invitations/accept 0131 team -
activateSatDownload POST /invoices/download/activate 2030 team -
addTeamMember POST /teams/{id}/add-member 0131 team -
cancelInvoice DELETE /invoices/{id} 0131 team -
cancelPayment DELETE /payments/{id} 2031 team -
cancelReceipt DELETE /receipts/{id} 2031 team -
createClient POST /clients 0130 team -
createDraftInvoice POST /invoices/draft 0130 team -
createEgressInvoice POST /invoices/egress 0130 team -
createIncomeInvoice POST /invoices/income 0130 team -
createIncomeInvoiceBatch POST /invoices/income/batch 0130 team -
createPaymentComplementInvoice POST /invoices/payment 0130 team -
createReceipt POST /receipts 0130 team -
createService POST /services 0130 team -
createTeam POST /teams 0130 team -
createTeamInvitation POST /teams/{id}/invitations 0130 team -
createTeamPortalAccessToken POST /teams/{id}/portal-access-token 0130 team -
createTeamSeries POST /teams/{id}/series 0130 team -
createTransferInvoice POST /invoices/transfer 0130 team -
createUser POST /users 0130 team -
createWebhook POST /webhooks 0130 team -
deactivateSatDownload POST /invoices/download/deactivate 2031 team -
declineTeamInvitation POST /teams/invitations/decline 0131 team -
deleteClient DELETE /clients/{id} 2031 team -
deleteDraftInvoice DELETE /invoices/draft/{id} 2031 team -
deleteService DELETE /services/{id} 2031 team -
deleteTeam DELETE /teams/{id} 2031 team -
deleteTeamMember DELETE /teams/{id}/members/{memberId} 2031 team -
deleteUser DELETE /users/{id} 2031 team -
deleteWebhook DELETE /webhooks/{id} 2031 team -
generateSatInvoicePdf POST /invoices/sat/{uuid}/pdf 2032 team -
generateUserLoginLink POST /users/login-link 0130 team -
getClient GET /clients/{id} 2030 team -
getClientPortalToken POST /clients/customerportal 0130 team -
getDraftInvoice GET /invoices/draft/{id} 2030 team -
getEgressInvoice GET /invoices/egress/{id} 2030 team -
getIncomeInvoice GET /invoices/income/{id} 2030 team -
getIncomeInvoiceBatch GET /invoices/income/batch/{id} 2030 team -
getInvoiceFiles GET /invoices/{id}/files 2030 team,file_type -
getPayment GET /payments/{id} 2030 team -
getPaymentComplementInvoice GET /invoices/payment/{id} 2030 team -
getReceipt GET /receipts/{id} 2030 team -
getSatDownloadActivationStatus GET /invoices/download/activate/status 2030 team -
getSatDownloadHistory GET /invoices/download/schedule/history 2030 team -
getSatDownloadSchedule GET /invoices/download/schedule 2030 team -
getSatInvoice GET /invoices/sat/{uuid} 2030 team -
getService GET /services/{id} 2030 team -
getTeam GET /teams/{id} 2030 team -
getTeamEmailTemplates GET /teams/{id}/email-templates 2030 team -
getTeamIntegrations GET /teams/integrations 2030 team -
getTeamInvitation GET /teams/{id}/invitations/{inviteId} 2030 team -
getTeamOnboardingUrl GET /teams/{id}/onboarding-url 2030 team -
getTeamSeries GET /teams/{id}/series 2020 team -
getTeamSettings GET /teams/{id}/settings 2030 team -
getTransferInvoice GET /invoices/transfer/{id} 2030 team -
getUser GET /users/{id} 2030 team -
getWebhook GET /webhooks/{id} 2030 team -
headlessSignup POST /auth/signup 0132 team -
importInvoiceXml POST /invoices/import 0130 team -
listCfdiErrors GET /invoices/errors 2010 team,code,q,type,limit,page -
listClients GET /clients 2000 team,limit,next,page,order_by,sort,created[gte],created[lte],metadata -
listClientSupportDocuments GET /clients/{id}/support-documents 2020 team -
listDraftInvoices GET /invoices/draft 2000 team,limit,next,page,order_by,sort,created[gte],created[lte] -
listEgressInvoices GET /invoices/egress 2000 team,limit,next,page,status,client_id,series,order_by,sort,created[gte],created[lte],created_gte,created_lte,metadata -
listIncomeInvoiceBatchItems GET /invoices/income/batch/{id}/items 2030 team,limit,next,status -
listIncomeInvoices GET /invoices/income 2000 team,limit,next,page,status,client_id,series,order_by,sort,created[gte],created[lte],created_gte,created_lte,metadata -
listInvoiceSupportDocuments GET /invoices/{id}/support-documents 2020 team -
listPaymentComplementInvoices GET /invoices/payment 2000 team,limit,next,page,status,client_id,series,invoice_id,order_by,sort,created[gte],created[lte],created_gte,created_lte,metadata -
listPayments GET /payments 2000 team,limit,next,page,order_by,sort,created[gte],created[lte],metadata,status,client_id,email,currency,tax_id -
listPaymentSupportDocuments GET /payments/{id}/support-documents 2020 team -
listReceipts GET /receipts 2000 team,limit,next,page,order_by,sort,created[gte],created[lte],metadata,status,client_id -
listSatInvoices GET /invoices/sat 2000 team,limit,starting_after,from,to,direction,status,invoice_type,issuer_rfc,receiver_rfc -
listServices GET /services 2000 team,limit,next,order_by,sort,created[gte],created[lte] -
listTeamInvitations GET /teams/{id}/invitations 2000 team -
listTeamMembers GET /teams/{id}/members 2000 team -
listTeams GET /teams 2000 team,limit,next,order_by,sort -
listTransferInvoices GET /invoices/transfer 2000 team,limit,next,order_by,sort,created[gte],created[lte] -
listUsers GET /users 2000 team,limit,next,order_by,sort -
listWebhooks GET /webhooks 2020 team,limit,status -
markPaymentAsPaid POST /payments/{id}/paid 0130 team -
previewDraftInvoice POST /invoices/draft/{id}/preview 2030 team -
refundPayment POST /payments/{id}/refund 0030 team -
registerPayment POST /payments/register 0130 team -
removeTeamMember POST /teams/{id}/remove-member 0131 team -
reopenReceipt POST /receipts/{id}/reopen 0131 team -
requestPayment POST /payments/request 0130 team -
resendInvoiceEmail POST /invoices/{id}/send 0130 team -
resendTeamInvitation POST /teams/{id}/invitations/{inviteId}/resend 0130 team -
resetUserPassword POST /users/reset-password 0131 team -
retrySatInvoiceXml POST /invoices/sat/{uuid}/retry-xml 2030 team -
revokeTeamInvitation DELETE /teams/{id}/invitations/{inviteId} 2031 team -
saveSatDownloadSchedule PUT /invoices/download/schedule 0131 team -
searchClients GET /clients/search 2010 team,q,page,limit -
searchInvoices GET /invoices/search 2010 team,q,page,limit -
searchPayments GET /payments/search 2010 team,q,page,limit,status,client_id -
searchReceipts GET /receipts/search 2010 team,q,page,fields -
signTeamManifest POST /teams/{id}/manifest/sign 0131 team -
stampClientPendingReceipts POST /clients/{id}/stamp-pending-receipts 2030 team -
stampDraftInvoice POST /invoices/draft/{id}/stamp 2030 team -
stampReceipt POST /receipts/{id}/stamp 0030 team -
updateClient PUT /clients/{id} 0130 team -
updateDraftInvoice PUT /invoices/draft/{id} 0130 team -
updatePayment PUT /payments/{id} 0131 team -
updateService PUT /services/{id} 0130 team -
updateTeam PUT /teams/{id} 0130 team -
updateTeamMember PATCH /teams/{id}/members/{memberId} 0130 team -
updateTeamSeries PUT /teams/{id}/series/{seriesId} 0130 team -
updateTeamSettings PUT /teams/{id}/settings 0130 team -
updateUser PUT /users/{id} 0130 team -
updateWebhook PUT /webhooks/{id} 0130 team -
uploadClientCsf POST /clients/csf 1130 team,client_id file!:file
uploadClientSupportDocument POST /clients/{id}/support-documents 1130 team file!:file,documentType!:text,name:text,description:text
uploadFielCredentials POST /invoices/download/fiel 1131 team cert!:file,key!:file,password!:text,phone:text
uploadInvoiceSupportDocument POST /invoices/{id}/support-documents 1130 team file!:file,documentType!:text,name:text,description:text
uploadPaymentSupportDocument POST /payments/{id}/support-documents 1130 team file!:file,documentType!:text,name:text,description:text
uploadTeamCsdCertificates POST /teams/{id}/sat-connection 1131 team cert!:file,key!:file,keyPass!:text
validateClient POST /clients/validate/{id} 2030 team -
`);
