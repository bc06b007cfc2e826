// scripts/generate-methods.mjs on a small synthetic spec: what it writes follows the spec's
// shape (required query, optional body, multipart, raw and envelope results, lists), whatever
// the schemas are called, and two types can never silently share a name.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script without declarations
import { generateMethods, readResourceTree } from "../scripts/generate-methods.mjs";

type Generate = (input: Record<string, unknown>) => string;
const generate = generateMethods as Generate;

const dir = mkdtempSync(join(tmpdir(), "gigstack-methods-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(source: string): string {
  const file = join(dir, `resources-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  return file;
}

const envelope = (data: object) => ({
  content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/Envelope" }, { data }] } } },
});
const spec = {
  paths: {
    "/widgets": {
      get: {
        operationId: "listWidgets",
        summary: "List widgets",
        parameters: [{ in: "query", name: "color", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "A page of widgets.", ...envelope({}) } },
      },
      post: {
        operationId: "createWidget",
        summary: "Create widget",
        externalDocs: { url: "https://example.test/create-widget" },
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/WidgetInput" } } } },
        responses: { "201": { description: "The widget.", ...envelope({}) } },
      },
    },
    "/widgets/{widgetId}/photo": {
      put: {
        operationId: "uploadWidgetPhoto",
        parameters: [{ in: "path", name: "widgetId", required: true, description: "The widget." }],
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object" } } } },
        responses: { "204": { description: "Stored." } },
      },
    },
  },
  components: { schemas: { Envelope: {}, WidgetInput: { description: "What a widget is made of." }, Widget: {} } },
};
const row = (o: object) => ({ query: ["team"], pathParams: [], body: "none", bodyRequired: false, ...o });
const ops = {
  listWidgets: row({ method: "GET", path: "/widgets", query: ["team", "color"], list: "cursor", envelope: "data" }),
  createWidget: row({ method: "POST", path: "/widgets", body: "json", list: false, envelope: "data" }),
  uploadWidgetPhoto: row({
    method: "PUT",
    path: "/widgets/{widgetId}/photo",
    pathParams: ["widgetId"],
    body: "multipart",
    bodyRequired: true,
    list: false,
    envelope: "raw",
  }),
};
const resources = `export const resources = {
  /** Widgets of the shop. */
  widgets: {
    list: "listWidgets",
    create: "createWidget",
    /** Photos. */
    photos: { upload: "uploadWidgetPhoto" },
  },
} as const satisfies ResourceTree;`;
const input = (over: object = {}) => ({
  spec,
  ops,
  resourcesFile: tree(resources),
  docsPages: { base: "https://docs.example.test/", pages: { listWidgets: "list-widgets-1" } },
  banner: "// banner\n",
  ...over,
});

describe("generate-methods", () => {
  it("reads the resource tree and its doc comments without running it", () => {
    expect(readResourceTree(tree(resources))).toEqual([
      {
        name: "widgets",
        doc: "Widgets of the shop.",
        children: [
          { name: "list", operationId: "listWidgets", doc: "" },
          { name: "create", operationId: "createWidget", doc: "" },
          { name: "photos", doc: "Photos.", children: [{ name: "upload", operationId: "uploadWidgetPhoto", doc: "" }] },
        ],
      },
    ]);
  });

  it("writes each method's signature from the spec's shape", () => {
    const out = generate(input());
    // A required query parameter makes the query argument required; a list returns a PagePromise.
    expect(out).toContain("list(query: WidgetListQuery, options?: RequestOptions): PagePromise<WidgetListItem>;");
    // A body not marked required is optional; a $ref body is the component itself.
    expect(out).toContain("create(body?: WidgetCreateParams, options?: RequestOptions): Promise<WidgetCreateResult>;");
    expect(out).toContain('export type WidgetCreateParams = components["schemas"]["WidgetInput"];');
    expect(out).toContain(
      'export type WidgetCreateResult = operations["createWidget"]["responses"][201]["content"]["application/json"]["data"];',
    );
    // Path parameters keep the spec's names; multipart parts accept bytes; no JSON → undefined.
    expect(out).toContain(
      "upload(widgetId: string, body: WidgetPhotoUploadParams, options?: RequestOptions): Promise<WidgetPhotoUploadResult>;",
    );
    expect(out).toContain(
      'export type WidgetPhotoUploadParams = Uploadable<NonNullable<operations["uploadWidgetPhoto"]["requestBody"]>["content"]["multipart/form-data"]>;',
    );
    expect(out).toContain("export type WidgetPhotoUploadResult = undefined;");
    expect(out).toContain("export interface WidgetsPhotosResource {");
    expect(out).toContain("readonly photos: WidgetsPhotosResource;");
    // Every schema by name, with its description.
    expect(out).toContain(
      '/**\n * What a widget is made of.\n */\nexport type WidgetInput = components["schemas"]["WidgetInput"];',
    );
  });

  it("links the docs page: the spec's externalDocs first, else the table", () => {
    const out = generate(input());
    expect(out).toContain("@see {@link https://example.test/create-widget | gigstack docs: Create widget}");
    expect(out).toContain("@see {@link https://docs.example.test/list-widgets-1 | gigstack docs: List widgets}");
    expect(out).not.toContain("docs.example.test/upload");
  });

  it("never lets two types share a name: a schema yields to a method's type", () => {
    const clash = { ...spec, components: { schemas: { ...spec.components.schemas, WidgetListQuery: {} } } };
    const out = generate(input({ spec: clash }));
    expect(out).toContain("export type WidgetListQuery = NonNullable<");
    expect(out).not.toContain('export type WidgetListQuery = components["schemas"]');
    // Two methods whose names would collide are refused.
    const twice = tree(
      `export const resources = { widgets: { list: "listWidgets" }, widget: { list: "listWidgets" } };`,
    );
    expect(() => generate(input({ resourcesFile: twice }))).toThrow(/would both be named WidgetListQuery/);
  });

  it("refuses a tree that names an operation the spec does not have", () => {
    const unknown = tree(`export const resources = { widgets: { get: "getWidget" } };`);
    expect(() => generate(input({ resourcesFile: unknown }))).toThrow(/getWidget/);
  });
});
