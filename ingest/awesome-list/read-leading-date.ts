/** A date or counter in front of a title, and the rest. */
export interface LeadingDate {
  dateText?: string | undefined;
  rest: string;
}

const LEADING_DATE = /^\s*(\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,2}\/\d{1,2}\/\d{4})\s*[:：]?\s+/;
const LEADING_COUNTER = /^\s*\d{1,3}\s*[、.)）]\s*/;

/** `2025-9-22: Title`, `2025-10 Title`, `1、Title`: the date (if any) and the title after it. */
export function readLeadingDate(text: string): LeadingDate {
  const counter = LEADING_COUNTER.exec(text);
  const afterCounter = counter ? text.slice(counter[0].length) : text;
  const date = LEADING_DATE.exec(afterCounter);
  if (!date) return { rest: afterCounter.trim() };
  return { dateText: date[1], rest: afterCounter.slice(date[0].length).trim() };
}
