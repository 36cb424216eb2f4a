// Search as you type: runs the query a short pause after the last keystroke and keeps only
// the answer to the newest one, so a slow answer to an older query never replaces it.

const PAUSE_MS = 120;

export class SearchAsYouType<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticket = 0;

  /** `onResult(null)` means "no query: show the plain list". */
  constructor(
    private readonly run: (query: string) => Promise<T>,
    private readonly onResult: (result: T | null) => void,
    private readonly onError: (e: unknown) => void,
  ) {}

  set(query: string): void {
    this.cancel();
    if (!query.trim()) {
      this.onResult(null);
      return;
    }
    const ticket = this.ticket;
    this.timer = setTimeout(async () => {
      try {
        const result = await this.run(query);
        if (ticket === this.ticket) this.onResult(result);
      } catch (e) {
        if (ticket === this.ticket) this.onError(e);
      }
    }, PAUSE_MS);
  }

  /** Drops the waiting query and any answer still on its way. */
  cancel(): void {
    this.ticket++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
