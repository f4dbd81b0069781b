export interface Evidence {
  field: string;
  matchedText: string;
  start: number;
  end: number;
  rule: string;
}

const CONTEXT = 80;

/**
 * The text around a link's evidence with the match highlighted. When the database lacks the
 * source text (a bundled corpus carries no abstracts), the matched words alone are shown.
 */
export function EvidenceText({
  evidence,
  texts,
}: {
  evidence: Evidence;
  texts: Record<string, string | null>;
}) {
  const source = texts[evidence.field];
  const fits = source && source.slice(evidence.start, evidence.end) === evidence.matchedText;
  if (!fits) {
    return (
      <span class="evidence">
        {evidence.field}: “<mark>{evidence.matchedText}</mark>”
      </span>
    );
  }
  const from = Math.max(0, evidence.start - CONTEXT);
  const to = Math.min(source.length, evidence.end + CONTEXT);
  return (
    <span class="evidence">
      {evidence.field}: “{from > 0 && '…'}
      {source.slice(from, evidence.start)}
      <mark>{source.slice(evidence.start, evidence.end)}</mark>
      {source.slice(evidence.end, to)}
      {to < source.length && '…'}”
    </span>
  );
}
