/** The time a write is stamped with. */
export function now(): string {
  return new Date().toISOString();
}
