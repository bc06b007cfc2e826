// Entry of the runtime matrix's checks for Node, Bun and Deno: `<runtime> main.mjs <origin> <run>`.
// Prints the results as one JSON line; the matrix decides what passed.
import { runChecks } from "./checks.mjs";

const [origin, run] = (globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2)) ?? [];
console.log(JSON.stringify(await runChecks(origin, run)));
