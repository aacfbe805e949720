/**
 * Text of an input file from its bytes: UTF-8 with or without a byte-order mark, or UTF-16 (little
 * or big endian) with one. Bytes that are not valid UTF-8 (a file saved as GBK or Latin-1) are an
 * error that names the encoding problem, never silent replacement characters. Shared by the CLI and
 * the app, so both read the same files the same way.
 */
import { PlanpathError, issue } from '../errors';

/** The encoding found by {@link decodeText}. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Decodes `bytes`; `name` (a path or file name) is the value named in an error.
 * @throws PlanpathError('invalid-request') when the bytes are not valid in the detected encoding
 */
export function decodeText(bytes: Uint8Array, name: string, field = 'file'): { text: string; encoding: TextEncodingName } {
  let encoding: TextEncodingName = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), encoding };
  } catch {
    const at = encoding === 'utf-8' ? firstBadUtf8(bytes, start) : -1;
    const where = at >= 0 ? { en: ` at byte ${at}`, zh: `(第 ${at} 字节)` } : { en: '', zh: '' };
    throw new PlanpathError('invalid-request', [
      issue(field, name, { en: `not valid ${encoding.toUpperCase()} text${where.en} (saved as GBK or Latin-1?)`, zh: `不是有效的 ${encoding.toUpperCase()} 文本${where.zh}(是否以 GBK 或 Latin-1 保存?)` }, { en: 'a text file saved as UTF-8 (or UTF-16 with a byte-order mark)', zh: '以 UTF-8(或带字节顺序标记的 UTF-16)保存的文本文件' }),
    ]);
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstBadUtf8(bytes: Uint8Array, from: number): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = from;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (a cut inside a multi-byte character counts as invalid, so step back up to 3 bytes).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    let ok = false;
    for (let k = 0; k < 4 && !ok; k++) {
      try {
        decoder.decode(bytes.subarray(from, mid - k));
        ok = true;
      } catch {
        /* try a shorter prefix */
      }
    }
    if (ok) lo = mid;
    else hi = mid;
  }
  return lo;
}
