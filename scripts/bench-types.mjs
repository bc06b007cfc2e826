// What the package's declarations cost a consumer's compiler: the packed tarball (dist/ must be
// built) unpacked into a scratch project, and `tsc --extendedDiagnostics` run with
// `skipLibCheck: false` on a file that constructs the client and makes three typed calls (a get,
// a list, a create), beside an empty file (the floor: lib.dom and lib.es2022 alone).
// Used by bench.mjs; `node scripts/bench-types.mjs` prints the figures on their own.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

/** The consumer of the issue: a client, a get, a list and a create, all typed. */
export const CONSUMER = `import { Gigstack } from "gigstack-ts";

const gigstack = new Gigstack({ apiKey: "sk_test" });

export async function main(): Promise<string[]> {
  const receipt = await gigstack.receipts.get("receipt_1");
  const ids: string[] = [receipt.id];
  for await (const client of gigstack.clients.list({ limit: 10 })) ids.push(client.id);
  const invoice = await gigstack.invoices.income.create({
    client: { id: "client_1" },
    items: [{ id: "service_1", quantity: 1 }],
    payment_form: "03",
  });
  if (invoice.id) ids.push(invoice.id);
  return ids;
}
`;

/** A user of the code tables alone (zod's declarations once made it cost ~47,000 more). */
export const CATALOGS = `import { PAYMENT_FORMS, type PaymentForm } from "gigstack-ts/catalogs";

export const form: PaymentForm = PAYMENT_FORMS[0].code;
`;

/** The `tsc --extendedDiagnostics` figures of one file, keyed by their label. */
async function diagnostics(dir, file) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  // The options of test/package.test.ts's bundler consumer; `skipLibCheck: false` as the issue asks.
  const config = {
    compilerOptions: {
      module: "esnext",
      moduleResolution: "bundler",
      target: "es2022",
      lib: ["es2022", "dom"],
      types: ["node"],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    },
    files: [file],
  };
  writeFileSync(join(dir, `tsconfig.${file}.json`), JSON.stringify(config));
  const args = [tsc, "--extendedDiagnostics", "-p", `tsconfig.${file}.json`];
  let stdout;
  try {
    ({ stdout } = await exec(process.execPath, args, { cwd: dir, maxBuffer: 16 * 1024 * 1024 }));
  } catch (err) {
    throw new Error(`tsc failed on ${file}:\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
  const figures = {};
  for (const line of stdout.split("\n")) {
    const m = line.match(/^([A-Za-z ]+):\s+([\d.]+)/);
    if (m) figures[m[1].trim()] = Number(m[2]);
  }
  return figures;
}

/** Packs dist/ (no build), unpacks it beside the runtime dependencies, and measures both files. */
export async function typeCost() {
  const work = mkdtempSync(join(tmpdir(), "gigstack-types-"));
  try {
    const { stdout } = await exec("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
      cwd: root,
    });
    const tarball = join(work, JSON.parse(stdout)[0].filename);
    const modules = join(work, "node_modules");
    const pkg = join(modules, "gigstack-ts");
    mkdirSync(pkg, { recursive: true });
    await exec("tar", ["-xzf", tarball, "-C", pkg, "--strip-components=1"]);
    // The dependencies' declarations are part of what the consumer checks: linked as installed.
    for (const dep of ["openapi-fetch", "openapi-typescript-helpers", "zod", "@types/node", "undici-types"]) {
      mkdirSync(join(modules, dep, ".."), { recursive: true });
      symlinkSync(join(root, "node_modules", dep), join(modules, dep), "dir");
    }
    writeFileSync(join(work, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
    writeFileSync(join(work, "consumer.ts"), CONSUMER);
    writeFileSync(join(work, "empty.ts"), "export {};\n");
    writeFileSync(join(work, "catalogs.ts"), CATALOGS);
    const consumer = await diagnostics(work, "consumer.ts");
    const empty = await diagnostics(work, "empty.ts");
    const catalogs = await diagnostics(work, "catalogs.ts");
    return { consumer, empty, catalogs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const INSTANTIATION_TARGET = 60_000;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { consumer, empty, catalogs } = await typeCost();
  const n = consumer.Instantiations;
  console.log(
    `consumer (client + get + list + create): ${n} instantiations, ${consumer.Files} files, ${consumer["Check time"]} s check; ` +
      `empty file: ${empty.Instantiations}, ${empty.Files} files; gigstack-ts/catalogs alone: ${catalogs.Instantiations}; target ≤ ${INSTANTIATION_TARGET}: ${n <= INSTANTIATION_TARGET ? "met" : "NOT met"}`,
  );
}
