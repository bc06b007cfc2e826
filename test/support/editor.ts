// What an editor shows for a position in a file: the TypeScript language service over one
// in-memory probe file, the rest read from disk (so it sees src/ or an installed package alike).
import ts from "typescript";

export interface Hover {
  /** The signature line, e.g. `(method) PaymentsResource.register(body: …): Promise<…>`. */
  signature: string;
  documentation: string;
  /** The text of each `@see` tag. */
  see: string[];
}

export function editor(file: string, text: string, options: ts.CompilerOptions, cwd: string) {
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => cwd,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    // The installed package's symlinked dependencies resolve as Node would resolve them.
    realpath: (name) => ts.sys.realpath?.(name) ?? name,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const at = (needle: string) => {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`${needle} is not in the probe`);
    return index;
  };
  return {
    /** Quick info (hover) at the first occurrence of `needle`. */
    hover(needle: string): Hover {
      const info = service.getQuickInfoAtPosition(file, at(needle));
      return {
        signature: ts.displayPartsToString(info?.displayParts),
        documentation: ts.displayPartsToString(info?.documentation),
        see: (info?.tags ?? []).filter((t) => t.name === "see").map((t) => ts.displayPartsToString(t.text)),
      };
    },
    /** Signature help at the first occurrence of `needle`: the parameters and the active one. */
    signatureHelp(needle: string) {
      const help = service.getSignatureHelpItems(file, at(needle), undefined);
      return {
        parameters: help?.items[0]?.parameters.map((p) => ts.displayPartsToString(p.displayParts)) ?? [],
        argumentIndex: help?.argumentIndex,
      };
    },
    /** Errors of the probe file (none expected). */
    errors: () =>
      [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].map((d) =>
        ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      ),
  };
}
