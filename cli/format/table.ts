/**
 * Plain-text tables that line up in a terminal in Chinese and English: East Asian wide characters
 * take two columns.
 */

/** Columns a string takes in a monospace terminal (CJK and full-width forms count 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Renders rows under a header; the first column is left-aligned, the others right-aligned. */
export function renderTable(header: string[], rows: string[][], options: { title?: string; alignLeft?: number[]; subheader?: string[] } = {}): string {
  const left = new Set([0, ...(options.alignLeft ?? [])]);
  const sub = options.subheader;
  const widths = header.map((h, c) => Math.max(displayWidth(h), displayWidth(sub?.[c] ?? ''), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell ?? '', widths[c], left.has(c) ? 'left' : 'right')).join('  ').trimEnd();
  const out = [];
  if (options.title) out.push(options.title);
  out.push(line(header));
  if (sub) out.push(line(sub));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) out.push(line(row));
  return out.join('\n');
}
