import { useState } from 'preact/hooks';
import { gql } from '../graphql';
import { useQuery } from '../use-query';

/** Every export format, plus formatted references in each citation style. */
export const CITE_FORMATS = [
  { id: 'BIBTEX', label: 'BibTeX', ext: 'bib' },
  { id: 'BIBLATEX', label: 'BibLaTeX', ext: 'bib' },
  { id: 'CSL_JSON', label: 'CSL-JSON', ext: 'json' },
  { id: 'RIS', label: 'RIS', ext: 'ris' },
  { id: 'CSV', label: 'CSV', ext: 'csv' },
  { id: 'JSON', label: 'JSON', ext: 'json' },
  { id: 'MARKDOWN', label: 'Markdown', ext: 'md' },
  { id: 'APA', label: 'APA', ext: 'txt', style: 'APA' },
  { id: 'IEEE', label: 'IEEE', ext: 'txt', style: 'IEEE' },
  { id: 'CHICAGO', label: 'Chicago', ext: 'txt', style: 'CHICAGO_AUTHOR_DATE' },
] as const;

export type CiteFormat = (typeof CITE_FORMATS)[number];

const EXPORT = `query Export($format: ExportFormat!, $style: CitationStyle, $selection: ExportSelectionInput) {
  export(format: $format, style: $style, selection: $selection) { text filename contentType paperCount } }`;

export interface ExportFile {
  text: string;
  filename: string;
  contentType: string;
  paperCount: number;
}

export function exportPapers(
  format: CiteFormat,
  selection: Record<string, unknown>,
): Promise<ExportFile> {
  const style = 'style' in format ? format.style : null;
  return gql<{ export: ExportFile }>(EXPORT, {
    format: style ? 'CITATIONS' : format.id,
    style,
    selection,
  }).then((d) => d.export);
}

/** The paper's citation in a chosen format, with a copy button. */
export function CiteBox({ paperId }: { paperId: string }) {
  const [formatId, setFormatId] = useState<string>('BIBTEX');
  const format = CITE_FORMATS.find((f) => f.id === formatId) ?? CITE_FORMATS[0];
  const [file] = useQuery(() => exportPapers(format, { ids: [paperId] }), `${paperId}:${formatId}`);
  const [copied, setCopied] = useState('');
  const text = file.state === 'done' ? file.data.text : '';
  async function copy() {
    setCopied((await copyText(text)) ? `Copied ${format.label}.` : 'Copy failed: select the text.');
  }
  return (
    <section class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite</h2>
      <div class="cite-formats" role="radiogroup" aria-label="Citation format">
        {CITE_FORMATS.map((f) => (
          <label key={f.id} class={f.id === formatId ? 'chosen' : ''}>
            <input
              type="radio"
              name="cite-format"
              value={f.id}
              checked={f.id === formatId}
              onChange={() => {
                setFormatId(f.id);
                setCopied('');
              }}
            />
            {f.label}
          </label>
        ))}
      </div>
      {file.state === 'error' && <p role="alert">{file.message}</p>}
      <pre
        class="cite-text"
        data-testid="cite-text"
        data-format={formatId}
        aria-busy={file.state === 'loading'}
      >
        {text}
      </pre>
      <button type="button" onClick={copy} disabled={!text}>
        Copy {format.label}
      </button>{' '}
      <span role="status">{copied}</span>
    </section>
  );
}

/** Clipboard API where allowed; else the old select-and-copy route. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
