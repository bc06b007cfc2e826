// A small fault-injecting HTTP server on 127.0.0.1 for the transport, reliability and security
// tests. Each request is recorded as it arrived on the wire (raw path, headers, body), then the
// handler decides what the client gets: a response, a reset or closed connection, silence, a
// body cut short. The server is bounded: it refuses requests past `maxRequests` and shuts itself
// down after `lifetimeMs`, so that a broken test cannot leave it serving forever.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Recorded {
  /** 0-based arrival order since the server started or was last cleared. */
  seq: number;
  method: string;
  /** The request target exactly as sent (path and query, still percent-encoded). */
  url: string;
  /** `url` without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request had been read. */
  at: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** A string (UTF-8) or bytes are sent as they are; anything else as JSON (content-type application/json unless given). */
  body?: unknown;
}

export type Fault =
  | Reply
  /** TCP RST once the request was read: the client sees ECONNRESET. */
  | "reset"
  /** Plain close (FIN) once the request was read, without a response. */
  | "close"
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  | "hang"
  /** Status line and headers promising `contentLength` bytes, then `body`, then the connection closes. */
  | { status: number; headers?: Record<string, string>; partialBody: string; contentLength: number }
  /** Status line and headers, then silence: the body never comes. */
  | { status: number; headers?: Record<string, string>; stallBody: true };

export type Handler = (req: Recorded) => Fault | Promise<Fault>;

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Every request received, in arrival order. */
  requests: Recorded[];
  /** Requests refused because `maxRequests` was reached (a test that loops would show here). */
  overflow: number;
  handle(handler: Handler): void;
  /** Forgets the recorded requests and restarts `seq` at 0. */
  clear(): void;
  close(): Promise<void>;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  body,
  headers,
});

/** A gigstack error envelope. */
export const apiErrorBody = (error: string, message: string, details?: string | string[]) => ({
  success: false,
  error,
  message,
  ...(details !== undefined && { details }),
});

export async function startFaultServer(
  handler: Handler = () => json(200, { data: {} }),
  { maxRequests = 20_000, lifetimeMs = 120_000 }: { maxRequests?: number; lifetimeMs?: number } = {},
): Promise<FaultServer> {
  let current = handler;
  const sockets = new Set<Socket>();
  let seq = 0;
  const state: FaultServer = {
    url: "",
    port: 0,
    requests: [],
    overflow: 0,
    handle(h) {
      current = h;
    },
    clear() {
      state.requests.length = 0;
      seq = 0;
    },
    close: () => stop(server),
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (seq >= maxRequests) {
        state.overflow++;
        req.socket.destroy();
        return;
      }
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const recorded: Recorded = {
        seq: seq++,
        method: req.method ?? "",
        url,
        path: q === -1 ? url : url.slice(0, q),
        query: new URLSearchParams(q === -1 ? "" : url.slice(q + 1)),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
      };
      state.requests.push(recorded);
      Promise.resolve()
        .then(() => current(recorded))
        .then(
          (fault) => act(fault, req.socket, res),
          (err: unknown) => act(json(599, { message: `fault server handler threw: ${String(err)}` }), req.socket, res),
        );
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // Connections left hanging by "hang" faults must not outlive a test by long.
  server.keepAliveTimeout = 2_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.port = port;
  state.url = `http://127.0.0.1:${port}`;

  const lifetime = setTimeout(() => void stop(server), lifetimeMs);
  lifetime.unref();

  async function stop(s: Server): Promise<void> {
    clearTimeout(lifetime);
    if (!s.listening) return;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections();
    for (const socket of sockets) socket.destroy();
    await closed;
  }
  return state;
}

function act(fault: Fault, socket: Socket, res: ServerResponse): void {
  if (fault === "hang") return;
  if (fault === "reset") {
    socket.resetAndDestroy();
    return;
  }
  if (fault === "close") {
    socket.destroy();
    return;
  }
  if ("partialBody" in fault) {
    res.writeHead(fault.status, { "content-length": String(fault.contentLength), ...fault.headers });
    res.write(fault.partialBody, () => socket.destroy());
    return;
  }
  if ("stallBody" in fault) {
    res.writeHead(fault.status, { "content-type": "application/json", "content-length": "100", ...fault.headers });
    res.write("{");
    return;
  }
  const headers = { ...fault.headers };
  let body = "";
  if (fault.body instanceof Uint8Array) {
    res.writeHead(fault.status, headers);
    res.end(fault.body);
    return;
  }
  if (typeof fault.body === "string") body = fault.body;
  else if (fault.body !== undefined) {
    body = JSON.stringify(fault.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["content-type"] = "application/json";
  }
  res.writeHead(fault.status, headers);
  res.end(body);
}

/** A TCP port on 127.0.0.1 that nothing listens on (taken from the OS, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", () => resolve()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
