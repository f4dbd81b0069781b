import { UsageError } from './io';

/**
 * A flag's value as a whole number within bounds, or a usage error (exit 2) that names the flag,
 * the bounds and what was given: `search -n abc`, `-n 0` and `-n -5` are refused, never guessed.
 */
export function readWholeNumber(
  flag: string,
  text: string,
  { min = 1, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number {
  const value = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} must be a whole number ${range}, got "${text}"`);
  }
  return value;
}
