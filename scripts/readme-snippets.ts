/**
 * Type-checks the TypeScript snippets of the README (and CHANGELOG) against the sources, the way
 * a user's strict project would compile them, so that the documentation cannot drift from the API.
 *
 * Each ```ts block becomes its own ES module in a temporary directory under .scratch/; tsconfig.readme.json maps
 * "gigstack-ts" and its subpath entries to src/ with `paths`. All blocks are checked by one
 * TypeScript program (one pass over src/ and generated/, so it stays fast). A block fenced
 * ```ts no-check is skipped: use it only for code that cannot compile on its own (pseudo-code).
 *
 * Snippets may use `gigstack` (a `Gigstack` client) without declaring it, as the README says the
 * examples after the quickstart do: GLOBALS declares it for the snippets' program only.
 *
 *   npx tsx scripts/readme-snippets.ts [README.md CHANGELOG.md]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CONFIG = join(ROOT, "tsconfig.readme.json");

export interface Snippet {
  /** The Markdown file it comes from, relative to the repository root. */
  file: string;
  /** 1-based line of the first line of code (the line after the opening fence). */
  line: number;
  code: string;
}

export interface SnippetError {
  /** `README.md:123`: where to look. */
  where: string;
  message: string;
}

export interface SnippetReport {
  checked: Snippet[];
  skipped: Snippet[];
  errors: SnippetError[];
}

/** Ambient names every snippet may use. Written into the temporary directory, never into src/. */
const GLOBALS = `import type { Gigstack } from "gigstack-ts";
declare global {
  /** The client the README's quickstart creates. */
  const gigstack: Gigstack;
}
`;

const CHECKED_LANGS = new Set(["ts", "typescript"]);

/**
 * The fenced ```ts blocks of a Markdown text. The info string's first word is the language; a
 * `no-check` word after it skips the block. Other languages are ignored.
 */
export function extractSnippets(markdown: string, file: string): { checked: Snippet[]; skipped: Snippet[] } {
  const checked: Snippet[] = [];
  const skipped: Snippet[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/.exec(lines[i] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", lang = "", rest = ""] = open;
    const body: string[] = [];
    let j = i + 1;
    // A closing fence uses the same character, at least as long, and nothing else.
    const close = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    for (; j < lines.length && !close.test(lines[j] ?? ""); j++) {
      const text = lines[j] ?? "";
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text);
    }
    if (CHECKED_LANGS.has(lang.toLowerCase())) {
      const snippet = { file, line: i + 2, code: body.join("\n") };
      (/\bno-check\b/.test(rest) ? skipped : checked).push(snippet);
    }
    i = j;
  }
  return { checked, skipped };
}

function compilerOptions(dir: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error(`Cannot read ${CONFIG}`);
  // 18002/18003: the config lists no files on purpose; the snippets are the program's roots.
  const errors = parsed.errors.filter((d) => d.code !== 18002 && d.code !== 18003);
  if (errors.length > 0) {
    throw new Error(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n"));
  }
  return { ...parsed.options, noEmit: true, outDir: join(dir, "out") };
}

/** Checks the given snippets in one program; errors point at the Markdown file and line. */
export function checkSnippets(snippets: Snippet[]): SnippetError[] {
  if (snippets.length === 0) return [];
  // Inside the repository (.scratch/ is git- and lint-ignored) so that a snippet's other bare
  // imports (vitest, node types) resolve from node_modules as they would in a user's project.
  mkdirSync(join(ROOT, ".scratch"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".scratch", "readme-"));
  try {
    // .mts: always an ES module, so top-level await and `import` work whatever package.json says.
    const files = snippets.map((s, n) => {
      const path = join(dir, `${String(n).padStart(3, "0")}-${basename(s.file, ".md")}-${s.line}.mts`);
      writeFileSync(path, s.code);
      return path;
    });
    const globals = join(dir, "globals.d.mts");
    writeFileSync(globals, GLOBALS);
    const program = ts.createProgram([...files, globals], compilerOptions(dir));
    const bySource = new Map(files.map((path, n) => [resolve(path), snippets[n] as Snippet]));
    const errors: SnippetError[] = [];
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      const snippet = d.file && bySource.get(resolve(d.file.fileName));
      if (d.file && snippet && d.start !== undefined) {
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        errors.push({ where: `${snippet.file}:${snippet.line + line}:${character + 1}`, message });
      } else {
        // An error outside the snippets (the config, src/) still fails the check, named as it is.
        const where = d.file ? relative(ROOT, d.file.fileName) : "tsconfig.readme.json";
        errors.push({ where, message });
      }
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Extracts and checks every ```ts block of the given Markdown files (paths relative to the root). */
export function checkMarkdownFiles(names: string[]): SnippetReport {
  const checked: Snippet[] = [];
  const skipped: Snippet[] = [];
  for (const name of names) {
    const found = extractSnippets(readFileSync(resolve(ROOT, name), "utf8"), name);
    checked.push(...found.checked);
    skipped.push(...found.skipped);
  }
  return { checked, skipped, errors: checkSnippets(checked) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const names = process.argv.slice(2);
  const report = checkMarkdownFiles(names.length > 0 ? names : ["README.md", "CHANGELOG.md"]);
  for (const e of report.errors) console.error(`${e.where}: ${e.message}`);
  console.log(
    `${report.checked.length} snippets checked, ${report.skipped.length} skipped (no-check), ${report.errors.length} errors`,
  );
  process.exitCode = report.errors.length > 0 || report.checked.length === 0 ? 1 : 0;
}
