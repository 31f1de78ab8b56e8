/**
 * The public pages' cache in front of Next (see server.ts): whole answers (status, headers, body) kept in
 * memory for a few seconds, so that a page read by many visitors costs what a static file costs.
 *
 * Bounded in time (each entry lives min(its s-maxage, maxAgeMs)), in count and in bytes (the least
 * recently used entries go first), so random URLs cannot grow it without limit.
 */
export type CachedAnswer = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Filled on the first request that accepts gzip, then reused: the page is compressed once, not per visit. */
  gzipped?: Buffer;
  expiresAt: number;
};

export type PageCacheLimits = { maxAgeMs: number; maxEntries: number; maxBytes: number };

export const DEFAULT_PAGE_CACHE_LIMITS: PageCacheLimits = { maxAgeMs: 10_000, maxEntries: 500, maxBytes: 32 * 1024 * 1024 };

export class PageCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private clears = 0;

  constructor(private readonly limits: PageCacheLimits = DEFAULT_PAGE_CACHE_LIMITS) {}

  get(key: string, now = Date.now()): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return undefined;
    }
    // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** `sharedMaxAgeMs`: how long the page itself says a shared cache may keep it (its s-maxage). */
  set(key: string, answer: Omit<CachedAnswer, "expiresAt">, sharedMaxAgeMs: number, now = Date.now()): void {
    const lifetime = Math.min(sharedMaxAgeMs, this.limits.maxAgeMs);
    if (lifetime <= 0 || answer.body.length > this.limits.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { ...answer, expiresAt: now + lifetime });
    this.bytes += answer.body.length + (answer.gzipped?.length ?? 0);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** Remembers the compressed body of an entry (counted in its bytes). */
  addGzipped(entry: CachedAnswer, gzipped: Buffer): void {
    if (entry.gzipped) return;
    entry.gzipped = gzipped;
    this.bytes += gzipped.length;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.clears++;
  }

  /**
   * Changes on every clear(). An answer whose render began before an edit (and so before the clear that
   * followed it) may show the records as they were: its writer compares the generation it saw at the start
   * with the one at the end, and does not keep it if they differ.
   */
  get generation(): number {
    return this.clears;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length + (entry.gzipped?.length ?? 0);
  }
}
