// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
// The request zod schemas compiled by scripts/compile-rules.mjs (the format is described there).
export const nodes: unknown[] = [["s",[["min",1]]],["o",[["token",0]],0,0],["e",["admin","editor","viewer"]],["?",2],["d",3],["o",[["id",0],["role",4]],0,0],["e",["01","02","03","04"]],["?",0],["o",[["motive",6],["substitution_uuid",7],["replacement",7]],0,0],["s",[]],["?",9],["s",[["re","^[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}$","","regex"]]],["?",11],["e",["601","603","605","606","607","608","610","611","612","614","615","616","620","621","622","623","624","625","626","628","629","630"]],["?",13],["e",["G01","G02","G03","I01","I02","I03","I04","I05","I06","I07","I08","D01","D02","D03","D04","D05","D06","D07","D08","D09","D10","S01","CP01","CN01"]],["e",["P01"]],["e",["G01","G02","G03","I01","I02","I03","I04","I05","I06","I07","I08","D01","D02","D03","D04","D05","D06","D07","D08","D09","D10","S01","CP01","CN01","P01"]],["?",17],["a",9,0,-1],["?",19],["o",[["street",10],["exterior",10],["interior",10],["neighborhood",10],["municipality",10],["city",10],["state",10],["zip",10],["country",10]],0,0],["?",21],["*"],["r",23],["?",24],["b"],["?",26],["o",[["keep_full_legal_name",27],["issue_automatic_invoices",27],["issue_invoiceable_receipts",27]],0,0],["?",28],["o",[["name",10],["legal_name",10],["company",10],["email",10],["phone",10],["tax_id",12],["tax_system",14],["use",18],["bcc",20],["address",22],["metadata",25],["defaults",29]],0,0],["e",["email","tax_id"]],["d",27],["o",[["on_key",31],["on_value",0],["update",32]],0,0],["?",33],["o",[["search",34]],0,0],["i",30,35],["o",[["on_key",9],["on_value",9],["auto_create",27],["safety_check",27]],0,0],["?",37],["o",[["id",10],["search",38]],0,0],["i",30,39],["?",40],["n",0,[["gt",0]]],["?",42],["n",0,[["ge",0]]],["?",44],["s",[["re","^[0-9]{8}$","","regex"]]],["?",46],["e",["01","02","03","04","05","06","07","08"]],["?",48],["e",["IVA","ISR","IEPS","iva","isr","ieps"]],["e",["Tasa","Cuota","Exento"]],["?",51],["o",[["type",50],["rate",44],["factor",52],["withholding",27],["inclusive",27],["base",10]],0,0],["a",53,0,-1],["?",54],["s",[["re","^[0-9]{5}$","","regex"]]],["?",56],["o",[["legal_name",10],["tax_id",10],["tax_system",14],["zip",57]],0,0],["?",58],["o",[["id",10],["search",38],["description",7],["quantity",43],["unit_price",45],["discount",45],["sku",10],["product_key",47],["unit_key",10],["unit_name",10],["taxability",49],["taxes",55],["third_party",59]],1,1],["a",60,0,-1],["?",61],["e",["12","13","14","15","17","23","24","25","26","27","28","29","30","31","99","01","02","03","04","05","06","08"]],["?",63],["e",["PUE","PPD"]],["?",65],["s",[["re","^[A-Z]{3}$","","regex"]]],["?",67],["n",1,[["ge",0]]],["?",69],["e",["01","02","03","04","05","06","07"]],["a",0,1,-1],["o",[["relationship",71],["documents",72]],0,0],["a",73,0,-1],["?",74],["e",["01","02","03","04","05"]],["e",["10","11","12","13","14","15","16","17","18","01","02","03","04","05","06","07","08","09"]],["n",1,[["ge",2022],["le",2100]]],["o",[["periodicity",76],["months",77],["year",78]],0,0],["?",79],["?",6],["o",[["type",9],["data",9]],0,0],["a",82,0,-1],["?",83],["o",[["client",41],["items",62],["payment_form",64],["payment_method",66],["use",18],["currency",68],["exchange_rate",43],["series",10],["folio_number",70],["send_email",27],["emails",20],["automation_type",10],["metadata",25],["idempotency_key",7],["related_documents",75],["global",80],["exports",81],["complements",84],["addenda",10],["invoice_pdf_notes",10],["return_files_urls",27]],0,0],["e",["I","E","P","T"]],["o",[["invoice_type",86]],0,0],["i",85,87],["a",60,1,-1],["o",[["client",40],["items",89]],0,0],["i",85,90],["o",[["idempotency_key",0],["client",40],["items",89]],0,0],["i",85,92],["a",93,1,1000],["o",[["invoices",94]],0,0],["n",1,[["ge",1]]],["?",96],["o",[["uuid",10],["amount",43],["installment",97],["last_balance",45]],0,0],["a",98,1,-1],["?",99],["0",9],["?",101],["n",1,[]],["?",103],["o",[["client",41],["payment_form",64],["currency",68],["exchange_rate",43],["payment_date",70],["invoices",100],["ppd_invoice_id",102],["series",10],["folio_number",104],["send_email",27],["emails",20],["metadata",25],["idempotency_key",10]],0,0],["e",["day","week","two_weeks","month","two_months"]],["?",106],["u",[9,103]],["?",108],["o",[["serie",10],["folio",109]],0,0],["?",110],["o",[["client",40],["items",89],["currency",68],["exchange_rate",43],["periodicity",107],["payment_form",64],["idempotency_key",7],["metadata",25],["invoice_config",111]],0,0],["o",[["description",7],["unit_price",45],["sku",10],["product_key",47],["unit_key",10],["unit_name",10],["quantity",43],["taxability",49],["taxes",55]],0,0],["o",[["description",0],["unit_price",44]],0,0],["i",113,114],["s",[["min",12],["max",13]]],["s",[["url"]]],["?",117],["o",[["alias",0],["primary_color",10],["secondary_color",10],["logo",118]],0,0],["?",119],["o",[["country",0]],0,0],["i",21,121],["?",122],["o",[["id",0],["role",3]],0,0],["a",124,0,-1],["?",125],["o",[["tax_id",116],["tax_system",14],["legal_name",10],["support_email",10],["support_phone",10],["generate_onboarding_url",27],["brand",120],["address",123],["add_members",126],["add_master_team_members",27]],0,0],["s",[["max",320]]],["o",[["email",128],["role",4],["send_email",32]],0,0],["o",[["expiresIn",10]],0,0],["o",[["series",0],["live",70],["test",70]],0,0],["a",9,1,-1],["o",[["relationship",71],["documents",132]],0,0],["a",133,0,-1],["?",134],["o",[["client",40],["items",89],["use",18],["currency",68],["exchange_rate",43],["exports",81],["series",10],["folio_number",104],["related_documents",135],["complements",84],["addenda",10],["invoice_pdf_notes",10],["send_email",27],["emails",20],["metadata",25],["idempotency_key",10]],0,0],["o",[["email",10],["first_name",10],["last_name",10],["phone",10],["company_role",10],["role",3],["auto_join",32],["address",22]],0,0],["s",[["url"],["re","^https:\\/\\/","","regex"]]],["e",["payment.created","payment.updated","payment.succeeded","payment.failed","payment.cancelled","payment.canceled","payment.refunded","payment.deleted","payment.upcoming_due_date","invoice.created","invoice.stamped","invoice.cancelled","invoice.canceled","invoice.sent","invoice.failed","receipt.created","receipt.updated","receipt.completed","receipt.stamped","receipt.cancelled","receipt.deleted","customer.created","customer.updated","customer.deleted","service.created","service.updated","service.deleted"]],["a",139,0,-1],["?",140],["e",["active","inactive"]],["?",142],["d",143],["o",[["url",138],["events",141],["description",10],["status",144]],0,0],["o",[["user_id",0]],0,0],["o",[["id",0]],1,0],["o",[["email",9]],1,0],["u",[147,148]],["e",["pdf","xml"]],["?",150],["o",[["team",7],["file_type",151]],0,0],["o",[["email",9],["name",10],["plan_id",0],["billing_cycle",10],["stripe_payment_method",10],["metadata",25]],0,0],["o",[["filename",0],["xml",0]],1,0],["o",[["filename",0],["content",0]],1,0],["u",[154,155]],["a",156,1,50],["o",[["files",157]],0,0],["e",["invoice","receiver","sender","unknown"]],["?",159],["n",1,[["ge",1],["le",100]]],["?",161],["d",162],["d",97],["o",[["team",7],["code",7],["q",7],["type",160],["limit",163],["page",164]],0,0],["e",["asc","desc"]],["?",166],["r",9],["?",168],["o",[["team",7],["limit",163],["next",10],["page",164],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70],["metadata",169]],0,0],["o",[["team",7],["limit",163],["next",10],["page",164],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70]],0,0],["o",[["team",7],["limit",163],["next",10],["page",164],["status",10],["client_id",7],["series",7],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70],["created_gte",70],["created_lte",70],["metadata",169]],0,0],["o",[["team",7],["limit",163],["next",10],["status",10]],0,0],["o",[["team",7],["limit",163],["next",10],["page",164],["status",10],["client_id",7],["series",7],["invoice_id",7],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70],["created_gte",70],["created_lte",70],["metadata",169]],0,0],["o",[["team",7],["limit",163],["next",10],["page",164],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70],["metadata",169],["status",7],["client_id",7],["email",7],["currency",68],["tax_id",7]],0,0],["o",[["team",7],["limit",163],["next",10],["page",164],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70],["metadata",169],["status",7],["client_id",7]],0,0],["s",[["re","^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$","","date"]]],["?",177],["e",["issued","received"]],["?",179],["e",["I","E","P","N","T"]],["?",181],["o",[["team",7],["limit",163],["starting_after",10],["from",178],["to",178],["direction",180],["status",10],["invoice_type",182],["issuer_rfc",10],["receiver_rfc",10]],0,0],["o",[["team",7],["limit",163],["next",10],["order_by",10],["sort",167],["created[gte]",70],["created[lte]",70]],0,0],["o",[["team",7],["limit",163],["next",10],["order_by",10],["sort",167]],0,0],["o",[["team",7],["limit",163],["status",143]],0,0],["o",[["payment_form",63],["date",70]],0,0],["o",[["amount",42],["reason",7],["external_processor_refund",27]],0,0],["e",["pue_invoice","ppd_invoice_and_complement","none","receipt","stamp_invoice","payment","payment_and_complement"]],["o",[["client",40],["items",89],["payment_form",63],["automation_type",189],["currency",68],["exchange_rate",43],["metadata",25],["invoice_config",111],["idempotency_key",7],["send_email",27],["emails",20],["ppd_invoice_id",102],["ignore_emails",27]],0,0],["o",[["id",0]],0,0],["o",[["reason",0]],0,0],["a",0,0,-1],["?",193],["o",[["client",40],["items",89],["automation_type",189],["allowed_payment_methods",194],["currency",68],["exchange_rate",43],["send_email",27],["emails",20],["metadata",25],["idempotency_key",7],["invoice_config",111],["ppd_invoice_id",102],["ignore_emails",27]],0,0],["o",[["emails",20]],0,0],["o",[["email",9]],0,0],["s",[["re","^([01][0-9]|2[0-3]):[0-5][0-9]$","","regex"]]],["a",179,1,-1],["n",1,[["ge",1],["le",90]]],["o",[["enabled",26],["time",198],["download_types",199],["days_back",200]],0,0],["o",[["team",7],["q",0],["page",164],["limit",163]],0,0],["o",[["team",7],["q",0],["page",164],["limit",163],["status",7],["client_id",7]],0,0],["o",[["team",7],["q",0],["page",164],["fields",7]],0,0],["o",[["cert",0],["key",0],["password",0]],0,0],["e",["client","general_public_national","general_public_foreign"]],["?",206],["o",[["legal_name",7],["tax_id",12],["tax_system",14],["zip",57]],0,0],["?",208],["o",[["stamp_to",207],["fiscal_information",209],["date",70]],0,0],["0",11],["?",211],["0",13],["?",213],["0",17],["?",215],["0",19],["?",217],["0",21],["?",219],["0",24],["?",221],["0",28],["?",223],["o",[["name",102],["legal_name",102],["company",102],["email",102],["phone",102],["tax_id",212],["tax_system",214],["use",216],["bcc",218],["address",220],["metadata",222],["defaults",224]],0,0],["o",[["id",0],["description",7]],1,0],["a",226,1,-1],["?",227],["e",["pue_invoice","ppd_invoice_and_complement","none"]],["?",229],["o",[["name",10],["company",10],["phone",10],["email",10],["bcc",20],["metadata",25],["legal_name",10],["tax_id",12],["use",18],["tax_system",14],["address",22]],0,0],["?",231],["o",[["items",228],["automation_type",230],["client",232]],0,1],["?",116],["o",[["alias",10],["primary_color",10],["secondary_color",10],["logo",118]],0,0],["?",235],["o",[["tax_id",234],["tax_system",14],["legal_name",10],["support_email",10],["support_phone",10],["brand",236],["address",22]],0,0],["o",[["role",10],["permissions",169]],0,0],["o",[["live",70],["test",70]],0,0],["0",26],["?",240],["0",54],["?",242],["a",24,0,-1],["0",244],["?",245],["a",67,0,-1],["0",247],["?",248],["e",[2]],["e",[3]],["e",[4]],["e",[5]],["e",[2,3,4,5]],["0",254],["?",255],["n",1,[["ge",0],["le",31]]],["0",257],["?",258],["a",17,0,-1],["0",260],["?",261],["o",[["data",102],["description",102],["type",102]],0,0],["a",263,0,-1],["0",264],["?",265],["0",106],["?",267],["e",["en","es"]],["0",269],["?",270],["0",69],["?",272],["o",[["key",9],["description",9]],0,0],["a",274,0,-1],["0",275],["?",276],["o",[["days",273],["enabled",241],["before_body",102],["before_subject",102],["after_body",102],["after_subject",102]],0,0],["0",278],["?",279],["e",["credit_note","cancel_resources"]],["0",281],["?",282],["o",[["window_days",273],["handler",283]],0,0],["0",284],["?",285],["o",[["automatic_refunds",241],["current_month_handler",283]],0,0],["0",287],["?",288],["o",[["invoices_bcc",218],["payments_bcc",218],["receipts_bcc",218],["avoid_invoice_emails",241],["avoid_test_invoice_emails",241],["avoid_receipts_emails",241],["avoid_foreign_receipts_emails",241],["invoice_body",102],["invoice_subject",102],["complement_body",102],["complement_subject",102],["credit_note_body",102],["credit_note_subject",102],["payment_body",102],["payment_subject",102],["receipt_body",102],["receipt_subject",102],["receipt_reminder_body",102],["receipt_reminder_subject",102]],0,0],["0",290],["?",291],["o",[["body",102],["subject",102]],0,0],["0",293],["?",294],["o",[["es",295],["en",295]],0,0],["0",296],["?",297],["o",[["invoices",298],["complements",298],["credit_notes",298],["payments",298],["receipts",298],["receipt_reminders",298]],0,0],["0",299],["?",300],["o",[["serie",102]],0,0],["0",302],["?",303],["o",[["income",304],["complements",304],["credit_note",304]],0,0],["0",305],["?",306],["o",[["default_description",102],["override_item_description",102],["invoice_pdf_notes",102],["product_key",102],["unit_key",102],["unit_name",102],["sku",102],["use",216],["keep_full_legal_name",241],["avoid_legal_name_replacer",241],["taxes",243],["taxes_usd",243],["withholding_taxes",243],["local_taxes",246],["avoid_automations_on_currencies",249],["automate_complement_for_ppd_invoices",241],["automate_partial_payment_complements",241],["global_invoice_disabled",241],["global_invoicing_monthly_cuts",256],["eom_ppd_threshold_days",259],["invoice_per_receipt",241],["avoid_receipts",241],["cancel_receipts_on_refunds",241],["use_foreign_public_in_usd",241],["enforce_client_country_taxes",241],["send_invoice_english_pdf",241],["allow_notes_on_self_invoice",241],["allow_product_code_on_self_invoice",241],["uses_on_self_invoice_portal",262],["complements",266],["addenda",102],["custom_payment_description",102],["force_series",102],["periodicity",268],["pdf_language",271],["limit_days_to_pay",273],["concepts_catalog",218],["allowed_product_codes",277],["payment_reminders",280],["reinvoice",286],["refunds",289],["emails",292],["email_templates",301],["default_series",307]],0,0],["o",[["email",10],["first_name",10],["last_name",10],["phone",10],["company_role",10],["address",22]],0,0],["?",138],["o",[["url",310],["events",141],["description",10],["status",143]],0,0],["o",[["team",7],["client_id",7]],0,0]];

export const requestRules: Record<string, { body?: number; query?: number }> = {
  "acceptTeamInvitation": {
    "body": 1
  },
  "addTeamMember": {
    "body": 5
  },
  "cancelInvoice": {
    "body": 8
  },
  "createClient": {
    "body": 36
  },
  "createDraftInvoice": {
    "body": 88
  },
  "createEgressInvoice": {
    "body": 91
  },
  "createIncomeInvoice": {
    "body": 91
  },
  "createIncomeInvoiceBatch": {
    "body": 95
  },
  "createPaymentComplementInvoice": {
    "body": 105
  },
  "createReceipt": {
    "body": 112
  },
  "createService": {
    "body": 115
  },
  "createTeam": {
    "body": 127
  },
  "createTeamInvitation": {
    "body": 129
  },
  "createTeamPortalAccessToken": {
    "body": 130
  },
  "createTeamSeries": {
    "body": 131
  },
  "createTransferInvoice": {
    "body": 136
  },
  "createUser": {
    "body": 137
  },
  "createWebhook": {
    "body": 145
  },
  "declineTeamInvitation": {
    "body": 1
  },
  "generateUserLoginLink": {
    "body": 146
  },
  "getClientPortalToken": {
    "body": 149
  },
  "getInvoiceFiles": {
    "query": 152
  },
  "headlessSignup": {
    "body": 153
  },
  "importInvoiceXml": {
    "body": 158
  },
  "listCfdiErrors": {
    "query": 165
  },
  "listClients": {
    "query": 170
  },
  "listDraftInvoices": {
    "query": 171
  },
  "listEgressInvoices": {
    "query": 172
  },
  "listIncomeInvoiceBatchItems": {
    "query": 173
  },
  "listIncomeInvoices": {
    "query": 172
  },
  "listPaymentComplementInvoices": {
    "query": 174
  },
  "listPayments": {
    "query": 175
  },
  "listReceipts": {
    "query": 176
  },
  "listSatInvoices": {
    "query": 183
  },
  "listServices": {
    "query": 184
  },
  "listTeams": {
    "query": 185
  },
  "listTransferInvoices": {
    "query": 184
  },
  "listUsers": {
    "query": 185
  },
  "listWebhooks": {
    "query": 186
  },
  "markPaymentAsPaid": {
    "body": 187
  },
  "refundPayment": {
    "body": 188
  },
  "registerPayment": {
    "body": 190
  },
  "removeTeamMember": {
    "body": 191
  },
  "reopenReceipt": {
    "body": 192
  },
  "requestPayment": {
    "body": 195
  },
  "resendInvoiceEmail": {
    "body": 196
  },
  "resendTeamInvitation": {
    "body": 24
  },
  "resetUserPassword": {
    "body": 197
  },
  "saveSatDownloadSchedule": {
    "body": 201
  },
  "searchClients": {
    "query": 202
  },
  "searchInvoices": {
    "query": 202
  },
  "searchPayments": {
    "query": 203
  },
  "searchReceipts": {
    "query": 204
  },
  "signTeamManifest": {
    "body": 205
  },
  "stampReceipt": {
    "body": 210
  },
  "updateClient": {
    "body": 225
  },
  "updateDraftInvoice": {
    "body": 88
  },
  "updatePayment": {
    "body": 233
  },
  "updateService": {
    "body": 113
  },
  "updateTeam": {
    "body": 237
  },
  "updateTeamMember": {
    "body": 238
  },
  "updateTeamSeries": {
    "body": 239
  },
  "updateTeamSettings": {
    "body": 308
  },
  "updateUser": {
    "body": 309
  },
  "updateWebhook": {
    "body": 311
  },
  "uploadClientCsf": {
    "query": 312
  }
};
