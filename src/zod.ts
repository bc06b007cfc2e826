/**
 * `gigstack-ts/zod`: zod schemas of the SDK's code tables, for apps that validate with zod
 * (forms, config files, queues). Kept out of `gigstack-ts/catalogs` so that a program using the
 * plain tables and literal unions does not load zod's declarations (92 files) into its
 * type-check; zod itself is a dependency either way.
 *
 * ```ts
 * import { PaymentFormSchema } from "gigstack-ts/zod";
 * PaymentFormSchema.safeParse("03").success; // true
 * ```
 * @module gigstack-ts/zod
 */
import * as z from "zod/mini";
import {
  CANCELLATION_MOTIVES,
  CFDI_USES,
  catalogCodes,
  GLOBAL_PERIODICITIES,
  MONTHS,
  PAYMENT_FORMS,
  PAYMENT_METHODS,
  RELATIONSHIP_TYPES,
  TAX_SYSTEMS,
} from "./catalogs.js";

import { WEBHOOK_EVENT_TYPES } from "./webhooks.js";

/**
 * Validates a known webhook event name (e.g. the `events` of a webhook subscription). Here, not in
 * `gigstack-ts/webhooks`, so that the webhooks entry's declarations do not load zod's either.
 */
export const WebhookEventTypeSchema = /* @__PURE__ */ z.enum(WEBHOOK_EVENT_TYPES);

/** Validates a `tax_system` against {@link TAX_SYSTEMS}. */
export const TaxSystemSchema = /* @__PURE__ */ z.enum(catalogCodes(TAX_SYSTEMS));
/** Validates a `payment_form` against {@link PAYMENT_FORMS}. */
export const PaymentFormSchema = /* @__PURE__ */ z.enum(catalogCodes(PAYMENT_FORMS));
/** Validates a `use` against {@link CFDI_USES} (so it rejects the 3.3-only `P01`). */
export const CfdiUseSchema = /* @__PURE__ */ z.enum(catalogCodes(CFDI_USES));
/** Validates a `payment_method` against {@link PAYMENT_METHODS}. */
export const PaymentMethodSchema = /* @__PURE__ */ z.enum(catalogCodes(PAYMENT_METHODS));
/** Validates a `global.periodicity` against {@link GLOBAL_PERIODICITIES}. */
export const GlobalPeriodicitySchema = /* @__PURE__ */ z.enum(catalogCodes(GLOBAL_PERIODICITIES));
/** Validates a `global.months` against {@link MONTHS}. */
export const MonthSchema = /* @__PURE__ */ z.enum(catalogCodes(MONTHS));
/** Validates a `relationship` against {@link RELATIONSHIP_TYPES}. */
export const RelationshipTypeSchema = /* @__PURE__ */ z.enum(catalogCodes(RELATIONSHIP_TYPES));
/** Validates a `motive` against {@link CANCELLATION_MOTIVES}. */
export const CancellationMotiveSchema = /* @__PURE__ */ z.enum(catalogCodes(CANCELLATION_MOTIVES));
