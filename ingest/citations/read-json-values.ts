import type { z } from 'zod';
import type { Finding } from '../types';

export type JsonValueOutcome<T> =
  | { ok: true; value: T; line: number }
  | { ok: false; finding: Finding };

/** Splits JSON Lines into decoded values with their line numbers; bad lines become findings. */
export function readJsonLines<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  what: string,
): JsonValueOutcome<T>[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .flatMap((content, index) =>
      content.trim() === '' ? [] : [decodeJson(content, `${file}:${index + 1}`, schema, what)],
    );
}

/** Decodes one JSON text with a schema; a finding names the place and the first issues. */
export function decodeJson<T>(
  content: string,
  where: string,
  schema: z.ZodType<T>,
  what: string,
): JsonValueOutcome<T> {
  const line = Number(/:(\d+)$/.exec(where)?.[1] ?? 1);
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const reason = `not JSON: ${(error as Error).message}`;
    return { ok: false, finding: { where, code: 'invalid-json', reason } };
  }
  return decodeValue(value, where, line, schema, what);
}

export function decodeValue<T>(
  value: unknown,
  where: string,
  line: number,
  schema: z.ZodType<T>,
  what: string,
): JsonValueOutcome<T> {
  const decoded = schema.safeParse(value);
  if (decoded.success) return { ok: true, value: decoded.data, line };
  const issues = decoded.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
  const reason = `not ${what}: ${issues.join('; ')}`;
  return { ok: false, finding: { where, code: 'schema-mismatch', reason } };
}
