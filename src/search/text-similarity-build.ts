import type { Db } from '../store/database';
import { listPaperTextsAfterId } from '../store/paper.store';
import { TermCounter } from './term-vectors';
import { TextSimilarity } from './text-similarity';

/** Papers read per step: 25–45 ms of work at a time (measured at 10k and 100k papers). */
const PAPERS_PER_STEP = 2_000;

/**
 * The text-similarity model of a database, built a page of papers at a time: all at once when
 * `related` first asks for it, or in the background (`continueInBackground`) so that it is ready
 * before anyone asks, without holding the event loop for more than a step.
 */
export class TextSimilarityBuild {
  /** Dropped once the model is built: its working arrays are as big as the model. */
  private counter: TermCounter | undefined = new TermCounter();
  private lastId = -Infinity;
  private model: TextSimilarity | undefined;

  constructor(
    private readonly db: Db,
    private readonly papersPerStep = PAPERS_PER_STEP,
  ) {}

  get done(): boolean {
    return this.model !== undefined;
  }

  /** Reads the next page of papers (the last step weighs the terms); true once the model is built. */
  step(): boolean {
    const counter = this.counter;
    if (!counter) return true;
    const papers = listPaperTextsAfterId(this.db, this.lastId, this.papersPerStep);
    for (const paper of papers) counter.add(paper);
    if (papers.length > 0) this.lastId = papers[papers.length - 1]!.id;
    if (papers.length < this.papersPerStep) {
      this.model = TextSimilarity.fromCounts(counter.finish());
      this.counter = undefined;
    }
    return this.model !== undefined;
  }

  /** The model, finishing its build now when the background has not yet. */
  result(): TextSimilarity {
    while (!this.step());
    return this.model!;
  }

  /**
   * Goes on step by step between other work. Its timers never keep the process alive, and it
   * stops when the database closes or a step fails (the next `result()` then builds, or reports).
   */
  continueInBackground(): void {
    const next = () => {
      if (this.model || !this.db.open) return;
      try {
        if (!this.step()) setTimeout(next, 0).unref();
      } catch {
        return;
      }
    };
    setTimeout(next, 0).unref();
  }
}
