// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
// The request zod schemas compiled by scripts/compile-rules.mjs (the format is described there).
export const nodes: unknown[] = [["s",[["min",1]]],["o",[["token",0]],0,0],["e",["admin","editor","viewer"]],["?",2],["d",3],["o",[["id",0],["role",4]],0,0],["e",["01","02","03","04"]],["s",[["re","^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$","","uuid"]]],["?",7],["o",[["motive",6],["substitution_uuid",8]],0,0],["s",[]],["?",10],["s",[["re","^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$","","email"]]],["?",12],["s",[["re","^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$","","regex"]]],["?",14],["e",["601","603","605","606","607","608","610","611","612","614","615","616","620","621","622","623","624","625","626","628","629","630"]],["?",16],["e",["G01","G02","G03","I01","I02","I03","I04","I05","I06","I07","I08","D01","D02","D03","D04","D05","D06","D07","D08","D09","D10","S01","CP01","CN01"]],["?",18],["a",12,0,-1],["?",20],["s",[["re","^[0-9]{5}$","","regex"]]],["?",22],["o",[["street",11],["exterior",11],["interior",11],["neighborhood",11],["municipality",11],["city",11],["state",11],["zip",23],["country",11]],0,0],["?",24],["*"],["r",26],["?",27],["b"],["?",29],["o",[["keep_full_legal_name",30],["issue_automatic_invoices",30],["issue_invoiceable_receipts",30]],0,0],["?",31],["o",[["name",11],["legal_name",11],["company",11],["email",13],["phone",11],["tax_id",15],["tax_system",17],["use",19],["bcc",21],["address",25],["metadata",28],["defaults",32]],0,0],["e",["email","tax_id"]],["d",30],["o",[["on_key",34],["on_value",0],["update",35]],0,0],["?",36],["o",[["email",12],["search",37]],0,0],["i",33,38],["o",[["on_key",10],["on_value",10],["auto_create",30],["safety_check",30]],0,0],["?",40],["o",[["id",11],["search",41]],0,0],["i",33,42],["?",43],["?",0],["n",0,[["gt",0]]],["n",0,[["ge",0]]],["?",47],["s",[["re","^[0-9]{8}$","","regex"]]],["?",49],["e",["01","02","03","04","05","06","07","08"]],["?",51],["n",0,[["ge",0],["le",1]]],["e",["Tasa","Cuota","Exento"]],["?",54],["o",[["type",10],["rate",53],["factor",55],["withholding",30],["inclusive",30],["base",11]],0,0],["a",56,0,-1],["?",57],["o",[["legal_name",11],["tax_id",11],["tax_system",17],["zip",23]],0,0],["?",59],["o",[["id",11],["search",41],["description",45],["quantity",46],["unit_price",48],["discount",48],["sku",11],["product_key",50],["unit_key",11],["unit_name",11],["taxability",52],["taxes",58],["third_party",60]],0,0],["a",61,0,-1],["?",62],["e",["12","13","14","15","17","23","24","25","26","27","28","29","30","31","99","01","02","03","04","05","06","08"]],["?",64],["e",["PUE","PPD"]],["?",66],["s",[["re","^[A-Z]{3}$","","regex"]]],["?",68],["?",46],["n",1,[["ge",1]]],["?",71],["e",["01","02","03","04","05","06","07"]],["a",7,1,-1],["o",[["relationship",73],["documents",74]],0,0],["a",75,0,-1],["?",76],["e",["01","02","03","04","05"]],["e",["10","11","12","13","14","15","16","17","18","01","02","03","04","05","06","07","08","09"]],["n",1,[["ge",2022],["le",2100]]],["o",[["periodicity",78],["months",79],["year",80]],0,0],["?",81],["?",6],["o",[["type",10],["data",10]],0,0],["a",84,0,-1],["?",85],["o",[["client",44],["items",63],["payment_form",65],["payment_method",67],["use",19],["currency",69],["exchange_rate",70],["series",45],["folio_number",72],["send_email",30],["emails",21],["automation_type",11],["metadata",28],["idempotency_key",45],["related_documents",77],["global",82],["exports",83],["complements",86],["addenda",11],["invoice_pdf_notes",11],["return_files_urls",30]],0,0],["e",["I","E","P","T"]],["o",[["invoice_type",88]],0,0],["i",87,89],["a",26,1,-1],["o",[["client",43],["items",91]],0,0],["i",87,92],["a",61,1,-1],["n",1,[]],["?",95],["o",[["idempotency_key",0],["client",43],["items",94],["payment_form",65],["payment_method",67],["use",19],["currency",69],["exchange_rate",70],["series",11],["folio_number",96],["send_email",30],["emails",21],["metadata",28]],0,0],["a",97,1,1000],["o",[["invoices",98]],0,0],["n",1,[["ge",0]]],["?",100],["o",[["uuid",11],["amount",70],["installment",72],["last_balance",48]],0,0],["a",102,1,-1],["?",103],["0",10],["?",105],["o",[["client",44],["payment_form",65],["currency",69],["exchange_rate",70],["payment_date",101],["invoices",104],["ppd_invoice_id",106],["series",11],["folio_number",96],["send_email",30],["emails",21],["metadata",28],["idempotency_key",11]],0,0],["o",[["id",10],["quantity",46],["unit_price",48]],0,0],["u",[108,61]],["a",109,1,-1],["e",["day","week","two_weeks","month","two_months"]],["?",111],["u",[10,95]],["?",113],["o",[["serie",11],["folio",114]],0,0],["?",115],["o",[["client",43],["items",110],["currency",69],["exchange_rate",70],["periodicity",112],["payment_form",65],["idempotency_key",45],["metadata",28],["invoice_config",116]],0,0],["o",[["description",45],["unit_price",48],["sku",11],["product_key",50],["unit_key",11],["unit_name",11],["quantity",70],["taxability",52],["taxes",58]],0,0],["o",[["description",0],["unit_price",47]],0,0],["i",118,119],["s",[["min",12],["max",13]]],["s",[["url"]]],["?",122],["o",[["alias",0],["primary_color",11],["secondary_color",11],["logo",123]],0,0],["?",124],["o",[["country",0]],0,0],["i",24,126],["?",127],["o",[["id",0],["role",3]],0,0],["a",129,0,-1],["?",130],["o",[["tax_id",121],["tax_system",17],["legal_name",11],["support_email",13],["support_phone",11],["generate_onboarding_url",30],["brand",125],["address",128],["add_members",131],["add_master_team_members",30]],0,0],["s",[["re","^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$","","email"],["max",320]]],["o",[["email",133],["role",4],["send_email",35]],0,0],["o",[["expiresIn",11]],0,0],["o",[["series",0],["live",101],["test",101]],0,0],["a",10,1,-1],["o",[["relationship",73],["documents",137]],0,0],["a",138,0,-1],["?",139],["o",[["client",43],["items",94],["use",19],["currency",69],["exchange_rate",70],["exports",83],["series",11],["folio_number",96],["related_documents",140],["complements",86],["addenda",11],["invoice_pdf_notes",11],["send_email",30],["emails",21],["metadata",28],["idempotency_key",11]],0,0],["o",[["email",12],["first_name",11],["last_name",11],["phone",11],["company_role",11],["role",3],["auto_join",35],["address",25]],0,0],["s",[["url"],["re","^https:\\/\\/","","regex"]]],["e",["payment.created","payment.updated","payment.succeeded","payment.failed","payment.cancelled","payment.canceled","payment.refunded","payment.deleted","payment.upcoming_due_date","invoice.created","invoice.stamped","invoice.cancelled","invoice.canceled","invoice.sent","invoice.failed","receipt.created","receipt.updated","receipt.completed","receipt.stamped","receipt.cancelled","receipt.deleted","customer.created","customer.updated","customer.deleted","service.created","service.updated","service.deleted"]],["a",144,0,-1],["e",["active","inactive"]],["?",146],["d",147],["o",[["url",143],["events",145],["description",11],["status",148]],0,0],["o",[["user_id",0]],0,0],["o",[["id",0]],1,0],["o",[["email",12]],1,0],["u",[151,152]],["e",["pdf","xml"]],["?",154],["o",[["team",45],["file_type",155]],0,0],["o",[["email",12],["name",11],["plan_id",0],["billing_cycle",11],["stripe_payment_method",11],["metadata",28]],0,0],["o",[["filename",0],["xml",0]],1,0],["o",[["filename",0],["content",0]],1,0],["u",[158,159]],["a",160,1,50],["o",[["files",161]],0,0],["e",["invoice","receiver","sender","unknown"]],["?",163],["n",1,[["ge",1],["le",100]]],["?",165],["d",166],["d",72],["o",[["team",45],["code",45],["q",45],["type",164],["limit",167],["page",168]],0,0],["e",["asc","desc"]],["?",170],["r",10],["?",172],["o",[["team",45],["limit",167],["next",11],["page",168],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101],["metadata",173]],0,0],["o",[["team",45],["limit",167],["next",11],["page",168],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101]],0,0],["o",[["team",45],["limit",167],["next",11],["page",168],["status",11],["client_id",45],["series",45],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101],["metadata",173]],0,0],["o",[["team",45],["limit",167],["next",11],["status",11]],0,0],["o",[["team",45],["limit",167],["next",11],["page",168],["status",11],["client_id",45],["series",45],["invoice_id",45],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101],["metadata",173]],0,0],["o",[["team",45],["limit",167],["next",11],["page",168],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101],["metadata",173],["status",45],["client_id",45],["email",45],["currency",69],["tax_id",45]],0,0],["o",[["team",45],["limit",167],["next",11],["page",168],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101],["metadata",173],["status",45],["client_id",45]],0,0],["s",[["re","^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$","","date"]]],["?",181],["e",["issued","received"]],["?",183],["e",["I","E","P","N","T"]],["?",185],["o",[["team",45],["limit",167],["starting_after",11],["from",182],["to",182],["direction",184],["status",11],["invoice_type",186],["issuer_rfc",11],["receiver_rfc",11]],0,0],["o",[["team",45],["limit",167],["next",11],["order_by",11],["sort",171],["created[gte]",101],["created[lte]",101]],0,0],["o",[["team",45],["limit",167],["next",11],["order_by",11],["sort",171]],0,0],["o",[["team",45],["limit",167],["status",147]],0,0],["o",[["payment_form",64],["date",101]],0,0],["o",[["amount",46],["reason",45],["external_processor_refund",30]],0,0],["e",["pue_invoice","ppd_invoice_and_complement","none","receipt","stamp_invoice"]],["o",[["client",43],["items",110],["payment_form",64],["automation_type",193],["currency",69],["exchange_rate",70],["metadata",28],["invoice_config",116],["idempotency_key",45],["send_email",30],["emails",21],["ppd_invoice_id",106],["ignore_emails",30]],0,0],["o",[["id",0]],0,0],["o",[["reason",0]],0,0],["a",0,0,-1],["?",197],["o",[["client",43],["items",110],["automation_type",193],["allowed_payment_methods",198],["currency",69],["exchange_rate",70],["send_email",30],["emails",21],["metadata",28],["idempotency_key",45],["invoice_config",116],["ppd_invoice_id",106],["ignore_emails",30]],0,0],["o",[["emails",21]],0,0],["o",[["email",12]],0,0],["s",[["re","^([01][0-9]|2[0-3]):[0-5][0-9]$","","regex"]]],["a",183,1,-1],["n",1,[["ge",1],["le",90]]],["o",[["enabled",29],["time",202],["download_types",203],["days_back",204]],0,0],["o",[["team",45],["q",0],["page",168],["limit",167]],0,0],["o",[["team",45],["q",0],["page",168],["limit",167],["status",45],["client_id",45]],0,0],["o",[["team",45],["q",0],["page",168],["fields",45]],0,0],["o",[["cert",0],["key",0],["password",0]],0,0],["e",["client","general_public_national","general_public_foreign"]],["o",[["legal_name",45],["tax_id",15],["tax_system",17],["zip",23]],0,0],["?",211],["o",[["stamp_to",210],["fiscal_information",212],["date",101]],0,0],["o",[["id",0],["description",45]],1,0],["a",214,1,-1],["?",215],["e",["pue_invoice","ppd_invoice_and_complement","none"]],["?",217],["o",[["name",11],["company",11],["phone",11],["email",13],["bcc",21],["metadata",28],["legal_name",11],["tax_id",15],["use",19],["tax_system",17],["address",25]],0,0],["?",219],["o",[["items",216],["automation_type",218],["client",220]],0,1],["?",121],["o",[["alias",11],["primary_color",11],["secondary_color",11],["logo",123]],0,0],["?",223],["o",[["tax_id",222],["tax_system",17],["legal_name",11],["support_email",13],["support_phone",11],["brand",224],["address",25]],0,0],["o",[["role",11],["permissions",173]],0,0],["o",[["live",101],["test",101]],0,0],["0",18],["?",228],["0",29],["?",230],["0",57],["?",232],["a",27,0,-1],["0",234],["?",235],["a",68,0,-1],["0",237],["?",238],["e",[2]],["e",[3]],["e",[4]],["e",[5]],["u",[240,241,242,243]],["0",244],["?",245],["n",1,[["ge",0],["le",31]]],["0",247],["?",248],["a",18,0,-1],["0",250],["?",251],["o",[["data",106],["description",106],["type",106]],0,0],["a",253,0,-1],["0",254],["?",255],["0",111],["?",257],["e",["en","es"]],["0",259],["?",260],["0",100],["?",262],["a",10,0,-1],["0",264],["?",265],["o",[["key",10],["description",10]],0,0],["a",267,0,-1],["0",268],["?",269],["o",[["days",263],["enabled",231],["before_body",106],["before_subject",106],["after_body",106],["after_subject",106]],0,0],["0",271],["?",272],["e",["credit_note","cancel_resources"]],["0",274],["?",275],["o",[["window_days",263],["handler",276]],0,0],["0",277],["?",278],["o",[["automatic_refunds",231],["current_month_handler",276]],0,0],["0",280],["?",281],["0",20],["?",283],["o",[["invoices_bcc",284],["payments_bcc",284],["receipts_bcc",284],["avoid_invoice_emails",231],["avoid_test_invoice_emails",231],["avoid_receipts_emails",231],["avoid_foreign_receipts_emails",231],["invoice_body",106],["invoice_subject",106],["complement_body",106],["complement_subject",106],["credit_note_body",106],["credit_note_subject",106],["payment_body",106],["payment_subject",106],["receipt_body",106],["receipt_subject",106],["receipt_reminder_body",106],["receipt_reminder_subject",106]],0,0],["0",285],["?",286],["o",[["body",106],["subject",106]],0,0],["0",288],["?",289],["o",[["es",290],["en",290]],0,0],["0",291],["?",292],["o",[["invoices",293],["complements",293],["credit_notes",293],["payments",293],["receipts",293],["receipt_reminders",293]],0,0],["0",294],["?",295],["o",[["serie",106]],0,0],["0",297],["?",298],["o",[["income",299],["complements",299],["credit_note",299]],0,0],["0",300],["?",301],["o",[["default_description",106],["override_item_description",106],["invoice_pdf_notes",106],["product_key",106],["unit_key",106],["unit_name",106],["sku",106],["use",229],["keep_full_legal_name",231],["avoid_legal_name_replacer",231],["taxes",233],["taxes_usd",233],["withholding_taxes",233],["local_taxes",236],["avoid_automations_on_currencies",239],["automate_complement_for_ppd_invoices",231],["automate_partial_payment_complements",231],["global_invoice_disabled",231],["global_invoicing_monthly_cuts",246],["eom_ppd_threshold_days",249],["invoice_per_receipt",231],["avoid_receipts",231],["cancel_receipts_on_refunds",231],["use_foreign_public_in_usd",231],["enforce_client_country_taxes",231],["send_invoice_english_pdf",231],["allow_notes_on_self_invoice",231],["allow_product_code_on_self_invoice",231],["uses_on_self_invoice_portal",252],["complements",256],["addenda",106],["custom_payment_description",106],["force_series",106],["periodicity",258],["pdf_language",261],["limit_days_to_pay",263],["concepts_catalog",266],["allowed_product_codes",270],["payment_reminders",273],["reinvoice",279],["refunds",282],["emails",287],["email_templates",296],["default_series",302]],0,0],["o",[["email",13],["first_name",11],["last_name",11],["phone",11],["company_role",11],["address",25]],0,0],["?",143],["?",145],["o",[["url",305],["events",306],["description",11],["status",147]],0,0],["o",[["team",45],["client_id",45]],0,0]];

export const requestRules: Record<string, { body?: number; query?: number }> = {
  "acceptTeamInvitation": {
    "body": 1
  },
  "addTeamMember": {
    "body": 5
  },
  "cancelInvoice": {
    "body": 9
  },
  "createClient": {
    "body": 39
  },
  "createDraftInvoice": {
    "body": 90
  },
  "createEgressInvoice": {
    "body": 93
  },
  "createIncomeInvoice": {
    "body": 93
  },
  "createIncomeInvoiceBatch": {
    "body": 99
  },
  "createPaymentComplementInvoice": {
    "body": 107
  },
  "createReceipt": {
    "body": 117
  },
  "createService": {
    "body": 120
  },
  "createTeam": {
    "body": 132
  },
  "createTeamInvitation": {
    "body": 134
  },
  "createTeamPortalAccessToken": {
    "body": 135
  },
  "createTeamSeries": {
    "body": 136
  },
  "createTransferInvoice": {
    "body": 141
  },
  "createUser": {
    "body": 142
  },
  "createWebhook": {
    "body": 149
  },
  "declineTeamInvitation": {
    "body": 1
  },
  "generateUserLoginLink": {
    "body": 150
  },
  "getClientPortalToken": {
    "body": 153
  },
  "getInvoiceFiles": {
    "query": 156
  },
  "headlessSignup": {
    "body": 157
  },
  "importInvoiceXml": {
    "body": 162
  },
  "listCfdiErrors": {
    "query": 169
  },
  "listClients": {
    "query": 174
  },
  "listDraftInvoices": {
    "query": 175
  },
  "listEgressInvoices": {
    "query": 176
  },
  "listIncomeInvoiceBatchItems": {
    "query": 177
  },
  "listIncomeInvoices": {
    "query": 176
  },
  "listPaymentComplementInvoices": {
    "query": 178
  },
  "listPayments": {
    "query": 179
  },
  "listReceipts": {
    "query": 180
  },
  "listSatInvoices": {
    "query": 187
  },
  "listServices": {
    "query": 188
  },
  "listTeams": {
    "query": 189
  },
  "listTransferInvoices": {
    "query": 188
  },
  "listUsers": {
    "query": 189
  },
  "listWebhooks": {
    "query": 190
  },
  "markPaymentAsPaid": {
    "body": 191
  },
  "refundPayment": {
    "body": 192
  },
  "registerPayment": {
    "body": 194
  },
  "removeTeamMember": {
    "body": 195
  },
  "reopenReceipt": {
    "body": 196
  },
  "requestPayment": {
    "body": 199
  },
  "resendInvoiceEmail": {
    "body": 200
  },
  "resendTeamInvitation": {
    "body": 27
  },
  "resetUserPassword": {
    "body": 201
  },
  "saveSatDownloadSchedule": {
    "body": 205
  },
  "searchClients": {
    "query": 206
  },
  "searchInvoices": {
    "query": 206
  },
  "searchPayments": {
    "query": 207
  },
  "searchReceipts": {
    "query": 208
  },
  "signTeamManifest": {
    "body": 209
  },
  "stampReceipt": {
    "body": 213
  },
  "updateClient": {
    "body": 33
  },
  "updateDraftInvoice": {
    "body": 90
  },
  "updatePayment": {
    "body": 221
  },
  "updateService": {
    "body": 118
  },
  "updateTeam": {
    "body": 225
  },
  "updateTeamMember": {
    "body": 226
  },
  "updateTeamSeries": {
    "body": 227
  },
  "updateTeamSettings": {
    "body": 303
  },
  "updateUser": {
    "body": 304
  },
  "updateWebhook": {
    "body": 307
  },
  "uploadClientCsf": {
    "query": 308
  }
};
