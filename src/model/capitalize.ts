/** `no paper matches …` → `No paper matches …`, for edges that write sentences. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
