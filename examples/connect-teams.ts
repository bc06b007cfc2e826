/**
 * Act for other teams of the same billing account (gigstack Connect): `withTeam(id)` gives a
 * client scoped to one team, and the per-call `team` option overrides the scope for one call.
 * Without either, calls act for the API key's own team.
 *
 * Run: GIGSTACK_API_KEY=<key> npx tsx examples/connect-teams.ts
 */
import { pathToFileURL } from "node:url";
import { Gigstack } from "../src/index.js"; // in your code: from "gigstack-ts"

export async function main(gigstack: Gigstack) {
  const teams = await gigstack.teams.list().toArray({ max: 50 });
  const summary: { team: string; invoices: number }[] = [];

  for (const team of teams) {
    const forTeam = gigstack.withTeam(team.id); // same key and settings, `?team=` on every call
    const page = await forTeam.invoices.income.list({ limit: 5 });
    console.log(`${team.id} ${team.name ?? team.legal_name ?? ""}: latest ${page.data.length} invoice(s)`);
    summary.push({ team: team.id, invoices: page.data.length });
  }

  // One call for another team, without a scoped client:
  const first = teams[0];
  if (first) {
    const settings = await gigstack.teams.settings(first.id, { team: first.id });
    console.log(`Default product key of ${first.id}: ${settings.product_key ?? "none"}`);
  }
  return summary;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
