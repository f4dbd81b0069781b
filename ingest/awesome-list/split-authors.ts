/** `A. Author, B. Author and C. Author` or `A; B` → names; `et al.` and `others` dropped. */
export function splitAuthors(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((name) =>
      name
        .replace(/\bet al\.?$/i, '')
        .replace(/[.*_]+$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((name) => name !== '' && !/^(?:others|etc\.?)$/i.test(name));
}
