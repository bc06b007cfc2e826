/**
 * Lists: `await` a PagePromise for the first page, or iterate it for every item across pages.
 * Pages are fetched lazily and items stream: nothing accumulates unless `toArray()` asks for it.
 */

/** One page of a list, as a {@link PagePromise} resolves. */
export interface Page<T> {
  /** Items of this page (the API's `null` entries are dropped). */
  data: T[];
  /** Whether another page follows (the API says so, and its cursor has not been seen before). */
  hasMore: boolean;
  /** Cursor of the next page, if any. */
  next: string | undefined;
  /** Total matching items, when the API reports it. */
  totalResults: number | undefined;
  /** The next page, or undefined when this was the last one. */
  nextPage(): Promise<Page<T> | undefined>;
}

/** Fetches one page; `cursor` is undefined for the first. */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

/**
 * What a list method returns. `await` it for the first {@link Page}; iterate it with
 * `for await` for every item of every page (fetched lazily, one page at a time); `.pages()` for
 * page after page; `.toArray({ max })` to collect a bounded number. Nothing is requested until
 * one of those is used.
 *
 * ```ts
 * const page = await gigstack.clients.list({ limit: 50 });     // one request
 * for await (const client of gigstack.clients.list()) { … }    // as many as needed
 * ```
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  #first: Promise<Page<T>> | undefined;
  readonly #fetch: PageFetcher<T>;

  /** Built by the client's list methods; `fetchPage` loads one page by cursor. */
  constructor(fetchPage: PageFetcher<T>) {
    this.#fetch = fetchPage;
  }

  #firstPage(): Promise<Page<T>> {
    this.#first ??= this.#fetch(undefined);
    return this.#first;
  }

  /** Makes the PagePromise awaitable: resolves to the first page. */
  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is deliberately awaitable.
  then<A = Page<T>, B = never>(
    onfulfilled?: ((value: Page<T>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  /** Handles a failure of the first page's request. */
  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.#firstPage().catch(onrejected);
  }

  /** As `Promise.prototype.finally`, on the first page. */
  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every page in turn, starting with the first. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> | undefined = await this.#firstPage();
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  /** Every item of every page, in order; pages are requested as the loop reaches them. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.data;
  }

  /** Collects items into an array; `max` bounds it (and the number of requests). */
  async toArray(options: { max?: number } = {}): Promise<T[]> {
    const max = options.max ?? Number.POSITIVE_INFINITY;
    const out: T[] = [];
    if (max <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= max) break;
    }
    return out;
  }
}

/** One page as parsed from the API's envelope, before cursor bookkeeping. */
export interface RawPage<T> {
  items: readonly (T | null | undefined)[];
  hasMore: boolean;
  next: string | undefined;
  totalResults: number | undefined;
}

/**
 * Builds pages from a raw fetch. It keeps requesting while `has_more` holds, even after an
 * empty page (the API produces those), and stops at a cursor it has already seen: a server
 * that repeats a cursor would otherwise make iteration loop forever.
 */
export function cursorPages<T>(fetchRaw: (cursor: string | undefined) => Promise<RawPage<T>>): PageFetcher<T> {
  const seen = new Set<string>();
  const fetchPage: PageFetcher<T> = async (cursor) => {
    if (cursor !== undefined) seen.add(cursor);
    const raw = await fetchRaw(cursor);
    const next = raw.hasMore && raw.next && !seen.has(raw.next) ? raw.next : undefined;
    return {
      data: raw.items.filter((item): item is T => item !== null && item !== undefined),
      hasMore: next !== undefined,
      next,
      totalResults: raw.totalResults,
      nextPage: () => (next === undefined ? Promise.resolve(undefined) : fetchPage(next)),
    };
  };
  return fetchPage;
}
