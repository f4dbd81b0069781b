import type { z } from 'zod';
import type { Finding } from '../types';

export type JsonValueOutcome<T> =
  { ok: true; value: T; line: number } | { ok: false; finding: Finding };

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

/**
 * The JSON values of a text that is either one JSON document (an object, or an array of them) or
 * JSON Lines, each with the line it starts on; undefined when it is neither.
 */
export function readJsonDocuments(text: string): { value: unknown; line: number }[] | undefined {
  const trimmed = text.replace(/^\uFEFF/, '');
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value)
      ? value.map((item) => ({ value: item as unknown, line: 1 }))
      : [{ value, line: 1 }];
  } catch {
    const values: { value: unknown; line: number }[] = [];
    const lines = trimmed.split(/\r?\n/);
    for (const [index, content] of lines.entries()) {
      if (content.trim() === '') continue;
      try {
        values.push({ value: JSON.parse(content) as unknown, line: index + 1 });
      } catch {
        return undefined;
      }
    }
    return values;
  }
}
