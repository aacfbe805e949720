/**
 * Text of an input file from its bytes: UTF-8 with or without a byte-order mark, or UTF-16 (little
 * or big endian) with one. Bytes that are not valid UTF-8 (a file saved as GBK or Latin-1) are an
 * error that names the encoding problem, never silent replacement characters. Shared by the CLI and
 * the app, so both read the same files the same way.
 */
import { PlanpathError, issue } from '../errors';

/**
 * The WHATWG TextDecoder, present in every browser and in Node; typed here because the engine is checked
 * without DOM or Node types (engine/tsconfig.json).
 */
interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder;
const Decoder = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

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
    return { text: new Decoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), encoding };
  } catch {
    const at = encoding === 'utf-8' ? firstBadUtf8(bytes, start) : -1;
    const where = at >= 0 ? { en: ` at byte ${at}`, zh: `(第 ${at} 字节)` } : { en: '', zh: '' };
    throw new PlanpathError('invalid-request', [
      issue(field, name, { en: `not valid ${encoding.toUpperCase()} text${where.en} (saved as GBK or Latin-1?)`, zh: `不是有效的 ${encoding.toUpperCase()} 文本${where.zh}(是否以 GBK 或 Latin-1 保存?)` }, { en: 'a text file saved as UTF-8 (or UTF-16 with a byte-order mark)', zh: '以 UTF-8(或带字节顺序标记的 UTF-16)保存的文本文件' }),
    ]);
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF), or -1. */
function firstBadUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const [n, lo, hi] = b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf] : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf] : b === 0xf0 ? [3, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : [0, 0, 0];
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}
