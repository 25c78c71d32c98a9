/**
 * When the popup may redraw its switches from a settings read.
 *
 * The reader's clicks write the settings one after another (settings-storage.ts queues
 * them), and every write that lands brings a refresh. A refresh that read the settings
 * while a write was still on its way may hold the settings from before that write; drawn,
 * it would show the reader a stale switch, and their next click would flip the stale
 * state, one toggle short of what they clicked. So a read may redraw only if no write
 * was on its way when it began and no click came while it ran. A refresh turned away
 * that way is run again once the writes have landed, so the popup still ends showing
 * what is stored.
 */
export class RedrawGuard {
  private clicks = 0;
  private writing = 0;
  private isOwed = false;

  /** `again` runs a fresh refresh (one that was turned away is owed one). */
  constructor(private readonly again: () => void) {}

  /** A click's write begins; call the function returned once it has landed or failed. */
  write(): () => void {
    this.clicks++;
    this.writing++;
    let isDone = false;
    return () => {
      if (isDone) return;
      isDone = true;
      this.writing--;
      if (this.writing === 0 && this.isOwed) {
        this.isOwed = false;
        this.again();
      }
    };
  }

  /** Taken just before a read of the settings; pass it to `mayDraw` when the read returns. */
  beginRead(): number {
    return this.writing > 0 ? -1 : this.clicks;
  }

  /** Whether the read that began with `token` may be drawn; if not, a fresh refresh is owed. */
  mayDraw(token: number): boolean {
    if (token === this.clicks && this.writing === 0) return true;
    if (this.writing === 0) this.again();
    else this.isOwed = true;
    return false;
  }
}
