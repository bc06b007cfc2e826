// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
export const operations = {
  "acceptTeamInvitation": {
    "method": "POST",
    "path": "/teams/invitations/accept",
    "tag": "teams",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "activateSatDownload": {
    "method": "POST",
    "path": "/invoices/download/activate",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "addTeamMember": {
    "method": "POST",
    "path": "/teams/{id}/add-member",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "cancelInvoice": {
    "method": "DELETE",
    "path": "/invoices/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "cancelPayment": {
    "method": "DELETE",
    "path": "/payments/{id}",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "cancelReceipt": {
    "method": "DELETE",
    "path": "/receipts/{id}",
    "tag": "receipts",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "createClient": {
    "method": "POST",
    "path": "/clients",
    "tag": "clients",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createDraftInvoice": {
    "method": "POST",
    "path": "/invoices/draft",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createEgressInvoice": {
    "method": "POST",
    "path": "/invoices/egress",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createIncomeInvoice": {
    "method": "POST",
    "path": "/invoices/income",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createIncomeInvoiceBatch": {
    "method": "POST",
    "path": "/invoices/income/batch",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [
      "Idempotency-Key"
    ],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createPaymentComplementInvoice": {
    "method": "POST",
    "path": "/invoices/payment",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createReceipt": {
    "method": "POST",
    "path": "/receipts",
    "tag": "receipts",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createService": {
    "method": "POST",
    "path": "/services",
    "tag": "services",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createTeam": {
    "method": "POST",
    "path": "/teams",
    "tag": "teams",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createTeamInvitation": {
    "method": "POST",
    "path": "/teams/{id}/invitations",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createTeamPortalAccessToken": {
    "method": "POST",
    "path": "/teams/{id}/portal-access-token",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createTeamSeries": {
    "method": "POST",
    "path": "/teams/{id}/series",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createTransferInvoice": {
    "method": "POST",
    "path": "/invoices/transfer",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createUser": {
    "method": "POST",
    "path": "/users",
    "tag": "users",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "createWebhook": {
    "method": "POST",
    "path": "/webhooks",
    "tag": "webhooks",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "deactivateSatDownload": {
    "method": "POST",
    "path": "/invoices/download/deactivate",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "declineTeamInvitation": {
    "method": "POST",
    "path": "/teams/invitations/decline",
    "tag": "teams",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "deleteClient": {
    "method": "DELETE",
    "path": "/clients/{id}",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "deleteDraftInvoice": {
    "method": "DELETE",
    "path": "/invoices/draft/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "deleteService": {
    "method": "DELETE",
    "path": "/services/{id}",
    "tag": "services",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "deleteTeam": {
    "method": "DELETE",
    "path": "/teams/{id}",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "deleteTeamMember": {
    "method": "DELETE",
    "path": "/teams/{id}/members/{memberId}",
    "tag": "teams",
    "pathParams": [
      "id",
      "memberId"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "deleteUser": {
    "method": "DELETE",
    "path": "/users/{id}",
    "tag": "users",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "deleteWebhook": {
    "method": "DELETE",
    "path": "/webhooks/{id}",
    "tag": "webhooks",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "generateSatInvoicePdf": {
    "method": "POST",
    "path": "/invoices/sat/{uuid}/pdf",
    "tag": "invoices",
    "pathParams": [
      "uuid"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "raw"
  },
  "generateUserLoginLink": {
    "method": "POST",
    "path": "/users/login-link",
    "tag": "users",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "getClient": {
    "method": "GET",
    "path": "/clients/{id}",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getClientPortalToken": {
    "method": "POST",
    "path": "/clients/customerportal",
    "tag": "clients",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "getDraftInvoice": {
    "method": "GET",
    "path": "/invoices/draft/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getEgressInvoice": {
    "method": "GET",
    "path": "/invoices/egress/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getIncomeInvoice": {
    "method": "GET",
    "path": "/invoices/income/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getIncomeInvoiceBatch": {
    "method": "GET",
    "path": "/invoices/income/batch/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getInvoiceFiles": {
    "method": "GET",
    "path": "/invoices/{id}/files",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team",
      "file_type"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getPayment": {
    "method": "GET",
    "path": "/payments/{id}",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getPaymentComplementInvoice": {
    "method": "GET",
    "path": "/invoices/payment/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getReceipt": {
    "method": "GET",
    "path": "/receipts/{id}",
    "tag": "receipts",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getSatDownloadActivationStatus": {
    "method": "GET",
    "path": "/invoices/download/activate/status",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getSatDownloadHistory": {
    "method": "GET",
    "path": "/invoices/download/schedule/history",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getSatDownloadSchedule": {
    "method": "GET",
    "path": "/invoices/download/schedule",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getSatInvoice": {
    "method": "GET",
    "path": "/invoices/sat/{uuid}",
    "tag": "invoices",
    "pathParams": [
      "uuid"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getService": {
    "method": "GET",
    "path": "/services/{id}",
    "tag": "services",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTeam": {
    "method": "GET",
    "path": "/teams/{id}",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTeamEmailTemplates": {
    "method": "GET",
    "path": "/teams/{id}/email-templates",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTeamIntegrations": {
    "method": "GET",
    "path": "/teams/integrations",
    "tag": "teams",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTeamInvitation": {
    "method": "GET",
    "path": "/teams/{id}/invitations/{inviteId}",
    "tag": "teams",
    "pathParams": [
      "id",
      "inviteId"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTeamOnboardingUrl": {
    "method": "GET",
    "path": "/teams/{id}/onboarding-url",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTeamSeries": {
    "method": "GET",
    "path": "/teams/{id}/series",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "single",
    "envelope": "data"
  },
  "getTeamSettings": {
    "method": "GET",
    "path": "/teams/{id}/settings",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getTransferInvoice": {
    "method": "GET",
    "path": "/invoices/transfer/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getUser": {
    "method": "GET",
    "path": "/users/{id}",
    "tag": "users",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "getWebhook": {
    "method": "GET",
    "path": "/webhooks/{id}",
    "tag": "webhooks",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "headlessSignup": {
    "method": "POST",
    "path": "/auth/signup",
    "tag": "auth",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [
      "X-Internal-API-Key",
      "Idempotency-Key"
    ],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "raw"
  },
  "importInvoiceXml": {
    "method": "POST",
    "path": "/invoices/import",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "listCfdiErrors": {
    "method": "GET",
    "path": "/invoices/errors",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "code",
      "q",
      "type",
      "limit",
      "page"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "page",
    "envelope": "data"
  },
  "listClients": {
    "method": "GET",
    "path": "/clients",
    "tag": "clients",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]",
      "metadata"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listClientSupportDocuments": {
    "method": "GET",
    "path": "/clients/{id}/support-documents",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "single",
    "envelope": "data"
  },
  "listDraftInvoices": {
    "method": "GET",
    "path": "/invoices/draft",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listEgressInvoices": {
    "method": "GET",
    "path": "/invoices/egress",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "status",
      "client_id",
      "series",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]",
      "metadata"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listIncomeInvoiceBatchItems": {
    "method": "GET",
    "path": "/invoices/income/batch/{id}/items",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team",
      "limit",
      "next",
      "status"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "listIncomeInvoices": {
    "method": "GET",
    "path": "/invoices/income",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "status",
      "client_id",
      "series",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]",
      "metadata"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listInvoiceSupportDocuments": {
    "method": "GET",
    "path": "/invoices/{id}/support-documents",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "single",
    "envelope": "data"
  },
  "listPaymentComplementInvoices": {
    "method": "GET",
    "path": "/invoices/payment",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "status",
      "client_id",
      "series",
      "invoice_id",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]",
      "metadata"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listPayments": {
    "method": "GET",
    "path": "/payments",
    "tag": "payments",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]",
      "metadata",
      "status",
      "client_id",
      "email",
      "currency",
      "tax_id"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listPaymentSupportDocuments": {
    "method": "GET",
    "path": "/payments/{id}/support-documents",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "single",
    "envelope": "data"
  },
  "listReceipts": {
    "method": "GET",
    "path": "/receipts",
    "tag": "receipts",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "page",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]",
      "metadata",
      "status",
      "client_id"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listSatInvoices": {
    "method": "GET",
    "path": "/invoices/sat",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "starting_after",
      "from",
      "to",
      "direction",
      "status",
      "invoice_type",
      "issuer_rfc",
      "receiver_rfc"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listServices": {
    "method": "GET",
    "path": "/services",
    "tag": "services",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listTeamInvitations": {
    "method": "GET",
    "path": "/teams/{id}/invitations",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listTeamMembers": {
    "method": "GET",
    "path": "/teams/{id}/members",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listTeams": {
    "method": "GET",
    "path": "/teams",
    "tag": "teams",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "order_by",
      "sort"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listTransferInvoices": {
    "method": "GET",
    "path": "/invoices/transfer",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "order_by",
      "sort",
      "created[gte]",
      "created[lte]"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listUsers": {
    "method": "GET",
    "path": "/users",
    "tag": "users",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "next",
      "order_by",
      "sort"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "cursor",
    "envelope": "data"
  },
  "listWebhooks": {
    "method": "GET",
    "path": "/webhooks",
    "tag": "webhooks",
    "pathParams": [],
    "query": [
      "team",
      "limit",
      "status"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "single",
    "envelope": "data"
  },
  "markPaymentAsPaid": {
    "method": "POST",
    "path": "/payments/{id}/paid",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "previewDraftInvoice": {
    "method": "POST",
    "path": "/invoices/draft/{id}/preview",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "refundPayment": {
    "method": "POST",
    "path": "/payments/{id}/refund",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "registerPayment": {
    "method": "POST",
    "path": "/payments/register",
    "tag": "payments",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "removeTeamMember": {
    "method": "POST",
    "path": "/teams/{id}/remove-member",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "reopenReceipt": {
    "method": "POST",
    "path": "/receipts/{id}/reopen",
    "tag": "receipts",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "requestPayment": {
    "method": "POST",
    "path": "/payments/request",
    "tag": "payments",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "resendInvoiceEmail": {
    "method": "POST",
    "path": "/invoices/{id}/send",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "resendTeamInvitation": {
    "method": "POST",
    "path": "/teams/{id}/invitations/{inviteId}/resend",
    "tag": "teams",
    "pathParams": [
      "id",
      "inviteId"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "resetUserPassword": {
    "method": "POST",
    "path": "/users/reset-password",
    "tag": "users",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "retrySatInvoiceXml": {
    "method": "POST",
    "path": "/invoices/sat/{uuid}/retry-xml",
    "tag": "invoices",
    "pathParams": [
      "uuid"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "revokeTeamInvitation": {
    "method": "DELETE",
    "path": "/teams/{id}/invitations/{inviteId}",
    "tag": "teams",
    "pathParams": [
      "id",
      "inviteId"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  },
  "saveSatDownloadSchedule": {
    "method": "PUT",
    "path": "/invoices/download/schedule",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "searchClients": {
    "method": "GET",
    "path": "/clients/search",
    "tag": "clients",
    "pathParams": [],
    "query": [
      "team",
      "q",
      "page",
      "limit"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "page",
    "envelope": "data"
  },
  "searchInvoices": {
    "method": "GET",
    "path": "/invoices/search",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team",
      "q",
      "page",
      "limit"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "page",
    "envelope": "data"
  },
  "searchPayments": {
    "method": "GET",
    "path": "/payments/search",
    "tag": "payments",
    "pathParams": [],
    "query": [
      "team",
      "q",
      "page",
      "limit",
      "status",
      "client_id"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "page",
    "envelope": "data"
  },
  "searchReceipts": {
    "method": "GET",
    "path": "/receipts/search",
    "tag": "receipts",
    "pathParams": [],
    "query": [
      "team",
      "q",
      "page",
      "fields"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": "page",
    "envelope": "data"
  },
  "signTeamManifest": {
    "method": "POST",
    "path": "/teams/{id}/manifest/sign",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "stampClientPendingReceipts": {
    "method": "POST",
    "path": "/clients/{id}/stamp-pending-receipts",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "stampDraftInvoice": {
    "method": "POST",
    "path": "/invoices/draft/{id}/stamp",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "data"
  },
  "stampReceipt": {
    "method": "POST",
    "path": "/receipts/{id}/stamp",
    "tag": "receipts",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateClient": {
    "method": "PUT",
    "path": "/clients/{id}",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateDraftInvoice": {
    "method": "PUT",
    "path": "/invoices/draft/{id}",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updatePayment": {
    "method": "PUT",
    "path": "/payments/{id}",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "empty"
  },
  "updateService": {
    "method": "PUT",
    "path": "/services/{id}",
    "tag": "services",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateTeam": {
    "method": "PUT",
    "path": "/teams/{id}",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateTeamMember": {
    "method": "PATCH",
    "path": "/teams/{id}/members/{memberId}",
    "tag": "teams",
    "pathParams": [
      "id",
      "memberId"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateTeamSeries": {
    "method": "PUT",
    "path": "/teams/{id}/series/{seriesId}",
    "tag": "teams",
    "pathParams": [
      "id",
      "seriesId"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateTeamSettings": {
    "method": "PUT",
    "path": "/teams/{id}/settings",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateUser": {
    "method": "PUT",
    "path": "/users/{id}",
    "tag": "users",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "updateWebhook": {
    "method": "PUT",
    "path": "/webhooks/{id}",
    "tag": "webhooks",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "json",
    "bodyRequired": true,
    "list": false,
    "envelope": "data"
  },
  "uploadClientCsf": {
    "method": "POST",
    "path": "/clients/csf",
    "tag": "clients",
    "pathParams": [],
    "query": [
      "team",
      "client_id"
    ],
    "headers": [],
    "body": "multipart",
    "bodyRequired": true,
    "parts": {
      "file": "file"
    },
    "requiredParts": [
      "file"
    ],
    "list": false,
    "envelope": "data"
  },
  "uploadClientSupportDocument": {
    "method": "POST",
    "path": "/clients/{id}/support-documents",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "multipart",
    "bodyRequired": true,
    "parts": {
      "file": "file",
      "documentType": "text",
      "name": "text",
      "description": "text"
    },
    "requiredParts": [
      "file",
      "documentType"
    ],
    "list": false,
    "envelope": "data"
  },
  "uploadFielCredentials": {
    "method": "POST",
    "path": "/invoices/download/fiel",
    "tag": "invoices",
    "pathParams": [],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "multipart",
    "bodyRequired": true,
    "parts": {
      "cert": "file",
      "key": "file",
      "password": "text",
      "phone": "text"
    },
    "requiredParts": [
      "cert",
      "key",
      "password"
    ],
    "list": false,
    "envelope": "empty"
  },
  "uploadInvoiceSupportDocument": {
    "method": "POST",
    "path": "/invoices/{id}/support-documents",
    "tag": "invoices",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "multipart",
    "bodyRequired": true,
    "parts": {
      "file": "file",
      "documentType": "text",
      "name": "text",
      "description": "text"
    },
    "requiredParts": [
      "file",
      "documentType"
    ],
    "list": false,
    "envelope": "data"
  },
  "uploadPaymentSupportDocument": {
    "method": "POST",
    "path": "/payments/{id}/support-documents",
    "tag": "payments",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "multipart",
    "bodyRequired": true,
    "parts": {
      "file": "file",
      "documentType": "text",
      "name": "text",
      "description": "text"
    },
    "requiredParts": [
      "file",
      "documentType"
    ],
    "list": false,
    "envelope": "data"
  },
  "uploadTeamCsdCertificates": {
    "method": "POST",
    "path": "/teams/{id}/sat-connection",
    "tag": "teams",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "multipart",
    "bodyRequired": true,
    "parts": {
      "cert": "file",
      "key": "file",
      "keyPass": "text"
    },
    "requiredParts": [
      "cert",
      "key",
      "keyPass"
    ],
    "list": false,
    "envelope": "empty"
  },
  "validateClient": {
    "method": "POST",
    "path": "/clients/validate/{id}",
    "tag": "clients",
    "pathParams": [
      "id"
    ],
    "query": [
      "team"
    ],
    "headers": [],
    "body": "none",
    "bodyRequired": false,
    "list": false,
    "envelope": "empty"
  }
} as const;

export type OperationId = keyof typeof operations;
