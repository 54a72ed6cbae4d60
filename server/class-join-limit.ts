// Join attempts per class: a fixed one-minute window per class label, counted whether or not such a class
// exists, so the limit itself never tells a guesser that a label is in use.

/** Counts join attempts per label and says when a label has had too many this minute. */
export class JoinLimit {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt on `label`; false when the label is over its limit for the current minute. */
  attempt(label: string): boolean {
    const window = Math.floor(this.now() / 60_000);
    // A new minute forgets the old counts, so the map never holds more than one minute of labels.
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const n = (this.counts.get(label) ?? 0) + 1;
    this.counts.set(label, n);
    return n <= this.perMinute;
  }
}
