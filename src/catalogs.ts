/**
 * SAT CFDI 4.0 code tables (Anexo 20) that gigstack fields take, as data: each table is the single
 * source of its literal union type and of its zod enum (in `gigstack-ts/zod`, so that a program
 * that does not use zod does not type-check zod's declarations), so the type, the runtime check
 * and the rules read from the table can never disagree. A test compares every table with the
 * spec's enum.
 *
 * All codes are strings (`"03"`, not `3`): the SAT catalogues are keyed by text, leading zeros count.
 * Descriptions are the SAT's official Spanish names, which is what accountants and the PDF show.
 *
 * ```ts
 * import { CFDI_USES, catalogEntry } from "gigstack-ts/catalogs";
 * catalogEntry(CFDI_USES, "G03")?.description; // "Gastos en general"
 * ```
 * @module gigstack-ts/catalogs
 */
import * as sat from "./sat.js";
import * as names from "./sat-names.js";

export {
  type CatalogRow,
  catalogCodes,
  catalogEntry,
} from "./sat.js";

/** A row of a table below: its code, its SAT name, and the rule data the fiscal checks read. */
export interface CatalogEntry {
  readonly code: string;
  readonly description: string;
}

/** The rows of a sat.ts table, each with its name from sat-names.ts (a tuple stays a tuple). */
function described<const T extends readonly sat.CatalogRow[]>(
  table: T,
  byCode: Record<T[number]["code"], string>,
): { readonly [K in keyof T]: T[K] & { readonly description: string } } {
  return table.map((row) => ({ ...row, description: byCode[row.code as T[number]["code"]] })) as never;
}

/** c_RegimenFiscal: each regime with its SAT name and the person types it applies to (`fisica`: 13-character RFC, `moral`: 12). 609 is obsolete and absent. */
export const TAX_SYSTEMS = /* @__PURE__ */ described(sat.TAX_SYSTEMS, names.TAX_SYSTEMS_NAMES);
/** A code of {@link TAX_SYSTEMS}. */
export type TaxSystem = (typeof TAX_SYSTEMS)[number]["code"];

/** c_FormaPago: each payment form with its SAT name. With payment method PPD it must be `99`. */
export const PAYMENT_FORMS = /* @__PURE__ */ described(sat.PAYMENT_FORMS, names.PAYMENT_FORMS_NAMES);
/** A code of {@link PAYMENT_FORMS}. */
export type PaymentForm = (typeof PAYMENT_FORMS)[number]["code"];

/** c_UsoCFDI (CFDI 4.0): each use with its SAT name, the person types (`fisica`, `moral`) and the receiver `regimes` it is valid for. `P01` (CFDI 3.3 only) is absent. */
export const CFDI_USES = /* @__PURE__ */ described(sat.CFDI_USES, names.CFDI_USES_NAMES);
/** A code of {@link CFDI_USES}. */
export type CfdiUse = (typeof CFDI_USES)[number]["code"];

/** c_MetodoPago with their SAT names: PUE (paid in one go) and PPD (deferred; `requiredPaymentForm` `99`, each payment later gets a complement). */
export const PAYMENT_METHODS = /* @__PURE__ */ described(sat.PAYMENT_METHODS, names.PAYMENT_METHODS_NAMES);
/** A code of {@link PAYMENT_METHODS}. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]["code"];

/** c_Periodicidad of global invoices (público en general) with their SAT names; `bimonthly` pairs a periodicity with the month codes it takes. */
export const GLOBAL_PERIODICITIES = /* @__PURE__ */ described(
  sat.GLOBAL_PERIODICITIES,
  names.GLOBAL_PERIODICITIES_NAMES,
);
/** A code of {@link GLOBAL_PERIODICITIES}. */
export type GlobalPeriodicity = (typeof GLOBAL_PERIODICITIES)[number]["code"];

/** c_Meses of global invoices with their SAT names: 01–12, and 13–18 (`bimonthly`) for two-month periods. */
export const MONTHS = /* @__PURE__ */ described(sat.MONTHS, names.MONTHS_NAMES);
/** A code of {@link MONTHS}. */
export type Month = (typeof MONTHS)[number]["code"];

/** c_TipoRelacion: how a CFDI relates to the ones it lists, with their SAT names. */
export const RELATIONSHIP_TYPES = /* @__PURE__ */ described(sat.RELATIONSHIP_TYPES, names.RELATIONSHIP_TYPES_NAMES);
/** A code of {@link RELATIONSHIP_TYPES}. */
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number]["code"];

/** Cancellation motives with their SAT names; `01` (`requiresSubstitution`) needs the replacing CFDI issued first and named in `substitution_uuid`. */
export const CANCELLATION_MOTIVES = /* @__PURE__ */ described(
  sat.CANCELLATION_MOTIVES,
  names.CANCELLATION_MOTIVES_NAMES,
);
/** A code of {@link CANCELLATION_MOTIVES}. */
export type CancellationMotive = (typeof CANCELLATION_MOTIVES)[number]["code"];
