// Table-driven tests of the SAT fiscal rules: every rule has at least one input that passes and
// one that fails.
import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../src/errors.js";
import {
  checkCancellation,
  checkClientFiscal,
  checkExchangeRate,
  checkInvoiceFiscal,
  GENERIC_RFCS,
  isCfdiUseAllowed,
  isRegimeApplicable,
  isValidZip,
  rfcCheckDigit,
  validateRfc,
} from "../src/fiscal.js";

const rules = (issues: ValidationIssue[]) => issues.map((i) => `${i.path.join(".")}:${i.rule}`);

describe("validateRfc", () => {
  it.each([
    ["EKU9003173C9", "moral", undefined],
    ["XIA190128J61", "moral", undefined],
    ["URE180429TM6", "moral", undefined],
    ["H&E951128469", "moral", undefined],
    ["SAT970701NN3", "moral", undefined],
    ["MUÑ0101011A0", "moral", undefined], // Ñ counts as one character and has its own value
    ["SAT970701NEA", "moral", undefined], // check digit A (remainder 1)
    ["CACX7605101P8", "fisica", undefined],
    ["FUNK671228PH6", "fisica", undefined],
    ["KAHO641101B39", "fisica", undefined],
    ["WATM640917J45", "fisica", undefined],
    ["PEÑA800229AB4", "fisica", undefined], // 29 February of a leap year
    ["PEGJ850615HJA", "fisica", undefined],
    ["XAXX010101000", "fisica", "national"], // generic: its check digit would be 4
    ["XEXX010101000", "fisica", "foreign"],
  ] as const)("%s is a valid %s RFC", (rfc, personType, generic) => {
    expect(validateRfc(rfc)).toEqual({ valid: true, rfc, personType, generic });
  });

  it("normalizes case and surrounding blanks and returns the normalized RFC", () => {
    expect(validateRfc("  eku9003173c9 ")).toMatchObject({ valid: true, rfc: "EKU9003173C9", personType: "moral" });
    expect(validateRfc("peña800229ab4")).toMatchObject({ valid: true, rfc: "PEÑA800229AB4" });
  });

  it.each([
    ["", "length"],
    ["EKU9003173C", "length"], // 11
    ["CACX7605101P8X", "length"], // 14
    ["EKU 003173C9", "format"],
    ["EK19003173C9", "format"], // digit among the letters
    ["EKUA03173C91", "format"], // 12 characters with 4 letters
    ["CAC17605101P8", "format"], // 13 characters with 3 letters
    ["EKU9003173-9", "format"],
    ["EKU9013173C9", "date"], // month 13
    ["EKU900000AB1", "date"], // month 00
    ["EKU900230AB1", "date"], // 30 February
    ["EKU010229AB1", "date"], // 29 February, 1901/2001 are not leap years
    ["CACX760431AB1", "date"], // 31 April
    ["EKU9003173C8", "check-digit"],
    ["CACX7605101P9", "check-digit"],
    ["XAXX010101001", "check-digit"], // not exactly the generic RFC, so not exempt
  ] as const)("%j is invalid (%s)", (rfc, reason) => {
    const result = validateRfc(rfc);
    expect(result).toMatchObject({ valid: false, reason });
    expect(result.valid ? "" : result.message).not.toBe("");
  });

  it("explains a wrong check digit with the expected one", () => {
    expect(validateRfc("EKU9003173C8")).toMatchObject({ message: expect.stringContaining("should be 9") });
  });

  it("rfcCheckDigit computes the last character of both kinds", () => {
    expect(rfcCheckDigit("EKU9003173C")).toBe("9");
    expect(rfcCheckDigit("CACX7605101P")).toBe("8");
    expect(rfcCheckDigit("SAT970701NE")).toBe("A");
    expect(GENERIC_RFCS).toEqual({ national: "XAXX010101000", foreign: "XEXX010101000" });
  });
});

describe("catalogue rules", () => {
  it.each([
    ["G03", "601", true],
    ["G03", "626", true],
    ["G03", "616", false],
    ["G03", "605", false],
    ["D01", "612", true],
    ["D01", "601", false],
    ["S01", "616", true],
    ["S01", "615", true],
    ["CP01", "610", true],
    ["CN01", "605", true],
    ["CN01", "612", false],
    ["G01", "628", false], // 628–630 are in no c_UsoCFDI row
    ["P01", "601", false], // CFDI 3.3 only
    ["G03", "609", false], // obsolete regime
  ])("isCfdiUseAllowed(%s, %s) is %s", (use, regime, allowed) => {
    expect(isCfdiUseAllowed(use, regime)).toBe(allowed);
  });

  it.each([
    ["601", "moral", true],
    ["601", "fisica", false],
    ["612", "fisica", true],
    ["612", "moral", false],
    ["626", "fisica", true],
    ["626", "moral", true],
    ["610", "moral", true],
    ["616", "moral", false],
    ["609", "moral", false],
  ] as const)("isRegimeApplicable(%s, %s) is %s", (regime, personType, ok) => {
    expect(isRegimeApplicable(regime, personType)).toBe(ok);
  });

  it.each([
    ["06600", true],
    ["64000", true],
    ["6600", false],
    ["066000", false],
    ["0660A", false],
    [" 06600", false],
  ])("isValidZip(%j) is %s", (zip, ok) => {
    expect(isValidZip(zip)).toBe(ok);
  });

  it.each([
    ["MXN", undefined, []],
    ["MXN", 1, []],
    ["mxn", null, []],
    ["MXN", 17.2, ["exchange_rate:exchange-rate-mxn"]],
    ["USD", 17.2, []],
    ["EUR", 18, []],
    ["USD", undefined, ["exchange_rate:exchange-rate-required"]],
    ["USD", 0, ["exchange_rate:exchange-rate-required"]],
    ["USD", -1, ["exchange_rate:exchange-rate-required"]],
    ["USD", "17.2", ["exchange_rate:exchange-rate-required"]],
    ["USD", Number.NaN, ["exchange_rate:exchange-rate-required"]],
    ["XXX", undefined, []],
    [undefined, 17, []],
  ])("checkExchangeRate(%j, %j)", (currency, rate, expected) => {
    expect(rules(checkExchangeRate(currency, rate))).toEqual(expected);
  });
});

describe("checkClientFiscal", () => {
  const moral = { tax_id: "EKU9003173C9", tax_system: "601", use: "G03", address: { zip: "06600" } };
  const fisica = { tax_id: "CACX7605101P8", tax_system: "612", use: "D01", address: { zip: "64000" } };
  const publico = { tax_id: "XAXX010101000", tax_system: "616", use: "S01", address: { zip: "06600" } };

  it.each([
    ["persona moral", moral, []],
    ["persona física", fisica, []],
    ["público en general", publico, []],
    ["extranjero", { ...publico, tax_id: "XEXX010101000" }, []],
    ["RESICO moral", { ...moral, tax_system: "626" }, []],
    ["RESICO física", { ...fisica, tax_system: "626", use: "G03" }, []],
    ["only an e-mail", { email: "a@b.mx" }, []],
    ["a regime and a use, no RFC", { tax_system: "612", use: "G03" }, []],
    ["codes outside the catalogues (the schema reports them)", { ...moral, tax_system: "609", use: "P01" }, []],
    ["a non-string tax_id (the schema reports it)", { ...moral, tax_id: 12 }, []],
    ["a lower-case RFC", { ...moral, tax_id: "eku9003173c9" }, []],
    ["bad check digit", { ...moral, tax_id: "EKU9003173C8" }, ["tax_id:rfc-check-digit"]],
    ["bad length", { ...moral, tax_id: "EKU9003173" }, ["tax_id:rfc-length"]],
    ["bad shape", { ...moral, tax_id: "EK19003173C9" }, ["tax_id:rfc-format"]],
    ["bad date", { ...moral, tax_id: "EKU900230AB1" }, ["tax_id:rfc-date"]],
    ["moral with a física regime", { ...moral, tax_system: "612" }, ["tax_system:regime-rfc-type"]],
    ["física with a moral regime", { ...fisica, tax_system: "601", use: "G03" }, ["tax_system:regime-rfc-type"]],
    ["generic RFC with regime 601", { ...publico, tax_system: "601" }, ["tax_system:generic-rfc-regime"]],
    ["generic RFC with use G03", { ...publico, use: "G03" }, ["use:generic-rfc-use"]],
    ["moral with a personal deduction", { ...moral, use: "D01", tax_system: undefined }, ["use:cfdi-use-rfc-type"]],
    ["use not allowed for the regime", { ...fisica, use: "G03", tax_system: "605" }, ["use:cfdi-use-regime"]],
    ["use vs regime without an RFC", { tax_system: "616", use: "G01" }, ["use:cfdi-use-regime"]],
    ["4-digit zip", { ...moral, address: { zip: "6600" } }, ["address.zip:zip-format"]],
    ["4-digit zip in México", { ...moral, address: { zip: "6600", country: "México" } }, ["address.zip:zip-format"]],
    ["4-digit zip in MEX", { ...moral, address: { zip: "6600", country: "MEX" } }, ["address.zip:zip-format"]],
    // Postal codes abroad are not 5 digits: a foreign client's address keeps its own.
    ["a US zip abroad", { ...publico, tax_id: "XEXX010101000", address: { zip: "94107-1234", country: "USA" } }, []],
    ["a Canadian postal code", { name: "Maple", address: { zip: "K1A 0B1", country: "Canada" } }, []],
    // A client is not a CFDI: P01 is stored as gigstack's docs and n8n send it.
    ["use P01 on a client", { ...moral, use: "P01" }, []],
    [
      "several problems at once",
      { tax_id: "EKU9003173C9", tax_system: "612", use: "D04", address: { zip: "x" } },
      ["tax_system:regime-rfc-type", "address.zip:zip-format", "use:cfdi-use-rfc-type"],
    ],
  ] as const)("%s", (_name, input, expected) => {
    expect(rules(checkClientFiscal(input))).toEqual(expected);
  });

  it("prefixes paths and gives a message and rule on every issue", () => {
    const issues = checkClientFiscal({ tax_id: "EKU9003173C8" }, ["client"]);
    expect(issues).toEqual([
      { path: ["client", "tax_id"], rule: "rfc-check-digit", message: expect.stringContaining("check digit") },
    ]);
  });

  it("ignores anything that is not an object", () => {
    expect(checkClientFiscal(undefined)).toEqual([]);
    expect(checkClientFiscal("EKU9003173C8")).toEqual([]);
  });
});

describe("checkInvoiceFiscal", () => {
  const base = {
    client: { id: "client_1" },
    items: [{ description: "Servicio", quantity: 1, unit_price: 100, product_key: "80141503", unit_key: "E48" }],
    payment_method: "PUE",
    payment_form: "03",
    currency: "MXN",
    use: "G03",
  };
  const inlineClient = { tax_id: "EKU9003173C9", tax_system: "601", address: { zip: "06600" } };

  it.each([
    ["a client by id", base, []],
    ["nothing fiscal at all", { client: { id: "client_1" }, items: [{ id: "service_1" }] }, []],
    ["PPD with form 99", { ...base, payment_method: "PPD", payment_form: "99" }, []],
    ["PPD without a form (server default)", { ...base, payment_method: "PPD", payment_form: undefined }, []],
    ["PPD with form 03", { ...base, payment_method: "PPD", payment_form: "03" }, ["payment_form:ppd-payment-form"]],
    ["USD with a rate", { ...base, currency: "USD", exchange_rate: 17.1 }, []],
    ["USD without a rate", { ...base, currency: "USD" }, ["exchange_rate:exchange-rate-required"]],
    ["MXN with rate 1 (n8n default)", { ...base, exchange_rate: 1 }, []],
    ["MXN with a rate", { ...base, exchange_rate: 17 }, ["exchange_rate:exchange-rate-mxn"]],
    ["inline client fine", { ...base, client: inlineClient }, []],
    [
      "inline client, bad RFC",
      { ...base, client: { ...inlineClient, tax_id: "EKU9003173C1" } },
      ["client.tax_id:rfc-check-digit"],
    ],
    [
      "inline client, regime of the other person type",
      { ...base, client: { ...inlineClient, tax_system: "605" } },
      ["client.tax_system:regime-rfc-type", "use:cfdi-use-regime"],
    ],
    [
      "inline client, bad zip",
      { ...base, client: { ...inlineClient, address: { zip: "1234" } } },
      ["client.address.zip:zip-format"],
    ],
    ["invoice use vs client regime", { ...base, use: "D01", client: { tax_system: "612" } }, []],
    [
      "invoice use not allowed for the client regime",
      { ...base, use: "G03", client: { tax_system: "616" } },
      ["use:cfdi-use-regime"],
    ],
    ["invoice use for the wrong person type", { ...base, use: "D01", client: inlineClient }, ["use:cfdi-use-rfc-type"]],
    ["generic client, use S01", { ...base, use: "S01", client: { tax_id: "XAXX010101000", tax_system: "616" } }, []],
    [
      "generic client, use G03",
      { ...base, client: { tax_id: "XAXX010101000", tax_system: "616" } },
      ["use:generic-rfc-use"],
    ],
    ["client use checked too", { ...base, client: { ...inlineClient, use: "D01" } }, ["client.use:cfdi-use-rfc-type"]],
    [
      "third party fine",
      { ...base, items: [{ quantity: 1, third_party: { tax_id: "CACX7605101P8", tax_system: "612", zip: "06600" } }] },
      [],
    ],
    [
      "third party wrong",
      {
        ...base,
        items: [
          { quantity: 1 },
          { quantity: 1, third_party: { tax_id: "CACX7605101P8", tax_system: "601", zip: "0660" } },
        ],
      },
      ["items.1.third_party.tax_system:regime-rfc-type", "items.1.third_party.zip:zip-format"],
    ],
    // P01: flagged where the call stamps (income/egress), on the CFDI's effective use.
    ["use P01 on an invoice", { ...base, use: "P01" }, ["use:cfdi-use-p01"]],
    [
      "an inline client's P01, no invoice use",
      { ...base, use: undefined, client: { ...inlineClient, use: "P01" } },
      ["client.use:cfdi-use-p01"],
    ],
    ["an inline client's P01 under an invoice use", { ...base, client: { ...inlineClient, use: "P01" } }, []],
    ["a draft with P01 (stamps later)", { ...base, invoice_type: "I", use: "P01" }, []],
    ["global monthly", { ...base, global: { periodicity: "04", months: "01", year: 2024 } }, []],
    ["global bimonthly", { ...base, global: { periodicity: "05", months: "13", year: 2024 } }, []],
    [
      "global bimester with monthly periodicity",
      { ...base, global: { periodicity: "04", months: "13", year: 2024 } },
      ["global.months:global-months-periodicity"],
    ],
    [
      "global month with bimonthly periodicity",
      { ...base, global: { periodicity: "05", months: "02", year: 2024 } },
      ["global.months:global-months-periodicity"],
    ],
  ] as const)("%s", (_name, input, expected) => {
    expect(rules(checkInvoiceFiscal(input))).toEqual(expected);
  });

  it("ignores anything that is not an object", () => {
    expect(checkInvoiceFiscal(null)).toEqual([]);
    expect(checkInvoiceFiscal({ items: "x", client: "client_1", global: 3 })).toEqual([]);
  });
});

describe("checkCancellation", () => {
  it.each([
    [{ motive: "02" }, []],
    [{ motive: "03" }, []],
    [{ motive: "01", substitution_uuid: "2fa4cc01-5a29-4bd8-b1d6-6d1d3c6e8f3c" }, []],
    [{ motive: "01" }, ["substitution_uuid:substitution-uuid-required"]],
    [{ motive: "01", substitution_uuid: "" }, ["substitution_uuid:substitution-uuid-required"]],
    // gigstack's CLI names the replacing CFDI `replacement` (reference §6 #9).
    [{ motive: "01", replacement: "2fa4cc01-5a29-4bd8-b1d6-6d1d3c6e8f3c" }, []],
    [{}, []],
  ])("%j", (input, expected) => {
    expect(rules(checkCancellation(input))).toEqual(expected);
  });
});
