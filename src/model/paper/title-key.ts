/**
 * The form titles are compared in: NFKC (so non-breaking hyphens and full-width letters match
 * their plain forms), lower case, and every run of characters that is not a letter or digit
 * folded into one space.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
