// Entry of the runtime matrix's checks for Node, Bun and Deno: `<runtime> main.mjs <origin> <run>`.
// Prints the results as one JSON line; the matrix decides what passed. When every check passed,
// the process must then exit on its own (the matrix waits for it): a timer or a socket the SDK
// left behind would keep it alive. After a failure, a hung request may, so it exits at once.
import { runChecks } from "./checks.mjs";

const deno = globalThis.Deno;
const [origin, run] = deno ? deno.args : process.argv.slice(2);
const results = await runChecks(origin, run);
console.log(JSON.stringify(results));
if (results.some((r) => !r.ok)) (deno ?? process).exit(0);
