/**
 * Share links: the scenario (with its schema version and Monte Carlo seed) compressed with the
 * browser's built-in deflate (CompressionStream, no library) and base64url-encoded in the URL hash,
 * which never reaches a server: `…/#share=<payload>`.
 */
import { INPUT_LIMITS, type ScenarioFile } from '../../engine/index';

export interface SharePayload {
  schemaVersion: 1;
  /** Seed of the Monte Carlo, so the recipient sees the same uncertainty results. */
  seed: number;
  scenario: ScenarioFile;
}

const PREFIX = '#share=';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The payload compressed and encoded for a URL. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Thrown when a link inflates to more than {@link INPUT_LIMITS.shareInflatedBytes}. */
export class ShareTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the link holds more than ${limitBytes / 1024 / 1024} MB of data`);
    this.name = 'ShareTooLargeError';
  }
}

/** Inflates at most `limit` bytes, reading chunk by chunk and stopping as soon as the limit is passed. */
async function inflateCapped(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ShareTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The JSON value of an encoded payload.
 * @throws ShareTooLargeError beyond INPUT_LIMITS.shareInflatedBytes; Error when the text is not a valid payload encoding
 */
export async function decodeShare(encoded: string, limitBytes: number = INPUT_LIMITS.shareInflatedBytes): Promise<unknown> {
  const bytes = await inflateCapped(fromBase64Url(encoded), limitBytes);
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The full link for a page URL (any existing hash replaced). */
export function shareUrl(pageUrl: string, encoded: string): string {
  return `${pageUrl.split('#')[0]}${PREFIX}${encoded}`;
}

/** The encoded payload of a location hash, or null. */
export function shareFromHash(hash: string): string | null {
  return hash.startsWith(PREFIX) && hash.length > PREFIX.length ? hash.slice(PREFIX.length) : null;
}

/** Checks the payload's envelope; the scenario itself is validated by the engine. */
export function unwrapShare(value: unknown): { ok: true; payload: SharePayload } | { ok: false; problem: { path: string; value: unknown } } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { path: '', value } };
  const v = value as Record<string, unknown>;
  if (v.schemaVersion !== 1) return { ok: false, problem: { path: 'schemaVersion', value: v.schemaVersion } };
  if (typeof v.seed !== 'number' || !Number.isInteger(v.seed) || v.seed < 0 || v.seed > 0xffffffff) return { ok: false, problem: { path: 'seed', value: v.seed } };
  return { ok: true, payload: { schemaVersion: 1, seed: v.seed, scenario: v.scenario as ScenarioFile } };
}
