// Runs Prism as a child and kills it when the parent goes away. The parent holds our stdin:
// when it exits (normally, or killed with SIGKILL), the pipe closes and we stop Prism.
// Usage: node prism-supervisor.mjs <path of @stoplight/prism-cli's bin> <prism arguments…>
// Plain JavaScript with Node built-ins only: the repo's scripts spawn it from src/testing/, and
// the build copies it next to dist/testing.js for `gigstack-ts/testing` (see tsup.config.ts).
import { spawn } from "node:child_process";

const [bin, ...args] = process.argv.slice(2);
if (!bin) {
  process.stderr.write("usage: prism-supervisor.mjs <prism bin> <args…>\n");
  process.exit(2);
}
// `node` on the bin, not npx: killing npx would orphan the server.
const prism = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "inherit", "inherit"] });

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
