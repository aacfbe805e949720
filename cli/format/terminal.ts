/**
 * Text for the terminal: control characters from a file (escape sequences that could recolour,
 * retitle or clear the terminal) are shown escaped, as `\x1b`, `\u009b`; tabs and line breaks stay.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
