/**
 * The SAT's official Spanish name of every code in the tables of sat.ts (what accountants and
 * the PDF show). Apart from the tables so that the core, whose fiscal checks read the tables,
 * does not carry them; `gigstack-ts/catalogs` joins the two.
 */
import type {
  CancellationMotive,
  CfdiUse,
  GlobalPeriodicity,
  Month,
  PaymentForm,
  PaymentMethod,
  RelationshipType,
  TaxSystem,
} from "./sat.js";

/** Names of TAX_SYSTEMS (sat.ts). */
export const TAX_SYSTEMS_NAMES: Record<TaxSystem, string> = {
  "601": "General de Ley Personas Morales",
  "603": "Personas Morales con Fines no Lucrativos",
  "605": "Sueldos y Salarios e Ingresos Asimilados a Salarios",
  "606": "Arrendamiento",
  "607": "Régimen de Enajenación o Adquisición de Bienes",
  "608": "Demás ingresos",
  "610": "Residentes en el Extranjero sin Establecimiento Permanente en México",
  "611": "Ingresos por Dividendos (socios y accionistas)",
  "612": "Personas Físicas con Actividades Empresariales y Profesionales",
  "614": "Ingresos por intereses",
  "615": "Régimen de los ingresos por obtención de premios",
  "616": "Sin obligaciones fiscales",
  "620": "Sociedades Cooperativas de Producción que optan por diferir sus ingresos",
  "621": "Incorporación Fiscal",
  "622": "Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras",
  "623": "Opcional para Grupos de Sociedades",
  "624": "Coordinados",
  "625": "Régimen de las Actividades Empresariales con ingresos a través de Plataformas Tecnológicas",
  "626": "Régimen Simplificado de Confianza",
  "628": "Hidrocarburos",
  "629": "De los Regímenes Fiscales Preferentes y de las Empresas Multinacionales",
  "630": "Enajenación de acciones en bolsa de valores",
};

/** Names of PAYMENT_FORMS (sat.ts). */
export const PAYMENT_FORMS_NAMES: Record<PaymentForm, string> = {
  "01": "Efectivo",
  "02": "Cheque nominativo",
  "03": "Transferencia electrónica de fondos",
  "04": "Tarjeta de crédito",
  "05": "Monedero electrónico",
  "06": "Dinero electrónico",
  "08": "Vales de despensa",
  "12": "Dación en pago",
  "13": "Pago por subrogación",
  "14": "Pago por consignación",
  "15": "Condonación",
  "17": "Compensación",
  "23": "Novación",
  "24": "Confusión",
  "25": "Remisión de deuda",
  "26": "Prescripción o caducidad",
  "27": "A satisfacción del acreedor",
  "28": "Tarjeta de débito",
  "29": "Tarjeta de servicios",
  "30": "Aplicación de anticipos",
  "31": "Intermediario pagos",
  "99": "Por definir",
};

/** Names of CFDI_USES (sat.ts). */
export const CFDI_USES_NAMES: Record<CfdiUse, string> = {
  G01: "Adquisición de mercancías",
  G02: "Devoluciones, descuentos o bonificaciones",
  G03: "Gastos en general",
  I01: "Construcciones",
  I02: "Mobiliario y equipo de oficina por inversiones",
  I03: "Equipo de transporte",
  I04: "Equipo de cómputo y accesorios",
  I05: "Dados, troqueles, moldes, matrices y herramental",
  I06: "Comunicaciones telefónicas",
  I07: "Comunicaciones satelitales",
  I08: "Otra maquinaria y equipo",
  D01: "Honorarios médicos, dentales y gastos hospitalarios",
  D02: "Gastos médicos por incapacidad o discapacidad",
  D03: "Gastos funerales",
  D04: "Donativos",
  D05: "Intereses reales efectivamente pagados por créditos hipotecarios (casa habitación)",
  D06: "Aportaciones voluntarias al SAR",
  D07: "Primas por seguros de gastos médicos",
  D08: "Gastos de transportación escolar obligatoria",
  D09: "Depósitos en cuentas para el ahorro, primas que tengan como base planes de pensiones",
  D10: "Pagos por servicios educativos (colegiaturas)",
  S01: "Sin efectos fiscales",
  CP01: "Pagos",
  CN01: "Nómina",
};

/**
 * Name of the one code requests take beyond CFDI_USES: CFDI 3.3's P01, which gigstack's docs
 * examples and n8n node still send (the spec's CfdiUseInput; the fiscal check `cfdi-use-p01`
 * refuses it where a call stamps). For messages that list a `use`'s accepted codes by name.
 */
export const LEGACY_CFDI_USES_NAMES = { P01: "Por definir (CFDI 3.3; no válido en CFDI 4.0)" } as const;

/** Names of PAYMENT_METHODS (sat.ts). */
export const PAYMENT_METHODS_NAMES: Record<PaymentMethod, string> = {
  PUE: "Pago en una sola exhibición",
  PPD: "Pago en parcialidades o diferido",
};

/** Names of GLOBAL_PERIODICITIES (sat.ts). */
export const GLOBAL_PERIODICITIES_NAMES: Record<GlobalPeriodicity, string> = {
  "01": "Diario",
  "02": "Semanal",
  "03": "Quincenal",
  "04": "Mensual",
  "05": "Bimestral",
};

/** Names of MONTHS (sat.ts). */
export const MONTHS_NAMES: Record<Month, string> = {
  "01": "Enero",
  "02": "Febrero",
  "03": "Marzo",
  "04": "Abril",
  "05": "Mayo",
  "06": "Junio",
  "07": "Julio",
  "08": "Agosto",
  "09": "Septiembre",
  "10": "Octubre",
  "11": "Noviembre",
  "12": "Diciembre",
  "13": "Enero-Febrero",
  "14": "Marzo-Abril",
  "15": "Mayo-Junio",
  "16": "Julio-Agosto",
  "17": "Septiembre-Octubre",
  "18": "Noviembre-Diciembre",
};

/** Names of RELATIONSHIP_TYPES (sat.ts). */
export const RELATIONSHIP_TYPES_NAMES: Record<RelationshipType, string> = {
  "01": "Nota de crédito de los documentos relacionados",
  "02": "Nota de débito de los documentos relacionados",
  "03": "Devolución de mercancía sobre facturas o traslados previos",
  "04": "Sustitución de los CFDI previos",
  "05": "Traslados de mercancías facturados previamente",
  "06": "Factura generada por los traslados previos",
  "07": "CFDI por aplicación de anticipo",
};

/** Names of CANCELLATION_MOTIVES (sat.ts). */
export const CANCELLATION_MOTIVES_NAMES: Record<CancellationMotive, string> = {
  "01": "Comprobante emitido con errores con relación",
  "02": "Comprobante emitido con errores sin relación",
  "03": "No se llevó a cabo la operación",
  "04": "Operación nominativa relacionada en una factura global",
};
