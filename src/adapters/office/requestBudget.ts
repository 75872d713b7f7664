import type { ExcelContext } from './excelApi';

/** What the adapter aims to keep each request under: Excel on the web refuses over 5 MB. */
export const REQUEST_LIMIT_BYTES = 4_000_000;

/**
 * Counts the bytes queued on a request context and syncs only when the next piece would not fit,
 * so a write takes as few round trips as the size limit allows (never one per row).
 * Sizes are JSON lengths, which is how office.js sends them. Told up front how many bytes the
 * whole job will queue, it also knows when a request is the last one.
 */
export class RequestBudget {
  private queued = 0;
  private ahead: number;

  constructor(
    private readonly context: ExcelContext,
    readonly limit: number,
    /** Bytes the whole job will reserve. */
    planned: number,
    /**
     * Queued again at the start of every request, for calls that last "until the next sync";
     * `last` is true for the request that will hold everything still planned.
     */
    private readonly onNewRequest: (last: boolean) => void = () => {},
  ) {
    this.ahead = planned;
    onNewRequest(planned <= limit);
  }

  /** Bytes queued since the last sync. */
  get used(): number {
    return this.queued;
  }

  /** Makes room for `bytes` (syncing what is queued when they would not fit), then counts them. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
    this.ahead -= bytes;
  }

  /** Bytes that fit before the next sync is needed. */
  room(): number {
    return Math.max(0, this.limit - this.queued);
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.queued = 0;
    this.onNewRequest(this.ahead <= this.limit);
  }
}
