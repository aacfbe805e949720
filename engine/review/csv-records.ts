/**
 * A small RFC 4180 CSV reader that keeps positions: every field with its 1-based line and column, so
 * that a bad value can be reported where the user typed it. Handles a UTF-8 byte-order mark, CRLF, LF
 * and CR line ends, quoted fields with commas, doubled quotes and line breaks, and blank lines (skipped).
 * Never throws: a quote left open is reported as a problem with its position.
 */

/** One field and where it starts in the text (1-based line and column, counted in characters). */
export interface CsvField {
  text: string;
  line: number;
  column: number;
}

/** One record (row): its first line and its fields. */
export interface CsvRecord {
  line: number;
  fields: CsvField[];
}

/** A syntax problem, e.g. an unterminated quoted field or text after a closing quote. */
export interface CsvSyntaxProblem {
  line: number;
  column: number;
  problem: 'unterminated-quote' | 'text-after-quote';
}

/**
 * Reads every record of a CSV text. Cost O(length).
 * @example readCsvRecords('year,series\r\n2021,"gdp, nominal"').records[1].fields[1] // => { text: 'gdp, nominal', line: 2, column: 6 }
 */
export function readCsvRecords(text: string): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let fields: CsvField[] = [];
  let recordLine = 1;
  const endRecord = () => {
    const blank = fields.length === 1 && fields[0].text === '';
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i <= src.length) {
    if (fields.length === 0) recordLine = line;
    const start = { line, column };
    let value = '';
    if (src[i] === '"') {
      i++; column++;
      let closed = false;
      while (i < src.length) {
        const ch = src[i];
        if (ch === '"') {
          if (src[i + 1] === '"') { value += '"'; i += 2; column += 2; continue; }
          i++; column++; closed = true; break;
        }
        if (ch === '\r' || ch === '\n') {
          value += ch === '\r' && src[i + 1] === '\n' ? '\r\n' : ch;
          i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
          line++; column = 1;
          continue;
        }
        value += ch; i++; column++;
      }
      if (!closed) problems.push({ ...start, problem: 'unterminated-quote' });
      // Anything between the closing quote and the next separator is a syntax problem; keep it.
      if (closed && i < src.length && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
        problems.push({ line, column, problem: 'text-after-quote' });
        while (i < src.length && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') { value += src[i]; i++; column++; }
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') { value += src[i]; i++; column++; }
    }
    fields.push({ text: value, ...start });
    if (i >= src.length) { endRecord(); break; }
    const ch = src[i];
    if (ch === ',') { i++; column++; continue; }
    i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    line++; column = 1;
    endRecord();
  }
  return { records, problems };
}
