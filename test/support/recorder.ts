// An injected fetch that records what went out and what Prism said about it.
export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  /** The request body as text (empty when there was none). */
  requestBody: string;
  status: number;
  violations: string | null;
  body: string;
}

export function recordingFetch(log: Exchange[]): typeof fetch {
  return async (input, init) => {
    const req = new Request(input, init);
    const requestBody = req.body ? await req.clone().text() : "";
    const res = await fetch(req);
    const copy = res.clone();
    log.push({
      method: req.method,
      url: new URL(req.url),
      headers: req.headers,
      requestBody,
      status: res.status,
      violations: res.headers.get("sl-violations"),
      body: await copy.text(),
    });
    return res;
  };
}
