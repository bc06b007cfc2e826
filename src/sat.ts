/**
 * SAT CFDI 4.0 code tables (Anexo 20) that gigstack fields take, as data: each table is the single
 * source of its literal union type, of its zod enum (catalogs.ts) and of the rules fiscal.ts
 * reads, so they can never disagree. A test compares every table with the spec's enum.
 *
 * All codes are strings (`"03"`, not `3`): the SAT catalogues are keyed by text, leading zeros count.
 * The SAT's names for each code are in sat-names.ts, joined to these rows by catalogs.ts.
 *
 * Lean on purpose: the core's fiscal checks read these tables, so they carry only what the
 * checks need (no zod, no descriptions: issue #6's size budget). Published, with the names,
 * through `gigstack-ts/catalogs`.
 */
/** Shape every table row shares: its code; the rest is rule data the fiscal checks read. */
export interface CatalogRow {
  readonly code: string;
}

type Codes<T extends readonly CatalogRow[]> = { readonly [K in keyof T]: T[K] extends { code: infer C } ? C : never };

/** The codes of a table, in table order, keeping their literal types (for `z.enum`). */
export function catalogCodes<const T extends readonly CatalogRow[]>(table: T): Codes<T> {
  return table.map((row) => row.code) as unknown as Codes<T>;
}

/**
 * The row of `table` whose code is `code`, or undefined. Takes `unknown` on purpose: it is how
 * untrusted input (a request body, a response) is checked against a catalogue.
 */
export function catalogEntry<T extends readonly CatalogRow[]>(table: T, code: unknown): T[number] | undefined {
  return typeof code === "string" ? table.find((row) => row.code === code) : undefined;
}

// ------------------------------------------------------------------ c_RegimenFiscal

/**
 * c_RegimenFiscal with the person types each regime applies to: a 13-character RFC (persona
 * física) or a 12-character one (persona moral) may only carry a regime marked for its type.
 * 609 (Consolidación) is obsolete and absent. 616 is also the regime of the generic RFCs.
 */
export const TAX_SYSTEMS = [
  { code: "601", fisica: false, moral: true },
  { code: "603", fisica: false, moral: true },
  { code: "605", fisica: true, moral: false },
  { code: "606", fisica: true, moral: false },
  { code: "607", fisica: true, moral: false },
  { code: "608", fisica: true, moral: false },
  {
    code: "610",
    fisica: true,
    moral: true,
  },
  { code: "611", fisica: true, moral: false },
  {
    code: "612",
    fisica: true,
    moral: false,
  },
  { code: "614", fisica: true, moral: false },
  { code: "615", fisica: true, moral: false },
  { code: "616", fisica: true, moral: false },
  {
    code: "620",
    fisica: false,
    moral: true,
  },
  { code: "621", fisica: true, moral: false },
  { code: "622", fisica: false, moral: true },
  { code: "623", fisica: false, moral: true },
  { code: "624", fisica: false, moral: true },
  {
    code: "625",
    fisica: true,
    moral: false,
  },
  { code: "626", fisica: true, moral: true },
  { code: "628", fisica: false, moral: true },
  {
    code: "629",
    fisica: true,
    moral: false,
  },
  { code: "630", fisica: true, moral: false },
] as const satisfies readonly (CatalogRow & { fisica: boolean; moral: boolean })[];

/** A c_RegimenFiscal code (`tax_system`). */
export type TaxSystem = (typeof TAX_SYSTEMS)[number]["code"];

// ------------------------------------------------------------------ c_FormaPago

/** c_FormaPago. The only rule tied to it (PPD needs `99`) lives on {@link PAYMENT_METHODS}. */
export const PAYMENT_FORMS = [
  { code: "01" },
  { code: "02" },
  { code: "03" },
  { code: "04" },
  { code: "05" },
  { code: "06" },
  { code: "08" },
  { code: "12" },
  { code: "13" },
  { code: "14" },
  { code: "15" },
  { code: "17" },
  { code: "23" },
  { code: "24" },
  { code: "25" },
  { code: "26" },
  { code: "27" },
  { code: "28" },
  { code: "29" },
  { code: "30" },
  { code: "31" },
  { code: "99" },
] as const satisfies readonly CatalogRow[];

/** A c_FormaPago code (`payment_form`). */
export type PaymentForm = (typeof PAYMENT_FORMS)[number]["code"];

// ------------------------------------------------------------------ c_UsoCFDI

// Receiver regimes allowed per use, exactly as the SAT's c_UsoCFDI column lists them.
const GOODS_AND_INVESTMENTS = ["601", "603", "606", "612", "620", "621", "622", "623", "624", "625", "626"] as const;
const PERSONAL_DEDUCTIONS = ["605", "606", "607", "608", "611", "612", "614", "615", "625"] as const;
// biome-ignore format: one SAT row per line reads better than one code per line
const ANY_RECEIVER = [
  "601", "603", "605", "606", "607", "608", "610", "611", "612", "614", "615", "616", "620", "621", "622", "623",
  "624", "625", "626",
] as const;

/**
 * c_UsoCFDI for CFDI 4.0 with the person types and receiver regimes each use is valid for: the
 * PAC rejects a CFDI whose use does not match the receiver's regime (the most common stamping
 * error), so checking it locally saves a failed request. `P01` (CFDI 3.3 only) is deliberately
 * absent; 628–630 appear in no row, as in the SAT file.
 */
export const CFDI_USES = [
  { code: "G01", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "G02",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  { code: "G03", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  { code: "I01", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "I02",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  { code: "I03", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "I04",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  {
    code: "I05",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  { code: "I06", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  { code: "I07", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  { code: "I08", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "D01",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D02",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  { code: "D03", fisica: true, moral: false, regimes: PERSONAL_DEDUCTIONS },
  { code: "D04", fisica: true, moral: false, regimes: PERSONAL_DEDUCTIONS },
  {
    code: "D05",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D06",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D07",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D08",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D09",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D10",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  { code: "S01", fisica: true, moral: true, regimes: ANY_RECEIVER },
  { code: "CP01", fisica: true, moral: true, regimes: ANY_RECEIVER },
  { code: "CN01", fisica: true, moral: false, regimes: ["605"] },
] as const satisfies readonly (CatalogRow & {
  fisica: boolean;
  moral: boolean;
  regimes: readonly TaxSystem[];
})[];

/** A c_UsoCFDI code (`use`). */
export type CfdiUse = (typeof CFDI_USES)[number]["code"];

// ------------------------------------------------------------------ c_MetodoPago

/**
 * c_MetodoPago. `requiredPaymentForm` is the SAT rule that a deferred (PPD) invoice cannot name
 * how it will be paid: its form is `99` and each later payment gets a payment complement.
 */
export const PAYMENT_METHODS = [
  { code: "PUE", requiredPaymentForm: null },
  { code: "PPD", requiredPaymentForm: "99" },
] as const satisfies readonly (CatalogRow & { requiredPaymentForm: PaymentForm | null })[];

/** A c_MetodoPago code (`payment_method`). */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]["code"];

// ------------------------------------------------------------------ c_Periodicidad and c_Meses

/**
 * c_Periodicidad of a global invoice (`global.periodicity`). `bimonthly` pairs it with the
 * month codes it accepts: bimonthly periodicity takes only bimester months, the others only months.
 */
export const GLOBAL_PERIODICITIES = [
  { code: "01", bimonthly: false },
  { code: "02", bimonthly: false },
  { code: "03", bimonthly: false },
  { code: "04", bimonthly: false },
  { code: "05", bimonthly: true },
] as const satisfies readonly (CatalogRow & { bimonthly: boolean })[];

/** A c_Periodicidad code (`global.periodicity`). */
export type GlobalPeriodicity = (typeof GLOBAL_PERIODICITIES)[number]["code"];

/**
 * c_Meses of a global invoice (`global.months`): 01–12 are months, 13–18 bimesters, which the SAT
 * accepts only with periodicity `05` (see {@link GLOBAL_PERIODICITIES}).
 */
export const MONTHS = [
  { code: "01", bimonthly: false },
  { code: "02", bimonthly: false },
  { code: "03", bimonthly: false },
  { code: "04", bimonthly: false },
  { code: "05", bimonthly: false },
  { code: "06", bimonthly: false },
  { code: "07", bimonthly: false },
  { code: "08", bimonthly: false },
  { code: "09", bimonthly: false },
  { code: "10", bimonthly: false },
  { code: "11", bimonthly: false },
  { code: "12", bimonthly: false },
  { code: "13", bimonthly: true },
  { code: "14", bimonthly: true },
  { code: "15", bimonthly: true },
  { code: "16", bimonthly: true },
  { code: "17", bimonthly: true },
  { code: "18", bimonthly: true },
] as const satisfies readonly (CatalogRow & { bimonthly: boolean })[];

/** A c_Meses code (`global.months`). */
export type Month = (typeof MONTHS)[number]["code"];

// ------------------------------------------------------------------ c_TipoRelacion

/** c_TipoRelacion for CFDI 4.0 (`related_documents[].relationship`); 08/09 existed only in 3.3. */
export const RELATIONSHIP_TYPES = [
  { code: "01" },
  { code: "02" },
  { code: "03" },
  { code: "04" },
  { code: "05" },
  { code: "06" },
  { code: "07" },
] as const satisfies readonly CatalogRow[];

/** A c_TipoRelacion code (`related_documents[].relationship`). */
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number]["code"];

// ------------------------------------------------------------------ cancellation motives

/**
 * SAT cancellation motives (`motive` when cancelling an invoice). `requiresSubstitution`: motive
 * `01` cancels a CFDI that another one replaces, and that replacement must be issued first and
 * named in `substitution_uuid`.
 */
export const CANCELLATION_MOTIVES = [
  { code: "01", requiresSubstitution: true },
  { code: "02", requiresSubstitution: false },
  { code: "03", requiresSubstitution: false },
  { code: "04", requiresSubstitution: false },
] as const satisfies readonly (CatalogRow & { requiresSubstitution: boolean })[];

/** A cancellation motive code (`motive`). */
export type CancellationMotive = (typeof CANCELLATION_MOTIVES)[number]["code"];
