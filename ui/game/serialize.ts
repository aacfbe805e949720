/**
 * A session as one JSON file and back. Reading checks the whole shape and names the first problem
 * (field, value, what is allowed, in both languages); the starting scenario is validated by the
 * engine. A session that does not pass is never half-loaded.
 */
import { isPlanpathError, type LocalizedText, type ScenarioFile } from '../../engine/index';
import { resolveFile } from '../state/scenarios';
import { gameError, type GameResult } from './game-errors';
import { DEFAULT_GAME_SETTINGS, GAME_PATHS_RANGE, MAX_ROUNDS, MAX_TEAMS, SESSION_SCHEMA_VERSION, type GameSession, type GameSettings, type Round, type Team } from './session-types';
import { sharedLevers } from './teams';

/** The file text of a session (pretty JSON, UTF-8). */
export function sessionToJson(s: GameSession): string {
  return `${JSON.stringify({ kind: 'planpath-workshop-session', ...s }, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is LocalizedText => isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function checkTeam(v: unknown, i: number): GameResult<Team> {
  const f = `teams[${i}]`;
  if (!isRecord(v)) return gameError(f, v, { en: 'an object', zh: '对象' });
  if (typeof v.id !== 'string' || !ID.test(v.id)) return gameError(`${f}.id`, v.id, { en: 'lower-case letters, digits and "-"', zh: '小写字母、数字和“-”' });
  if (!isText(v.name) || !v.name.zh.trim() || !v.name.en.trim()) return gameError(`${f}.name`, v.name, { en: '{ "zh": text, "en": text }, both non-empty', zh: '{ "zh": 文本, "en": 文本 },均不为空' });
  if (typeof v.color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(v.color)) return gameError(`${f}.color`, v.color, { en: 'a colour like #1d4ed8', zh: '颜色,如 #1d4ed8' });
  if (!Array.isArray(v.levers) || !v.levers.every((l) => typeof l === 'string')) return gameError(`${f}.levers`, v.levers, { en: 'a list of lever ids', zh: '杠杆编号列表' });
  const c = v.card;
  if (!isRecord(c) || !isText(c.mandate) || !isText(c.interests) || !isText(c.judgedOn)) return gameError(`${f}.card`, c, { en: 'mandate, interests and judgedOn, each { zh, en }', zh: 'mandate、interests、judgedOn,各为 { zh, en }' });
  return { ok: true, value: v as unknown as Team };
}

function checkRound(v: unknown, i: number, teams: Team[]): GameResult<Round> {
  const f = `rounds[${i}]`;
  if (!isRecord(v) || !isRecord(v.proposals)) return gameError(`${f}.proposals`, v, { en: 'an object of proposals by team id', zh: '按组编号的提案对象' });
  for (const [teamId, values] of Object.entries(v.proposals)) {
    const team = teams.find((t) => t.id === teamId);
    if (!team) return gameError(`${f}.proposals.${teamId}`, teamId, { en: teams.map((t) => t.id).join(', '), zh: teams.map((t) => t.id).join('、') });
    if (!isRecord(values)) return gameError(`${f}.proposals.${teamId}`, values, { en: 'lever values by lever id', zh: '按杠杆编号的数值' });
    for (const [lever, x] of Object.entries(values)) {
      if (!team.levers.includes(lever)) return gameError(`${f}.proposals.${teamId}.${lever}`, lever, { en: `a lever of ${team.id}: ${team.levers.join(', ')}`, zh: `${team.id}的杠杆:${team.levers.join('、')}` });
      if (typeof x !== 'number' || !Number.isFinite(x)) return gameError(`${f}.proposals.${teamId}.${lever}`, x, { en: 'a finite number', zh: '有限数值' });
    }
  }
  return { ok: true, value: { proposals: v.proposals as Round['proposals'] } };
}

/**
 * The board's Monte Carlo settings. Version 1 files (no seed; a bad or missing path count meant 5,000)
 * migrate to the default seed and keep their path count; version 2 files must carry valid settings.
 */
function checkSettings(v: unknown, version: unknown): GameResult<GameSettings> {
  const st = isRecord(v) ? v : {};
  const { min, max } = GAME_PATHS_RANGE;
  const pathsOk = typeof st.paths === 'number' && Number.isInteger(st.paths) && st.paths >= min && st.paths <= max;
  if (version === 1) return { ok: true, value: { uncertainty: st.uncertainty === true, paths: pathsOk ? (st.paths as number) : 5000, seed: DEFAULT_GAME_SETTINGS.seed } };
  if (!isRecord(v)) return gameError('settings', v, { en: 'an object { uncertainty, paths, seed }', zh: '对象 { uncertainty, paths, seed }' });
  if (typeof st.uncertainty !== 'boolean') return gameError('settings.uncertainty', st.uncertainty, { en: 'true or false', zh: 'true 或 false' });
  if (!pathsOk) return gameError('settings.paths', st.paths, { en: `a whole number from ${min} to ${max}`, zh: `${min}至${max}的整数` });
  if (typeof st.seed !== 'number' || !Number.isInteger(st.seed) || st.seed < 0 || st.seed > 0xffffffff) return gameError('settings.seed', st.seed, { en: 'a whole number from 0 to 4294967295', zh: '0至4294967295的整数' });
  return { ok: true, value: { uncertainty: st.uncertainty, paths: st.paths as number, seed: st.seed } };
}

/** A session from parsed JSON (version 1 or 2; version 1 is migrated). */
export function parseSession(v: unknown): GameResult<GameSession> {
  if (!isRecord(v)) return gameError('(file)', v, { en: 'a JSON object', zh: 'JSON 对象' });
  if (v.schemaVersion !== 1 && v.schemaVersion !== SESSION_SCHEMA_VERSION) return gameError('schemaVersion', v.schemaVersion, { en: `1 or ${SESSION_SCHEMA_VERSION}`, zh: `1或${SESSION_SCHEMA_VERSION}` });
  if (typeof v.id !== 'string' || !ID.test(v.id)) return gameError('id', v.id, { en: 'lower-case letters, digits and "-"', zh: '小写字母、数字和“-”' });
  if (!isText(v.name)) return gameError('name', v.name, { en: '{ "zh": text, "en": text }', zh: '{ "zh": 文本, "en": 文本 }' });
  if (typeof v.planId !== 'string') return gameError('planId', v.planId, { en: 'a plan id', zh: '规划编号' });
  try {
    resolveFile(v.start, []);
  } catch (error) {
    const first = isPlanpathError(error) ? error.issues[0] : undefined;
    return gameError(first ? `start.${first.path}` : 'start', first ? first.value : v.start, first ? first.allowed : { en: 'a valid scenario file', zh: '有效的情景文件' });
  }
  if (!Array.isArray(v.teams) || v.teams.length < 1 || v.teams.length > MAX_TEAMS) return gameError('teams', Array.isArray(v.teams) ? v.teams.length : v.teams, { en: `1 to ${MAX_TEAMS} teams`, zh: `1至${MAX_TEAMS}个组` });
  const teams: Team[] = [];
  for (const [i, t] of v.teams.entries()) {
    const r = checkTeam(t, i);
    if (!r.ok) return r;
    if (teams.some((x) => x.id === r.value.id)) return gameError(`teams[${i}].id`, r.value.id, { en: 'an id no other team has', zh: '与其他组不同的编号' });
    teams.push(r.value);
  }
  const shared = sharedLevers(teams);
  if (shared.length) return gameError('teams[].levers', shared[0], { en: 'each lever owned by one team at most', zh: '每个杠杆至多属于一个组' });
  if (!Number.isInteger(v.roundCount) || (v.roundCount as number) < 1 || (v.roundCount as number) > MAX_ROUNDS) return gameError('roundCount', v.roundCount, { en: `a whole number from 1 to ${MAX_ROUNDS}`, zh: `1至${MAX_ROUNDS}的整数` });
  if (!Array.isArray(v.rounds) || v.rounds.length < 1 || v.rounds.length > (v.roundCount as number)) return gameError('rounds', Array.isArray(v.rounds) ? v.rounds.length : v.rounds, { en: `1 to roundCount (${String(v.roundCount)}) rounds`, zh: `1至roundCount(${String(v.roundCount)})轮` });
  const rounds: Round[] = [];
  for (const [i, r] of v.rounds.entries()) {
    const c = checkRound(r, i, teams);
    if (!c.ok) return c;
    rounds.push(c.value);
  }
  const settings = checkSettings(v.settings, v.schemaVersion);
  if (!settings.ok) return settings;
  return { ok: true, value: { schemaVersion: SESSION_SCHEMA_VERSION, id: v.id, name: v.name, planId: v.planId, start: v.start as ScenarioFile, teams, roundCount: v.roundCount as number, rounds, settings: settings.value } };
}

/** A session from a file's text. */
export function readSessionText(text: string): GameResult<GameSession> {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return gameError('(file)', String(error).slice(0, 80), { en: 'JSON text', zh: 'JSON 文本' });
  }
  return parseSession(v);
}
