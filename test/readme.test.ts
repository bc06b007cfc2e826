// The README's and CHANGELOG's TypeScript snippets compile against the sources, so the
// documentation cannot promise an option, a method or a type the SDK does not have.
import { describe, expect, it } from "vitest";
import { checkMarkdownFiles, checkSnippets, extractSnippets } from "../scripts/readme-snippets.js";

describe("README snippets", () => {
  it("every ```ts block of README.md and CHANGELOG.md type-checks", () => {
    const report = checkMarkdownFiles(["README.md", "CHANGELOG.md"]);
    // Not vacuous: the README's quickstart, configuration, errors … are all ```ts blocks.
    expect(report.checked.filter((s) => s.file === "README.md").length).toBeGreaterThan(10);
    expect(report.errors.map((e) => `${e.where}: ${e.message}`).join("\n\n")).toBe("");
  }, 120_000);

  it("extracts ```ts blocks with their line, skips `no-check` ones and other languages", () => {
    const md = [
      "# t",
      "",
      "```ts",
      "const a = 1;",
      "```",
      "",
      "```sh",
      "npm test",
      "```",
      "```ts no-check",
      "x y",
      "```",
    ];
    const { checked, skipped } = extractSnippets(md.join("\n"), "T.md");
    expect(checked).toEqual([{ file: "T.md", line: 4, code: "const a = 1;" }]);
    expect(skipped).toEqual([{ file: "T.md", line: 11, code: "x y" }]);
  });

  it("reports a broken snippet at its Markdown line, with the entry points mapped to src/", () => {
    // Line 3 of the block is wrong; the block starts on line 10 of the file.
    const code = [
      'import { validateRfc } from "gigstack-ts/fiscal";',
      "const ok = validateRfc('XAXX010101000').valid;",
      "const wrong: number = ok;",
      "await gigstack.clients.get('client_1');",
    ].join("\n");
    const errors = checkSnippets([{ file: "T.md", line: 10, code }]);
    expect(errors.map((e) => e.where)).toEqual(["T.md:12:7"]);
    expect(errors[0]?.message).toMatch(/not assignable to type 'number'/);
  }, 120_000);
});
