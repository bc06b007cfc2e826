// Runs Prism as a child and kills it when the parent goes away. The parent holds our stdin:
// when it exits (normally, or killed with SIGKILL), the pipe closes and we stop Prism.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const pkg = require.resolve("@stoplight/prism-cli/package.json");
const bin = join(dirname(pkg), require(pkg).bin.prism);
// `node` on the bin, not npx: killing npx would orphan the server.
const prism = spawn(process.execPath, [bin, ...process.argv.slice(2)], { stdio: ["ignore", "inherit", "inherit"] });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  prism.kill("SIGTERM");
  // Prism normally exits at once; do not let a stuck one outlive us.
  setTimeout(() => prism.kill("SIGKILL"), 3_000).unref();
}
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, stop);
// Belt and braces: if stdin somehow stays open, poll the parent.
const parent = process.ppid;
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    stop();
  }
}, 500).unref();
prism.on("exit", (code) => process.exit(code ?? 0));
