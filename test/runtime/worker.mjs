// Entry of the runtime matrix's checks as a Cloudflare Worker (bundled with esbuild, served by
// workerd). GET /run?origin=…&run=… runs every check; /run?…&only=timeout runs the named ones,
// which the matrix calls again in later requests to the same isolate: a timeout must still fire
// after earlier requests have finished (issue #12: timers a finished request left are dropped).
import { runChecks } from "./checks.mjs";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname !== "/run") return new Response("ready");
    const only = url.searchParams.get("only");
    const results = await runChecks(
      url.searchParams.get("origin"),
      url.searchParams.get("run"),
      only ? only.split(",") : undefined,
    );
    return Response.json(results);
  },
};
