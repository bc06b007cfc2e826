// The generated zod schemas and the generated openapi-typescript types describe the same data:
// checked at compile time (npm test type-checks this file) for every schema of the spec.
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { components } from "../generated/types.js";
import type * as Zod from "../generated/zod/index.js";

type Schemas = components["schemas"];

/** Exact type equality (optional vs required, unions and literals all count). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Two representation differences are normalised away on both sides, and only these:
 * - a `format: binary` upload part is `Blob` in the types and `string` in zod (zod has no
 *   binary in JSON Schema; the client checks upload parts itself, see src/validation.ts);
 * - `additionalProperties: true` adds `[key: string]: unknown` to the types, while zod's object
 *   lets extra keys through without typing them.
 */
type Normal<T> = T extends Blob
  ? string
  : T extends readonly (infer E)[]
    ? Normal<E>[]
    : T extends object
      ? { [K in keyof T as string extends K ? never : K]: Normal<T[K]> }
      : T;

type ZodOf<K extends keyof Schemas> = (typeof Zod)[`z${K & string}`];
type Comparison = { [K in keyof Schemas]: Equal<Normal<z.input<ZodOf<K>>>, Normal<Schemas[K]>> };
/** The names of the schemas whose two descriptions differ (never, when all agree). */
type Differing = { [K in keyof Comparison]: Comparison[K] extends true ? never : K }[keyof Comparison];

describe("zod schemas match the openapi-typescript types", () => {
  it("for every component schema of the spec", () => {
    expectTypeOf<Differing>().toEqualTypeOf<never>();
    // The comparison can fail: a required/optional difference is caught.
    expectTypeOf<Equal<Normal<{ a?: string }>, Normal<{ a: string }>>>().toEqualTypeOf<false>();
    expectTypeOf<Equal<Normal<{ a: "x" | "y" }>, Normal<{ a: string }>>>().toEqualTypeOf<false>();
  });

  it("for the request body of every JSON operation", () => {
    type Ops = import("../generated/types.js").operations;
    type RequestBody<K extends keyof Ops> = NonNullable<Ops[K]["requestBody"]>;
    type JsonBody<K extends keyof Ops> = [RequestBody<K>] extends [never]
      ? never
      : RequestBody<K> extends { content: { "application/json": infer B } }
        ? B
        : never;
    type BodyZod<K extends string> = `z${Capitalize<K>}Body` extends keyof typeof Zod
      ? z.input<(typeof Zod)[`z${Capitalize<K>}Body`]>
      : never;
    type BodyDiff = {
      [K in keyof Ops & string]: [JsonBody<K>] extends [never]
        ? never
        : Equal<Normal<BodyZod<K>>, Normal<JsonBody<K>>> extends true
          ? never
          : K;
    }[keyof Ops & string];
    expectTypeOf<BodyDiff>().toEqualTypeOf<never>();
  });
});
