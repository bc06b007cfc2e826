// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.
// The request zod schemas compiled by scripts/compile-rules.mjs (the format is described there).
import { operations } from "./operations.js";

/** Reads the stored nodes (the format is described in scripts/compile-rules.mjs). */
function decodeNodes(text: string): unknown[] {
  return text.split("\n").map((line, i) => {
    if (line[0] === "[") return JSON.parse(line);
    const [tag, ...t] = line.split(" ") as [string, ...string[]];
    const ref = (token: string | undefined) => (token === "^" ? i - 1 : Number(token));
    switch (tag) {
      case "o": {
        const fields: [string, number][] = [];
        for (let k = 2; k < t.length; k += 2) fields.push([t[k] as string, ref(t[k + 1])]);
        return [tag, fields, Number(t[0]), Number(t[1])];
      }
      case "e":
        return [tag, t];
      case "u":
        return [tag, t.map(ref)];
      case "a":
        return [tag, ref(t[0]), Number(t[1]), Number(t[2])];
      default:
        return [tag, ...t.map(ref)];
    }
  });
}

/** Reads the stored rules: `body[,query]` per operation, in the operation table's order. */
function decodeRules(text: string): Record<string, { body?: number; query?: number }> {
  const ids = Object.keys(operations);
  const rules: Record<string, { body?: number; query?: number }> = {};
  text.split(" ").forEach((token, i) => {
    if (!token) return;
    const [body, query] = token.split(",");
    const rule: { body?: number; query?: number } = {};
    if (body) rule.body = Number(body);
    if (query) rule.query = Number(query);
    rules[ids[i] as string] = rule;
  });
  return rules;
}

export const nodes: unknown[] = /* @__PURE__ */ decodeNodes(`["s",[["min",1]]]
o 0 0 token ^
e admin editor viewer
? ^
d ^
o 0 0 id 0 role ^
e 01 02 03 04
? 0
o 0 0 motive 6 substitution_uuid ^ replacement ^
["s",[]]
? ^
["s",[["re","^[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}$","","regex"]]]
? ^
e 601 603 605 606 607 608 610 611 612 614 615 616 620 621 622 623 624 625 626 628 629 630
? ^
e G01 G02 G03 I01 I02 I03 I04 I05 I06 I07 I08 D01 D02 D03 D04 D05 D06 D07 D08 D09 D10 S01 CP01 CN01
e P01
e G01 G02 G03 I01 I02 I03 I04 I05 I06 I07 I08 D01 D02 D03 D04 D05 D06 D07 D08 D09 D10 S01 CP01 CN01 P01
? ^
a 9 0 -1
? ^
o 0 0 street 10 exterior 10 interior 10 neighborhood 10 municipality 10 city 10 state 10 zip 10 country 10
? ^
*
r ^
? ^
b
? ^
o 0 0 keep_full_legal_name ^ issue_automatic_invoices ^ issue_invoiceable_receipts ^
? ^
o 0 0 name 10 legal_name 10 company 10 email 10 phone 10 tax_id 12 tax_system 14 use 18 bcc 20 address 22 metadata 25 defaults ^
e email tax_id
d 27
o 0 0 on_key 31 on_value 0 update ^
? ^
o 0 0 search ^
i 30 ^
o 0 0 on_key 9 on_value 9 auto_create 27 safety_check 27
? ^
o 0 0 id 10 search ^
i 30 ^
? ^
["n",0,[["gt",0]]]
? ^
["n",0,[["ge",0]]]
? ^
["s",[["re","^[0-9]{8}$","","regex"]]]
? ^
e 01 02 03 04 05 06 07 08
? ^
e IVA ISR IEPS iva isr ieps
e Tasa Cuota Exento
? ^
o 0 0 type 50 rate 44 factor ^ withholding 27 inclusive 27 base 10
a ^ 0 -1
? ^
["s",[["re","^[0-9]{5}$","","regex"]]]
? ^
o 0 0 legal_name 10 tax_id 10 tax_system 14 zip ^
? ^
o 1 1 id 10 search 38 description 7 quantity 43 unit_price 45 discount 45 sku 10 product_key 47 unit_key 10 unit_name 10 taxability 49 taxes 55 third_party ^
a ^ 0 -1
? ^
e 12 13 14 15 17 23 24 25 26 27 28 29 30 31 99 01 02 03 04 05 06 08
? ^
e PUE PPD
? ^
["s",[["re","^[A-Z]{3}$","","regex"]]]
? ^
["n",1,[]]
? ^
e 01 02 03 04 05 06 07
a 0 1 -1
o 0 0 relationship 71 documents ^
a ^ 0 -1
? ^
e 01 02 03 04 05
e 10 11 12 13 14 15 16 17 18 01 02 03 04 05 06 07 08 09
["n",1,[["ge",2022],["le",2100]]]
o 0 0 periodicity 76 months 77 year ^
? ^
? 6
o 0 0 type 9 data 9
a ^ 0 -1
? ^
o 0 0 client 41 items 62 payment_form 64 payment_method 66 use 18 currency 68 exchange_rate 43 series 10 folio_number 70 send_email 27 emails 20 automation_type 10 metadata 25 idempotency_key 7 related_documents 75 global 80 exports 81 complements ^ addenda 10 invoice_pdf_notes 10 return_files_urls 27
e I E P T
o 0 0 invoice_type ^
i 85 ^
a 60 1 -1
o 0 0 client 40 items ^
i 85 ^
o 0 0 idempotency_key 0 client 40 items 89
i 85 ^
a ^ 1 1000
o 0 0 invoices ^
["n",1,[["ge",0]]]
? ^
["n",1,[["ge",1]]]
? ^
o 0 0 uuid 10 amount 43 installment ^ last_balance 45
a ^ 1 -1
? ^
0 9
? ^
o 0 0 client 41 payment_form 64 currency 68 exchange_rate 43 payment_date 97 invoices 102 ppd_invoice_id ^ series 10 folio_number 70 send_email 27 emails 20 metadata 25 idempotency_key 10
e day week two_weeks month two_months
? ^
u 9 69
? ^
o 0 0 serie 10 folio ^
? ^
o 0 0 client 40 items 89 currency 68 exchange_rate 43 periodicity 107 payment_form 64 idempotency_key 7 metadata 25 invoice_config ^
o 0 0 description 7 unit_price 45 sku 10 product_key 47 unit_key 10 unit_name 10 quantity 43 taxability 49 taxes 55
o 0 0 description 0 unit_price 44
i 113 ^
["s",[["min",12],["max",13]]]
["s",[["url"]]]
? ^
o 0 0 alias 0 primary_color 10 secondary_color 10 logo ^
? ^
o 0 0 country 0
i 21 ^
? ^
o 0 0 id 0 role 3
a ^ 0 -1
? ^
o 0 0 tax_id 116 tax_system 14 legal_name 10 support_email 10 support_phone 10 generate_onboarding_url 27 brand 120 address 123 add_members ^ add_master_team_members 27
o 0 0 email 9 role 4 send_email 32
o 0 0 expiresIn 10
o 0 0 series 0 live 97 test 97
a 9 1 -1
o 0 0 relationship 71 documents ^
a ^ 0 -1
? ^
o 0 0 client 40 items 89 use 18 currency 68 exchange_rate 43 exports 81 series 10 folio_number 70 related_documents ^ complements 84 addenda 10 invoice_pdf_notes 10 send_email 27 emails 20 metadata 25 idempotency_key 10
o 0 0 email 10 first_name 10 last_name 10 phone 10 company_role 10 role 3 auto_join 32 address 22
["s",[["url"],["re","^https:\\\\/\\\\/","","regex"]]]
e payment.created payment.updated payment.succeeded payment.failed payment.cancelled payment.canceled payment.refunded payment.deleted payment.upcoming_due_date invoice.created invoice.stamped invoice.cancelled invoice.canceled invoice.sent invoice.failed receipt.created receipt.updated receipt.completed receipt.stamped receipt.cancelled receipt.deleted customer.created customer.updated customer.deleted service.created service.updated service.deleted
a ^ 0 -1
? ^
e active inactive
? ^
d ^
o 0 0 url 137 events 140 description 10 status ^
o 0 0 user_id 0
o 1 0 id 0
o 1 0 email 9
u 146 ^
e pdf xml
? ^
o 0 0 team 7 file_type ^
o 0 0 email 10 name 10 plan_id 10 billing_cycle 10 stripe_payment_method 10 metadata 25
o 1 0 filename 0 xml 0
o 1 0 filename 0 content 0
u 153 ^
a ^ 1 50
o 0 0 files ^
e invoice receiver sender unknown
? ^
["n",1,[["ge",1],["le",100]]]
? ^
d ^
d 99
o 0 0 team 7 code 7 q 7 type 159 limit 162 page ^
e asc desc
? ^
r 9
? ^
o 0 0 team 7 limit 162 next 10 page 163 order_by 10 sort 166 created[gte] 97 created[lte] 97 metadata ^
o 0 0 team 7 limit 162 next 10 page 163 order_by 10 sort 166 created[gte] 97 created[lte] 97
o 0 0 team 7 limit 162 next 10 page 163 status 10 client_id 7 series 7 order_by 10 sort 166 created[gte] 97 created[lte] 97 created_gte 97 created_lte 97 metadata 168
o 0 0 team 7 limit 162 next 10 status 10
o 0 0 team 7 limit 162 next 10 page 163 status 10 client_id 7 series 7 invoice_id 7 order_by 10 sort 166 created[gte] 97 created[lte] 97 created_gte 97 created_lte 97 metadata 168
o 0 0 team 7 limit 162 next 10 page 163 order_by 10 sort 166 created[gte] 97 created[lte] 97 metadata 168 status 7 client_id 7 email 7 currency 68 tax_id 7
o 0 0 team 7 limit 162 next 10 page 163 order_by 10 sort 166 created[gte] 97 created[lte] 97 metadata 168 status 7 client_id 7
["s",[["re","^(?:(?:\\\\d\\\\d[2468][048]|\\\\d\\\\d[13579][26]|\\\\d\\\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\\\d|30)|(?:02)-(?:0[1-9]|1\\\\d|2[0-8])))$","","date"]]]
? ^
e issued received
? ^
e I E P N T
? ^
o 0 0 team 7 limit 162 starting_after 10 from 177 to 177 direction 179 status 10 invoice_type ^ issuer_rfc 10 receiver_rfc 10
o 0 0 team 7 limit 162 next 10 order_by 10 sort 166 created[gte] 97 created[lte] 97
o 0 0 team 7 limit 162 next 10 order_by 10 sort 166
o 0 0 team 7 limit 162 status 142
o 0 0 payment_form 63 date 97
["n",0,[]]
o 0 0 amount ^ reason 10 external_processor_refund 27
e pue_invoice ppd_invoice_and_complement none receipt stamp_invoice payment payment_and_complement
o 0 0 client 40 items 89 payment_form 63 automation_type ^ currency 68 exchange_rate 43 metadata 25 invoice_config 111 idempotency_key 7 send_email 27 emails 20 ppd_invoice_id 104 ignore_emails 27
o 0 0 id 0
o 0 0 reason 0
a 0 0 -1
? ^
o 0 0 client 40 items 89 automation_type 189 allowed_payment_methods ^ currency 68 exchange_rate 43 send_email 27 emails 20 metadata 25 idempotency_key 7 invoice_config 111 ppd_invoice_id 104 ignore_emails 27
o 0 0 emails 20
o 0 0 email 9
["s",[["re","^([01][0-9]|2[0-3]):[0-5][0-9]$","","regex"]]]
a 178 1 -1
["n",1,[["ge",1],["le",90]]]
o 0 0 enabled 26 time 198 download_types 199 days_back ^
o 0 0 team 7 q 0 page 163 limit 162
o 0 0 team 7 q 0 page 163 limit 162 status 7 client_id 7
o 0 0 team 7 q 0 page 163 fields 7
o 0 0 cert 0 key 0 password 0
e client general_public_national general_public_foreign
? ^
o 0 0 legal_name 7 tax_id 12 tax_system 14 zip 57
? ^
o 0 0 stamp_to 207 fiscal_information ^ date 97
0 11
? ^
0 13
? ^
0 17
? ^
0 19
? ^
0 21
? ^
0 24
? ^
0 28
? ^
o 0 0 name 104 legal_name 104 company 104 email 104 phone 104 tax_id 212 tax_system 214 use 216 bcc 218 address 220 metadata 222 defaults ^
o 1 0 id 0 description 7
a ^ 1 -1
? ^
e pue_invoice ppd_invoice_and_complement none
? ^
o 0 0 name 10 company 10 phone 10 email 10 bcc 20 metadata 25 legal_name 10 tax_id 12 use 18 tax_system 14 address 22
? ^
o 0 1 items 228 automation_type 230 client ^
? 116
o 0 0 alias 10 primary_color 10 secondary_color 10 logo 118
? ^
o 0 0 tax_id 234 tax_system 14 legal_name 10 support_email 10 support_phone 10 brand ^ address 22
o 0 0 role 10 permissions 168
o 0 0 live 97 test 97
0 26
? ^
0 54
? ^
a 24 0 -1
0 ^
? ^
a 67 0 -1
0 ^
? ^
["e",[2]]
["e",[3]]
["e",[4]]
["e",[5]]
["e",[2,3,4,5]]
0 ^
? ^
["n",1,[["ge",0],["le",31]]]
0 ^
? ^
a 17 0 -1
0 ^
? ^
o 0 0 data 104 description 104 type 104
a ^ 0 -1
0 ^
? ^
0 106
? ^
e en es
0 ^
? ^
0 96
? ^
o 0 0 key 9 description 9
a ^ 0 -1
0 ^
? ^
o 0 0 days 273 enabled 241 before_body 104 before_subject 104 after_body 104 after_subject 104
0 ^
? ^
e credit_note cancel_resources
0 ^
? ^
o 0 0 window_days 273 handler ^
0 ^
? ^
o 0 0 automatic_refunds 241 current_month_handler 283
0 ^
? ^
o 0 0 invoices_bcc 218 payments_bcc 218 receipts_bcc 218 avoid_invoice_emails 241 avoid_test_invoice_emails 241 avoid_receipts_emails 241 avoid_foreign_receipts_emails 241 invoice_body 104 invoice_subject 104 complement_body 104 complement_subject 104 credit_note_body 104 credit_note_subject 104 payment_body 104 payment_subject 104 receipt_body 104 receipt_subject 104 receipt_reminder_body 104 receipt_reminder_subject 104
0 ^
? ^
o 0 0 body 104 subject 104
0 ^
? ^
o 0 0 es ^ en ^
0 ^
? ^
o 0 0 invoices ^ complements ^ credit_notes ^ payments ^ receipts ^ receipt_reminders ^
0 ^
? ^
o 0 0 serie 104
0 ^
? ^
o 0 0 income ^ complements ^ credit_note ^
0 ^
? ^
o 0 0 default_description 104 override_item_description 104 invoice_pdf_notes 104 product_key 104 unit_key 104 unit_name 104 sku 104 use 216 keep_full_legal_name 241 avoid_legal_name_replacer 241 taxes 243 taxes_usd 243 withholding_taxes 243 local_taxes 246 avoid_automations_on_currencies 249 automate_complement_for_ppd_invoices 241 automate_partial_payment_complements 241 global_invoice_disabled 241 global_invoicing_monthly_cuts 256 eom_ppd_threshold_days 259 invoice_per_receipt 241 avoid_receipts 241 cancel_receipts_on_refunds 241 use_foreign_public_in_usd 241 enforce_client_country_taxes 241 send_invoice_english_pdf 241 allow_notes_on_self_invoice 241 allow_product_code_on_self_invoice 241 uses_on_self_invoice_portal 262 complements 266 addenda 104 custom_payment_description 104 force_series 104 periodicity 268 pdf_language 271 limit_days_to_pay 273 concepts_catalog 218 allowed_product_codes 277 payment_reminders 280 reinvoice 286 refunds 289 emails 292 email_templates 301 default_series ^
o 0 0 email 10 first_name 10 last_name 10 phone 10 company_role 10 address 22
? 137
o 0 0 url ^ events 140 description 10 status 142
o 0 0 team 7 client_id 7`);

export const requestRules: Record<string, { body?: number; query?: number }> = /* @__PURE__ */ decodeRules(
  "1  5 8   36 88 91 91 95 105 112 115 127 128 129 130 135 136 144  1         145  148     ,151                   152 157 ,164 ,169  ,170 ,171 ,172 ,171  ,173 ,174  ,175 ,182 ,183   ,184 ,183 ,184 ,185 186  188 190 191 192 195 196 24 197   201 ,202 ,202 ,203 ,204 205   210 225 88 233 113 237 238 239 308 309 311 ,312      ",
);
