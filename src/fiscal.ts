/**
 * Local SAT checks on fiscal data, so that a CFDI the PAC would certainly reject fails before the
 * request, with a message that names the field, instead of as a `cfdi_service_error` afterwards.
 *
 * Every rule here flags only what is definitely wrong per the SAT CFDI 4.0 catalogues and RFC
 * algorithm. Absent fields, and codes outside the catalogues (which the schema validation already
 * reports), are left alone: the server may fill defaults, and a false alarm would block a valid call.
 * The client runs these checks on every create/update of clients and invoices and on cancellations
 * (opt out per call with `skipFiscalChecks`); they are exported for forms and imports.
 *
 * ```ts
 * import { validateRfc } from "gigstack-ts/fiscal";
 * const rfc = validateRfc(" eku9003173c9 ");
 * if (rfc.valid) console.log(rfc.rfc, rfc.personType); // "EKU9003173C9" "moral"
 * ```
 * @module gigstack-ts/fiscal
 */

import type { ValidationIssue } from "./errors.js";
import {
  CANCELLATION_MOTIVES,
  CFDI_USES,
  type CfdiUse,
  catalogEntry,
  GLOBAL_PERIODICITIES,
  MONTHS,
  PAYMENT_METHODS,
  TAX_SYSTEMS,
} from "./sat.js";

/** The two kinds of SAT taxpayer; the RFC length tells them apart (13 física, 12 moral). */
export type PersonType = "fisica" | "moral";

/**
 * The RFCs the SAT assigns to receivers without one: `national` for the general public
 * (XAXX010101000), `foreign` for foreign residents (XEXX010101000). They skip the check digit and
 * must be invoiced with regime 616 and use S01.
 */
export const GENERIC_RFCS = { national: "XAXX010101000", foreign: "XEXX010101000" } as const;

/** Why {@link validateRfc} rejected an RFC; as a fiscal-check rule it is prefixed `rfc-`. */
export type RfcInvalidReason = "length" | "format" | "date" | "check-digit";

/** Result of {@link validateRfc}: what the RFC is when valid, why not otherwise. */
export type RfcValidation =
  | { valid: true; rfc: string; personType: PersonType; generic: keyof typeof GENERIC_RFCS | undefined }
  | { valid: false; rfc: string; reason: RfcInvalidReason; message: string };

const CHECK_DIGIT_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
const RFC_SHAPE = /^[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[A-Z\d]{3}$/u;

/**
 * The SAT check digit (last character) for the first 11 (moral) or 12 (física) characters of an
 * RFC. Exposed so that callers building RFCs, or tests, can produce valid ones.
 */
export function rfcCheckDigit(rfcWithoutDigit: string): string {
  const chars = [...rfcWithoutDigit.padStart(12, " ")];
  const sum = chars.reduce((acc, c, i) => acc + Math.max(CHECK_DIGIT_ALPHABET.indexOf(c), 0) * (13 - i), 0);
  const r = sum % 11;
  return r === 0 ? "0" : r === 1 ? "A" : String(11 - r);
}

/**
 * Checks an RFC's length, shape, embedded date (a real calendar day; the century is unknown, so
 * 29 February passes for any year divisible by 4) and check digit. The input is trimmed and
 * upper-cased first and the normalized form is returned as `rfc`: send that one.
 */
export function validateRfc(input: string): RfcValidation {
  const rfc = String(input).trim().toUpperCase();
  const fail = (reason: RfcInvalidReason, message: string): RfcValidation => ({ valid: false, rfc, reason, message });
  const chars = [...rfc]; // code points: Ñ is one character
  if (chars.length !== 12 && chars.length !== 13) {
    return fail("length", `an RFC has 12 characters (persona moral) or 13 (persona física), not ${chars.length}`);
  }
  const personType: PersonType = chars.length === 13 ? "fisica" : "moral";
  const m = RFC_SHAPE.exec(rfc);
  if (!m) {
    return fail(
      "format",
      personType === "fisica"
        ? "a persona física RFC is 4 letters, a YYMMDD date and a 3-character homoclave"
        : "a persona moral RFC is 3 letters, a YYMMDD date and a 3-character homoclave",
    );
  }
  const [yy, mm, dd] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const monthDays = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1];
  if (monthDays === undefined || dd < 1 || dd > monthDays) {
    return fail("date", `${m[1]}${m[2]}${m[3]} (YYMMDD) is not a calendar date`);
  }
  const generic = (Object.keys(GENERIC_RFCS) as (keyof typeof GENERIC_RFCS)[]).find((k) => GENERIC_RFCS[k] === rfc);
  const expected = rfcCheckDigit(chars.slice(0, -1).join(""));
  if (!generic && chars.at(-1) !== expected) {
    return fail("check-digit", `the check digit (last character) should be ${expected}, not ${chars.at(-1)}`);
  }
  return { valid: true, rfc, personType, generic };
}

/** Whether a tax regime may be held by a física or a moral; false for a code outside c_RegimenFiscal. */
export function isRegimeApplicable(regime: string, personType: PersonType): boolean {
  return catalogEntry(TAX_SYSTEMS, regime)?.[personType] ?? false;
}

/**
 * Whether the SAT's c_UsoCFDI allows `use` for a receiver in `regime` (the check behind PAC error
 * "UsoCFDI no corresponde con el régimen"). False when either code is outside its catalogue,
 * which includes the CFDI 3.3 `P01`.
 */
export function isCfdiUseAllowed(use: string, regime: string): boolean {
  return (catalogEntry(CFDI_USES, use)?.regimes as readonly string[] | undefined)?.includes(regime) ?? false;
}

/** Whether a código postal has the 5-digit form CFDI 4.0 requires for receivers. */
export function isValidZip(zip: string): boolean {
  return /^\d{5}$/.test(zip);
}

/**
 * Whether an address `country` is Mexico, or unsaid (gigstack's default, and n8n's): the names
 * callers send (`Mexico`, `México`) and the ISO codes responses carry (`MEX`, `MX`). Only
 * Mexican postal codes are 5 digits; a foreign client's address keeps its own.
 */
export function isMexicanCountry(country: unknown): boolean {
  if (country === undefined || country === null || country === "") return true;
  return typeof country === "string" && /^(m[eé]xico|mex|mx)$/i.test(country.trim());
}

/**
 * The CFDI 3.3 use "Por definir". The schema accepts it (gigstack's docs examples and n8n send
 * it, reference §6 #33); the CFDI 4.0 c_UsoCFDI does not have it, so the PAC refuses a CFDI
 * that carries it. Flagged only on calls that stamp (rule `cfdi-use-p01`).
 */
export const LEGACY_CFDI_USE = "P01";

type Path = (string | number)[];
type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec | undefined => (typeof v === "object" && v !== null ? (v as Rec) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const issue = (path: Path, rule: string, message: string): ValidationIssue => ({ path, rule, message });

/**
 * Checks a currency and exchange rate pair: MXN takes no rate (or exactly 1, which the SAT
 * tolerates); any other currency needs a positive rate, since the CFDI converts to pesos with it.
 * `XXX` (no currency) is left alone. Nothing is checked when `currency` is absent.
 */
export function checkExchangeRate(currency: unknown, exchangeRate: unknown, path: Path = []): ValidationIssue[] {
  const code = str(currency)?.toUpperCase();
  if (code === undefined || code === "XXX") return [];
  if (code === "MXN") {
    return exchangeRate === undefined || exchangeRate === null || exchangeRate === 1
      ? []
      : [issue([...path, "exchange_rate"], "exchange-rate-mxn", "MXN takes no exchange rate (or exactly 1)")];
  }
  return typeof exchangeRate === "number" && Number.isFinite(exchangeRate) && exchangeRate > 0
    ? []
    : [issue([...path, "exchange_rate"], "exchange-rate-required", `${code} needs an exchange rate to MXN above 0`)];
}

type ValidRfc = Extract<RfcValidation, { valid: true }>;

/** At most one issue for a CFDI use, given what is known of the receiver. */
function useIssues(use: unknown, at: Path, rfc: ValidRfc | undefined, regime: unknown): ValidationIssue[] {
  const entry = catalogEntry(CFDI_USES, use);
  if (!entry) return [];
  if (rfc?.generic && entry.code !== ("S01" satisfies CfdiUse)) {
    return [
      issue(at, "generic-rfc-use", `the generic RFC ${rfc.rfc} must be invoiced with use S01, not ${entry.code}`),
    ];
  }
  if (rfc && !entry[rfc.personType]) {
    return [issue(at, "cfdi-use-rfc-type", `use ${entry.code} is not for a persona ${rfc.personType}`)];
  }
  if (catalogEntry(TAX_SYSTEMS, regime) && !isCfdiUseAllowed(entry.code, regime as string)) {
    return [issue(at, "cfdi-use-regime", `use ${entry.code} is not allowed for a receiver in regime ${regime}`)];
  }
  return [];
}

/** RFC, regime and zip checks of one party (client or third party); returns its valid RFC, if any. */
function partyIssues(party: Rec, at: Path, out: ValidationIssue[]): ValidRfc | undefined {
  const taxId = str(party.tax_id);
  const result = taxId === undefined ? undefined : validateRfc(taxId);
  if (result && !result.valid) out.push(issue([...at, "tax_id"], `rfc-${result.reason}`, result.message));
  const rfc = result?.valid ? result : undefined;
  const regime = catalogEntry(TAX_SYSTEMS, party.tax_system);
  if (rfc && regime) {
    if (rfc.generic && regime.code !== "616") {
      out.push(issue([...at, "tax_system"], "generic-rfc-regime", `the generic RFC ${rfc.rfc} takes regime 616`));
    } else if (!regime[rfc.personType]) {
      const kind =
        rfc.personType === "fisica" ? "persona física (13-character RFC)" : "persona moral (12-character RFC)";
      out.push(issue([...at, "tax_system"], "regime-rfc-type", `regime ${regime.code} does not apply to a ${kind}`));
    }
  }
  // A third party's (or a stamp override's) `zip` is always a Mexican DomicilioFiscal; an
  // address's only when its country is Mexico.
  const address = rec(party.address);
  const zips: [unknown, Path][] = [[party.zip, [...at, "zip"]]];
  if (isMexicanCountry(address?.country)) zips.push([address?.zip, [...at, "address", "zip"]]);
  for (const [zip, zipAt] of zips) {
    if (typeof zip === "string" && !isValidZip(zip))
      out.push(issue(zipAt, "zip-format", "a código postal is 5 digits"));
  }
  return rfc;
}

/**
 * Fiscal checks for a client create/update body (or any object with the client fields: `tax_id`,
 * `tax_system`, `use`, `address.zip`). Rules: `rfc-length`, `rfc-format`, `rfc-date`,
 * `rfc-check-digit`, `regime-rfc-type`, `generic-rfc-regime`, `generic-rfc-use`,
 * `cfdi-use-rfc-type`, `cfdi-use-regime`, `zip-format` (Mexican addresses: `country` Mexico or
 * absent). `use: "P01"` passes here: a client is not a CFDI (see {@link checkInvoiceFiscal}).
 * `path` prefixes every issue's path.
 */
export function checkClientFiscal(input: unknown, path: Path = []): ValidationIssue[] {
  const client = rec(input);
  if (!client) return [];
  const out: ValidationIssue[] = [];
  const rfc = partyIssues(client, path, out);
  out.push(...useIssues(client.use, [...path, "use"], rfc, client.tax_system));
  return out;
}

/**
 * Fiscal checks for an income or egress invoice body: the inline `client` (as
 * {@link checkClientFiscal}), each item's `third_party`, the invoice `use` against the client's RFC
 * and regime when they are given inline, `ppd-payment-form` (PPD needs form 99),
 * `exchange-rate-required` / `exchange-rate-mxn`, and `global-months-periodicity` (bimester
 * months 13–18 only, and always, with periodicity 05). A client given only by `id` is not checked.
 *
 * `cfdi-use-p01`: the CFDI's use (`use`, else the inline client's `use`, which the invoice takes
 * when it names none) is the CFDI 3.3 `P01`, which the CFDI 4.0 catalogue does not have, so the
 * stamp would certainly fail. Only where the call stamps: a body with `invoice_type` is a draft
 * (only drafts take that field), which stamps later, and is not flagged.
 */
export function checkInvoiceFiscal(input: unknown): ValidationIssue[] {
  const invoice = rec(input);
  if (!invoice) return [];
  const client = rec(invoice.client);
  const out = client ? checkClientFiscal(client, ["client"]) : [];
  const stamps = invoice.invoice_type === undefined;
  const [use, useAt]: [unknown, Path] =
    invoice.use !== undefined ? [invoice.use, ["use"]] : [client?.use, ["client", "use"]];
  if (stamps && use === LEGACY_CFDI_USE) {
    out.push(
      issue(
        useAt,
        "cfdi-use-p01",
        "use P01 (Por definir) is CFDI 3.3 only and the SAT refuses it on a CFDI 4.0: use G03 (Gastos en general) or S01 (Sin efectos fiscales), or pass skipFiscalChecks to send it as is",
      ),
    );
  }
  if (client) {
    const tax = typeof client.tax_id === "string" ? validateRfc(client.tax_id) : undefined;
    out.push(...useIssues(invoice.use, ["use"], tax?.valid ? tax : undefined, client.tax_system));
  }
  const items = Array.isArray(invoice.items) ? invoice.items : [];
  items.forEach((item, i) => {
    const thirdParty = rec(rec(item)?.third_party);
    if (thirdParty) partyIssues(thirdParty, ["items", i, "third_party"], out);
  });
  const required = catalogEntry(PAYMENT_METHODS, invoice.payment_method)?.requiredPaymentForm;
  if (required && typeof invoice.payment_form === "string" && invoice.payment_form !== required) {
    out.push(
      issue(
        ["payment_form"],
        "ppd-payment-form",
        `payment method ${invoice.payment_method} requires payment form ${required}, not ${invoice.payment_form}`,
      ),
    );
  }
  out.push(...checkExchangeRate(invoice.currency, invoice.exchange_rate));
  const global = rec(invoice.global);
  const month = catalogEntry(MONTHS, global?.months);
  const periodicity = catalogEntry(GLOBAL_PERIODICITIES, global?.periodicity);
  if (month && periodicity && month.bimonthly !== periodicity.bimonthly) {
    out.push(
      issue(
        ["global", "months"],
        "global-months-periodicity",
        periodicity.bimonthly
          ? `bimonthly periodicity 05 takes a bimester (13–18), not month ${month.code}`
          : `bimester ${month.code} needs periodicity 05, not ${periodicity.code}`,
      ),
    );
  }
  return out;
}

/**
 * Fiscal check for an invoice cancellation: motive `01` (errors with relation) must name the
 * replacing CFDI in `substitution_uuid` (rule `substitution-uuid-required`), or in `replacement`,
 * the name gigstack's CLI sends (reference §6 #9).
 */
export function checkCancellation(input: unknown): ValidationIssue[] {
  const body = rec(input);
  const motive = catalogEntry(CANCELLATION_MOTIVES, body?.motive);
  return motive?.requiresSubstitution && !str(body?.substitution_uuid) && !str(body?.replacement)
    ? [issue(["substitution_uuid"], "substitution-uuid-required", `motive ${motive.code} requires substitution_uuid`)]
    : [];
}
