/** The citation styles and outputs of formatted references (format-citations.ts makes them). */
export type CitationStyle = 'apa' | 'ieee' | 'chicago-author-date';
export type CitationFormat = 'text' | 'html';

export const citationStyles: readonly CitationStyle[] = ['apa', 'ieee', 'chicago-author-date'];
