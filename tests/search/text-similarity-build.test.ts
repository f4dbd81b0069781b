import { describe, expect, it, vi } from 'vitest';
import { TextSimilarity } from '../../src/search/text-similarity';
import { TextSimilarityBuild } from '../../src/search/text-similarity-build';
import type { PaperText } from '../../src/store/paper.store';
import { generateList } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

/** A graph of 12 generated papers, counting the statements that read papers' words. */
function graphOfTwelvePapers() {
  const reads = { count: 0 };
  const { db } = createTestGraph({
    onStatement: (sql) => {
      if (sql.startsWith('SELECT id, title, abstract FROM papers')) reads.count++;
    },
  });
  ingestMarkdown(db, generateList(12), 'generated.md', 'generated');
  const papers = db
    .prepare('SELECT id, title, abstract FROM papers ORDER BY id')
    .all() as PaperText[];
  reads.count = 0;
  return { db, papers, reads };
}

const similarOf = (model: TextSimilarity, papers: PaperText[]) =>
  papers.map((paper) => model.similarTo(paper.id, 100, 1e-9));

describe('TextSimilarityBuild', () => {
  it('builds, a page at a time, the model of every paper at once', () => {
    const { db, papers } = graphOfTwelvePapers();
    const build = new TextSimilarityBuild(db, 5);
    expect([build.step(), build.step(), build.step()]).toEqual([false, false, true]);
    const expected = similarOf(TextSimilarity.fromTexts(papers), papers);
    expect(expected.some((similar) => similar.length > 0)).toBe(true);
    expect(similarOf(build.result(), papers)).toEqual(expected);
  });

  it('finishes in the background, so the first question reads no paper', async () => {
    const { db, papers, reads } = graphOfTwelvePapers();
    const build = new TextSimilarityBuild(db, 5);
    build.continueInBackground();
    expect(build.done).toBe(false);
    await vi.waitFor(() => expect(build.done).toBe(true));
    expect(reads.count).toBe(3);
    expect(similarOf(build.result(), papers)).toEqual(
      similarOf(TextSimilarity.fromTexts(papers), papers),
    );
    expect(reads.count).toBe(3);
  });

  it('finishes at once when asked before the background is done', () => {
    const { db, papers } = graphOfTwelvePapers();
    const build = new TextSimilarityBuild(db, 5);
    build.continueInBackground();
    expect(similarOf(build.result(), papers)).toEqual(
      similarOf(TextSimilarity.fromTexts(papers), papers),
    );
    expect(build.done).toBe(true);
  });

  it('stops quietly when the database closes before it is done', async () => {
    const { db } = graphOfTwelvePapers();
    const build = new TextSimilarityBuild(db, 5);
    build.continueInBackground();
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(build.done).toBe(false);
  });
});
