/** `decodeURIComponent` that gives a malformed escape (`%zz`, a lone `%`) back as it is. */
export function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
