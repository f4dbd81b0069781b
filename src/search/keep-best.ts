/**
 * The first `n` of `items` in the order `compare` sorts them, without sorting them all: a bounded
 * heap keeps the best n seen (its root the worst of them), O(items · log n). Same result as
 * `[...items].sort(compare).slice(0, n)` when `compare` is a total order.
 */
export function keepBest<T>(items: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= n) return [...items].sort(compare);
  const heap: T[] = [];
  // Worse-first heap: heap[0] is the item that leaves first when a better one comes.
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  for (const item of items) {
    if (heap.length < n) {
      heap.push(item);
      siftUp(heap, heap.length - 1, worse);
    } else if (n > 0 && compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort(compare);
}

function siftUp<T>(heap: T[], at: number, worse: (i: number, j: number) => boolean): void {
  for (let i = at; i > 0;) {
    const parent = (i - 1) >> 1;
    if (!worse(i, parent)) return;
    swap(heap, i, parent);
    i = parent;
  }
}

function siftDown<T>(heap: T[], at: number, worse: (i: number, j: number) => boolean): void {
  for (let i = at; ;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && worse(left, worst)) worst = left;
    if (right < heap.length && worse(right, worst)) worst = right;
    if (worst === i) return;
    swap(heap, i, worst);
    i = worst;
  }
}

function swap<T>(heap: T[], i: number, j: number): void {
  [heap[i], heap[j]] = [heap[j]!, heap[i]!];
}
