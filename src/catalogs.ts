/**
 * SAT CFDI 4.0 code tables (Anexo 20) that gigstack fields take, as data: each table is the single
 * source of its literal union type and of its zod enum, so the type, the runtime check and the
 * rules read from the table can never disagree. A test compares every table with the spec's enum.
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
import * as z from "zod/mini";

/** Shape every table row shares; the rest of a row is rule data the fiscal checks read. */
export interface CatalogEntry {
  readonly code: string;
  readonly description: string;
}

type Codes<T extends readonly CatalogEntry[]> = { readonly [K in keyof T]: T[K] extends { code: infer C } ? C : never };

/** The codes of a table, in table order, keeping their literal types (for `z.enum`). */
export function catalogCodes<const T extends readonly CatalogEntry[]>(table: T): Codes<T> {
  return table.map((row) => row.code) as unknown as Codes<T>;
}

/**
 * The row of `table` whose code is `code`, or undefined. Takes `unknown` on purpose: it is how
 * untrusted input (a request body, a response) is checked against a catalogue.
 */
export function catalogEntry<T extends readonly CatalogEntry[]>(table: T, code: unknown): T[number] | undefined {
  return typeof code === "string" ? table.find((row) => row.code === code) : undefined;
}

// ------------------------------------------------------------------ c_RegimenFiscal

/**
 * c_RegimenFiscal with the person types each regime applies to: a 13-character RFC (persona
 * física) or a 12-character one (persona moral) may only carry a regime marked for its type.
 * 609 (Consolidación) is obsolete and absent. 616 is also the regime of the generic RFCs.
 */
export const TAX_SYSTEMS = [
  { code: "601", description: "General de Ley Personas Morales", fisica: false, moral: true },
  { code: "603", description: "Personas Morales con Fines no Lucrativos", fisica: false, moral: true },
  { code: "605", description: "Sueldos y Salarios e Ingresos Asimilados a Salarios", fisica: true, moral: false },
  { code: "606", description: "Arrendamiento", fisica: true, moral: false },
  { code: "607", description: "Régimen de Enajenación o Adquisición de Bienes", fisica: true, moral: false },
  { code: "608", description: "Demás ingresos", fisica: true, moral: false },
  {
    code: "610",
    description: "Residentes en el Extranjero sin Establecimiento Permanente en México",
    fisica: true,
    moral: true,
  },
  { code: "611", description: "Ingresos por Dividendos (socios y accionistas)", fisica: true, moral: false },
  {
    code: "612",
    description: "Personas Físicas con Actividades Empresariales y Profesionales",
    fisica: true,
    moral: false,
  },
  { code: "614", description: "Ingresos por intereses", fisica: true, moral: false },
  { code: "615", description: "Régimen de los ingresos por obtención de premios", fisica: true, moral: false },
  { code: "616", description: "Sin obligaciones fiscales", fisica: true, moral: false },
  {
    code: "620",
    description: "Sociedades Cooperativas de Producción que optan por diferir sus ingresos",
    fisica: false,
    moral: true,
  },
  { code: "621", description: "Incorporación Fiscal", fisica: true, moral: false },
  { code: "622", description: "Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras", fisica: false, moral: true },
  { code: "623", description: "Opcional para Grupos de Sociedades", fisica: false, moral: true },
  { code: "624", description: "Coordinados", fisica: false, moral: true },
  {
    code: "625",
    description: "Régimen de las Actividades Empresariales con ingresos a través de Plataformas Tecnológicas",
    fisica: true,
    moral: false,
  },
  { code: "626", description: "Régimen Simplificado de Confianza", fisica: true, moral: true },
  { code: "628", description: "Hidrocarburos", fisica: false, moral: true },
  {
    code: "629",
    description: "De los Regímenes Fiscales Preferentes y de las Empresas Multinacionales",
    fisica: true,
    moral: false,
  },
  { code: "630", description: "Enajenación de acciones en bolsa de valores", fisica: true, moral: false },
] as const satisfies readonly (CatalogEntry & { fisica: boolean; moral: boolean })[];

/** A c_RegimenFiscal code (`tax_system`). */
export type TaxSystem = (typeof TAX_SYSTEMS)[number]["code"];
/** Validates a `tax_system` against {@link TAX_SYSTEMS}. */
export const TaxSystemSchema = z.enum(catalogCodes(TAX_SYSTEMS));

// ------------------------------------------------------------------ c_FormaPago

/** c_FormaPago. The only rule tied to it (PPD needs `99`) lives on {@link PAYMENT_METHODS}. */
export const PAYMENT_FORMS = [
  { code: "01", description: "Efectivo" },
  { code: "02", description: "Cheque nominativo" },
  { code: "03", description: "Transferencia electrónica de fondos" },
  { code: "04", description: "Tarjeta de crédito" },
  { code: "05", description: "Monedero electrónico" },
  { code: "06", description: "Dinero electrónico" },
  { code: "08", description: "Vales de despensa" },
  { code: "12", description: "Dación en pago" },
  { code: "13", description: "Pago por subrogación" },
  { code: "14", description: "Pago por consignación" },
  { code: "15", description: "Condonación" },
  { code: "17", description: "Compensación" },
  { code: "23", description: "Novación" },
  { code: "24", description: "Confusión" },
  { code: "25", description: "Remisión de deuda" },
  { code: "26", description: "Prescripción o caducidad" },
  { code: "27", description: "A satisfacción del acreedor" },
  { code: "28", description: "Tarjeta de débito" },
  { code: "29", description: "Tarjeta de servicios" },
  { code: "30", description: "Aplicación de anticipos" },
  { code: "31", description: "Intermediario pagos" },
  { code: "99", description: "Por definir" },
] as const satisfies readonly CatalogEntry[];

/** A c_FormaPago code (`payment_form`). */
export type PaymentForm = (typeof PAYMENT_FORMS)[number]["code"];
/** Validates a `payment_form` against {@link PAYMENT_FORMS}. */
export const PaymentFormSchema = z.enum(catalogCodes(PAYMENT_FORMS));

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
  { code: "G01", description: "Adquisición de mercancías", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "G02",
    description: "Devoluciones, descuentos o bonificaciones",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  { code: "G03", description: "Gastos en general", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  { code: "I01", description: "Construcciones", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "I02",
    description: "Mobiliario y equipo de oficina por inversiones",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  { code: "I03", description: "Equipo de transporte", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "I04",
    description: "Equipo de cómputo y accesorios",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  {
    code: "I05",
    description: "Dados, troqueles, moldes, matrices y herramental",
    fisica: true,
    moral: true,
    regimes: GOODS_AND_INVESTMENTS,
  },
  { code: "I06", description: "Comunicaciones telefónicas", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  { code: "I07", description: "Comunicaciones satelitales", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  { code: "I08", description: "Otra maquinaria y equipo", fisica: true, moral: true, regimes: GOODS_AND_INVESTMENTS },
  {
    code: "D01",
    description: "Honorarios médicos, dentales y gastos hospitalarios",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D02",
    description: "Gastos médicos por incapacidad o discapacidad",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  { code: "D03", description: "Gastos funerales", fisica: true, moral: false, regimes: PERSONAL_DEDUCTIONS },
  { code: "D04", description: "Donativos", fisica: true, moral: false, regimes: PERSONAL_DEDUCTIONS },
  {
    code: "D05",
    description: "Intereses reales efectivamente pagados por créditos hipotecarios (casa habitación)",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D06",
    description: "Aportaciones voluntarias al SAR",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D07",
    description: "Primas por seguros de gastos médicos",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D08",
    description: "Gastos de transportación escolar obligatoria",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D09",
    description: "Depósitos en cuentas para el ahorro, primas que tengan como base planes de pensiones",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  {
    code: "D10",
    description: "Pagos por servicios educativos (colegiaturas)",
    fisica: true,
    moral: false,
    regimes: PERSONAL_DEDUCTIONS,
  },
  { code: "S01", description: "Sin efectos fiscales", fisica: true, moral: true, regimes: ANY_RECEIVER },
  { code: "CP01", description: "Pagos", fisica: true, moral: true, regimes: ANY_RECEIVER },
  { code: "CN01", description: "Nómina", fisica: true, moral: false, regimes: ["605"] },
] as const satisfies readonly (CatalogEntry & {
  fisica: boolean;
  moral: boolean;
  regimes: readonly TaxSystem[];
})[];

/** A c_UsoCFDI code (`use`). */
export type CfdiUse = (typeof CFDI_USES)[number]["code"];
/** Validates a `use` against {@link CFDI_USES} (so it rejects the 3.3-only `P01`). */
export const CfdiUseSchema = z.enum(catalogCodes(CFDI_USES));

// ------------------------------------------------------------------ c_MetodoPago

/**
 * c_MetodoPago. `requiredPaymentForm` is the SAT rule that a deferred (PPD) invoice cannot name
 * how it will be paid: its form is `99` and each later payment gets a payment complement.
 */
export const PAYMENT_METHODS = [
  { code: "PUE", description: "Pago en una sola exhibición", requiredPaymentForm: null },
  { code: "PPD", description: "Pago en parcialidades o diferido", requiredPaymentForm: "99" },
] as const satisfies readonly (CatalogEntry & { requiredPaymentForm: PaymentForm | null })[];

/** A c_MetodoPago code (`payment_method`). */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]["code"];
/** Validates a `payment_method` against {@link PAYMENT_METHODS}. */
export const PaymentMethodSchema = z.enum(catalogCodes(PAYMENT_METHODS));

// ------------------------------------------------------------------ c_Periodicidad and c_Meses

/**
 * c_Periodicidad of a global invoice (`global.periodicity`). `bimonthly` pairs it with the
 * month codes it accepts: bimonthly periodicity takes only bimester months, the others only months.
 */
export const GLOBAL_PERIODICITIES = [
  { code: "01", description: "Diario", bimonthly: false },
  { code: "02", description: "Semanal", bimonthly: false },
  { code: "03", description: "Quincenal", bimonthly: false },
  { code: "04", description: "Mensual", bimonthly: false },
  { code: "05", description: "Bimestral", bimonthly: true },
] as const satisfies readonly (CatalogEntry & { bimonthly: boolean })[];

/** A c_Periodicidad code (`global.periodicity`). */
export type GlobalPeriodicity = (typeof GLOBAL_PERIODICITIES)[number]["code"];
/** Validates a `global.periodicity` against {@link GLOBAL_PERIODICITIES}. */
export const GlobalPeriodicitySchema = z.enum(catalogCodes(GLOBAL_PERIODICITIES));

/**
 * c_Meses of a global invoice (`global.months`): 01–12 are months, 13–18 bimesters, which the SAT
 * accepts only with periodicity `05` (see {@link GLOBAL_PERIODICITIES}).
 */
export const MONTHS = [
  { code: "01", description: "Enero", bimonthly: false },
  { code: "02", description: "Febrero", bimonthly: false },
  { code: "03", description: "Marzo", bimonthly: false },
  { code: "04", description: "Abril", bimonthly: false },
  { code: "05", description: "Mayo", bimonthly: false },
  { code: "06", description: "Junio", bimonthly: false },
  { code: "07", description: "Julio", bimonthly: false },
  { code: "08", description: "Agosto", bimonthly: false },
  { code: "09", description: "Septiembre", bimonthly: false },
  { code: "10", description: "Octubre", bimonthly: false },
  { code: "11", description: "Noviembre", bimonthly: false },
  { code: "12", description: "Diciembre", bimonthly: false },
  { code: "13", description: "Enero-Febrero", bimonthly: true },
  { code: "14", description: "Marzo-Abril", bimonthly: true },
  { code: "15", description: "Mayo-Junio", bimonthly: true },
  { code: "16", description: "Julio-Agosto", bimonthly: true },
  { code: "17", description: "Septiembre-Octubre", bimonthly: true },
  { code: "18", description: "Noviembre-Diciembre", bimonthly: true },
] as const satisfies readonly (CatalogEntry & { bimonthly: boolean })[];

/** A c_Meses code (`global.months`). */
export type Month = (typeof MONTHS)[number]["code"];
/** Validates a `global.months` against {@link MONTHS}. */
export const MonthSchema = z.enum(catalogCodes(MONTHS));

// ------------------------------------------------------------------ c_TipoRelacion

/** c_TipoRelacion for CFDI 4.0 (`related_documents[].relationship`); 08/09 existed only in 3.3. */
export const RELATIONSHIP_TYPES = [
  { code: "01", description: "Nota de crédito de los documentos relacionados" },
  { code: "02", description: "Nota de débito de los documentos relacionados" },
  { code: "03", description: "Devolución de mercancía sobre facturas o traslados previos" },
  { code: "04", description: "Sustitución de los CFDI previos" },
  { code: "05", description: "Traslados de mercancías facturados previamente" },
  { code: "06", description: "Factura generada por los traslados previos" },
  { code: "07", description: "CFDI por aplicación de anticipo" },
] as const satisfies readonly CatalogEntry[];

/** A c_TipoRelacion code (`related_documents[].relationship`). */
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number]["code"];
/** Validates a `relationship` against {@link RELATIONSHIP_TYPES}. */
export const RelationshipTypeSchema = z.enum(catalogCodes(RELATIONSHIP_TYPES));

// ------------------------------------------------------------------ cancellation motives

/**
 * SAT cancellation motives (`motive` when cancelling an invoice). `requiresSubstitution`: motive
 * `01` cancels a CFDI that another one replaces, and that replacement must be issued first and
 * named in `substitution_uuid`.
 */
export const CANCELLATION_MOTIVES = [
  { code: "01", description: "Comprobante emitido con errores con relación", requiresSubstitution: true },
  { code: "02", description: "Comprobante emitido con errores sin relación", requiresSubstitution: false },
  { code: "03", description: "No se llevó a cabo la operación", requiresSubstitution: false },
  { code: "04", description: "Operación nominativa relacionada en una factura global", requiresSubstitution: false },
] as const satisfies readonly (CatalogEntry & { requiresSubstitution: boolean })[];

/** A cancellation motive code (`motive`). */
export type CancellationMotive = (typeof CANCELLATION_MOTIVES)[number]["code"];
/** Validates a `motive` against {@link CANCELLATION_MOTIVES}. */
export const CancellationMotiveSchema = z.enum(catalogCodes(CANCELLATION_MOTIVES));
