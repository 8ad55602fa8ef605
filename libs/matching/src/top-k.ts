/** Keeps the k best (highest score) items seen, without sorting everything. */
export class TopK<T> {
  private readonly items: { score: number; tie: string; value: T }[] = [];
  constructor(private readonly k: number) {}

  push(score: number, tie: string, value: T): void {
    if (this.k <= 0) return;
    if (this.items.length === this.k) {
      const worst = this.items[this.items.length - 1];
      if (score < worst.score || (score === worst.score && tie >= worst.tie)) return;
      this.items.pop();
    }
    let i = this.items.length;
    while (
      i > 0 &&
      (this.items[i - 1].score < score || (this.items[i - 1].score === score && this.items[i - 1].tie > tie))
    )
      i--;
    this.items.splice(i, 0, { score, tie, value });
  }

  values(): { score: number; value: T }[] {
    return this.items.map(({ score, value }) => ({ score, value }));
  }
}
