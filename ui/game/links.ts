/**
 * Links of the game, all in the URL hash (never sent to a server):
 * - `#proposal=<code>`: one team's proposal (short: base64url JSON, about 150 characters), sent by a
 *   team to the facilitator by chat or mail and pasted into the board;
 * - `#team=<code>`: the team view for phones (what the QR code opens): the session id, the round,
 *   the team, the starting scenario (a built-in by id, else the file) and the values in force;
 * - `#session=<code>`: the whole session, deflate-compressed.
 */
import type { ScenarioFile } from '../../engine/index';
import { gameError, type GameResult } from './game-errors';
import type { LeverValues, Proposal, Team } from './session-types';

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const fromUtf8 = (b: Uint8Array) => new TextDecoder().decode(b);

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** JSON compressed (deflate-raw) and base64url-encoded. */
export async function packJson(value: unknown): Promise<string> {
  return toBase64Url(await pipe(utf8(JSON.stringify(value)), new CompressionStream('deflate-raw')));
}

/** The JSON of a `packJson` code. @throws Error when the code is damaged */
export async function unpackJson(code: string): Promise<unknown> {
  return JSON.parse(fromUtf8(await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'))));
}

/** The hash kind and code of a link or a bare hash ("…#proposal=abc" → ['proposal', 'abc']). */
export function linkCode(text: string): { kind: 'proposal' | 'team' | 'session'; code: string } | null {
  const m = /#(proposal|team|session)=([A-Za-z0-9_-]+)/.exec(text.trim());
  return m ? { kind: m[1] as 'proposal' | 'team' | 'session', code: m[2] } : null;
}

/** `pageUrl` with its hash replaced by `#kind=code`. */
export function gameUrl(pageUrl: string, kind: 'proposal' | 'team' | 'session', code: string): string {
  return `${pageUrl.split('#')[0]}#${kind}=${code}`;
}

/** The code of a proposal link (plain base64url JSON: short enough for chat and QR codes). */
export function encodeProposal(p: Proposal): string {
  return toBase64Url(utf8(JSON.stringify({ v: 1, s: p.sessionId, r: p.round, t: p.teamId, x: p.values })));
}

/** A proposal from a link, a bare hash or a code; the session checks the rest when it takes it in. */
export function decodeProposal(text: string): GameResult<Proposal> {
  const found = linkCode(text);
  const code = found ? (found.kind === 'proposal' ? found.code : null) : /^[A-Za-z0-9_-]+$/.test(text.trim()) ? text.trim() : null;
  const allowed = { en: 'a proposal link (…#proposal=…)', zh: '提案链接(…#proposal=…)' };
  if (!code) return gameError('link', text.slice(0, 60), allowed);
  let v: unknown;
  try {
    v = JSON.parse(fromUtf8(fromBase64Url(code)));
  } catch {
    return gameError('link', text.slice(0, 60), allowed);
  }
  const o = v as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || o.v !== 1 || typeof o.s !== 'string' || typeof o.t !== 'string' || typeof o.r !== 'number' || typeof o.x !== 'object' || o.x === null) return gameError('link', text.slice(0, 60), allowed);
  return { ok: true, value: { sessionId: o.s, round: o.r, teamId: o.t, values: o.x as LeverValues } };
}

/** What a team's device needs to make a proposal. */
export interface TeamInvite {
  sessionId: string;
  round: number;
  team: Team;
  /** A built-in scenario id, or the flattened starting file. */
  start: string | ScenarioFile;
  /** Lever values in force before this round (every team's). */
  values: LeverValues;
}

export async function encodeInvite(i: TeamInvite): Promise<string> {
  return packJson({ v: 1, ...i });
}

export async function decodeInvite(code: string): Promise<GameResult<TeamInvite>> {
  const allowed = { en: 'a team link (…#team=…)', zh: '小组链接(…#team=…)' };
  try {
    const o = (await unpackJson(code)) as Record<string, unknown>;
    if (o?.v !== 1 || typeof o.sessionId !== 'string' || typeof o.round !== 'number' || typeof o.team !== 'object' || !o.start || typeof o.values !== 'object') return gameError('link', code.slice(0, 60), allowed);
    return { ok: true, value: { sessionId: o.sessionId, round: o.round, team: o.team as Team, start: o.start as TeamInvite['start'], values: o.values as LeverValues } };
  } catch {
    return gameError('link', code.slice(0, 60), allowed);
  }
}
