/**
 * `gigstack.raw` without openapi-fetch in every bundle: a client of the same shape whose calls
 * load the real one (raw-client.ts) on first use. openapi-fetch is 2.6 KB min+gz, an eighth of
 * the core's budget (issue #6), for an escape hatch most apps never touch. Its calls return
 * promises anyway, so waiting for the module costs nothing observable; middleware registered
 * before the first call is applied when it loads.
 */
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../generated/types.js";
import type { ResolvedConfig } from "./config.js";

const METHODS = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

export function lazyRawClient(config: ResolvedConfig): Client<paths> {
  const middleware: Middleware[] = [];
  let loaded: Client<paths> | undefined;
  let loading: Promise<Client<paths>> | undefined;
  const load = () => {
    loading ??= import("./raw-client.js").then(({ createRawClient }) => {
      loaded = createRawClient(config);
      if (middleware.length) loaded.use(...middleware);
      return loaded;
    });
    return loading;
  };
  const raw: Record<string, unknown> = {
    use(...added: Middleware[]) {
      middleware.push(...added);
      loaded?.use(...added);
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        const at = middleware.indexOf(m);
        if (at >= 0) middleware.splice(at, 1);
      }
      loaded?.eject(...removed);
    },
  };
  for (const name of METHODS) {
    raw[name] = (...args: unknown[]) =>
      load().then((client) => (client[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  return raw as unknown as Client<paths>;
}
