/**
 * A stand-in for the storage behind invoice file URLs. The spec's examples point at
 * `https://storage.googleapis.com/…`, which a test cannot (and must not) reach; this small local
 * server answers those paths with a real, openable PDF or an XML, so `invoices.download()` has
 * bytes to return. Node-only.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** The storage origins of the spec's example file URLs; the mock rewrites them to its file server. */
export const STORAGE_ORIGINS = ["https://storage.googleapis.com", "https://storage.gigstack.io"] as const;

/** A one-page PDF, built with a correct cross-reference table so that any viewer opens it. */
export function samplePdf(title: string): Uint8Array {
  const text = title.replace(/[()\\]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A placeholder CFDI 4.0 document: well-formed XML, not a stamped CFDI (no seal, no UUID of the SAT). */
export function sampleXml(name: string): Uint8Array {
  const escaped = name.replace(/[<>&"']/g, "");
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Serie="MOCK" Folio="${escaped}"/>\n`,
  );
}

/** What the file server saw: enough to check that no API key reached it. */
export interface FileRequest {
  method: string;
  /** Path and query, e.g. `/storage.googleapis.com/gigstack-invoices/…/5f0c….pdf`. */
  url: string;
  headers: IncomingHttpHeaders;
  status: number;
}

/** A running file server (see {@link startFileServer}). */
export interface FileServer {
  /** `http://127.0.0.1:<port>`: another origin than the API's, as a storage host is. */
  url: string;
  /** Stops it and drops its open connections. */
  close: () => Promise<void>;
}

/**
 * Serves a generated PDF for any `*.pdf` path and an XML for any `*.xml` path (404 otherwise).
 * Neither the server nor its connections keep the event loop alive.
 */
export async function startFileServer(onRequest?: (request: FileRequest) => void): Promise<FileServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const name = decodeURIComponent(path.split("/").pop() ?? "");
    const file = name.endsWith(".pdf")
      ? { type: "application/pdf", body: samplePdf(`CFDI ${name.slice(0, -4)} - gigstack-ts mock`) }
      : name.endsWith(".xml")
        ? { type: "application/xml", body: sampleXml(name.slice(0, -4)) }
        : undefined;
    const status = file ? 200 : 404;
    onRequest?.({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, status });
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type, "content-length": file.body.byteLength }).end(file.body);
  });
  server.on("connection", (socket) => socket.unref());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
