/**
 * Editing a session's teams in setup: rename (both languages), rewrite the briefing card, recolour,
 * add and remove teams, and the checks that run before a session starts. Pure functions from a team
 * list to the next one; lever ownership itself is `assignLever` (teams.ts). Problems name the team and
 * the field in both languages, as the facilitator sees them.
 */
import type { LocalizedText } from '../../engine/index';
import { MAX_TEAMS, type BriefingCard, type GameLeverId, type Team } from './session-types';

/** Colours offered to new teams, in order (the default teams' six, then two more). */
export const TEAM_COLORS = ['#1d4ed8', '#e0a030', '#059669', '#7c3aed', '#84a98c', '#be123c', '#0e7490', '#78350f'] as const;

const blank = (): LocalizedText => ({ zh: '', en: '' });

/** Teams with a new one at the end: a free id and colour, default names, an empty card, no levers. */
export function addTeam(teams: readonly Team[]): Team[] {
  if (teams.length >= MAX_TEAMS) return [...teams];
  let n = teams.length + 1;
  while (teams.some((t) => t.id === `team-${n}`)) n++;
  const color = TEAM_COLORS.find((c) => !teams.some((t) => t.color.toLowerCase() === c)) ?? TEAM_COLORS[teams.length % TEAM_COLORS.length];
  const card: BriefingCard = { mandate: blank(), interests: blank(), judgedOn: blank() };
  return [...teams, { id: `team-${n}`, name: { zh: `新小组${n}`, en: `New team ${n}` }, color, levers: [], card }];
}

/** Teams without `id` (its levers become unowned); the last team is never removed. */
export function removeTeam(teams: readonly Team[], id: string): Team[] {
  return teams.length <= 1 ? [...teams] : teams.filter((t) => t.id !== id);
}

/** A change to one team: its name, colour, or card (each text in one language). */
export type TeamPatch =
  | { kind: 'name'; lang: 'zh' | 'en'; text: string }
  | { kind: 'color'; color: string }
  | { kind: 'card'; field: keyof BriefingCard; lang: 'zh' | 'en'; text: string };

/** Teams with `patch` applied to team `id`. */
export function editTeam(teams: readonly Team[], id: string, patch: TeamPatch): Team[] {
  return teams.map((t) => {
    if (t.id !== id) return t;
    switch (patch.kind) {
      case 'name':
        return { ...t, name: { ...t.name, [patch.lang]: patch.text } };
      case 'color':
        return { ...t, color: patch.color };
      case 'card':
        return { ...t, card: { ...t.card, [patch.field]: { ...t.card[patch.field], [patch.lang]: patch.text } } };
      default:
        return patch satisfies never;
    }
  });
}

/** Levers of `all` that no team owns, in the order of `all`. */
export function unownedLevers(teams: readonly Team[], all: readonly GameLeverId[]): GameLeverId[] {
  const owned = new Set(teams.flatMap((t) => t.levers));
  return all.filter((l) => !owned.has(l));
}

/** A problem with the edited teams: the field (as in the session file) and a sentence in both languages. */
export interface TeamProblem {
  field: string;
  message: LocalizedText;
}

const FIELD_NAME = {
  'name.zh': { zh: '中文名称', en: 'Chinese name' },
  'name.en': { zh: '英文名称', en: 'English name' },
} as const;

/** Problems that stop a session from starting: empty or duplicate names, a colour that is not #rrggbb, no team. */
export function teamProblems(teams: readonly Team[]): TeamProblem[] {
  if (teams.length === 0) return [{ field: 'teams', message: { zh: '至少需要一个小组。', en: 'At least one team is needed.' } }];
  const out: TeamProblem[] = [];
  teams.forEach((t, i) => {
    const who = { zh: `第${i + 1}组`, en: `Team ${i + 1}` };
    for (const lang of ['zh', 'en'] as const) {
      const key = `name.${lang}` as const;
      const text = t.name[lang].trim();
      const field = FIELD_NAME[key];
      if (!text) out.push({ field: `teams[${i}].${key}`, message: { zh: `${who.zh}:${field.zh}为空,请填写。`, en: `${who.en}: the ${field.en} is empty; please enter one.` } });
      else if (teams.some((o, k) => k < i && o.name[lang].trim() === text)) out.push({ field: `teams[${i}].${key}`, message: { zh: `${who.zh}:${field.zh}“${text}”与其他组重复。`, en: `${who.en}: the ${field.en} "${text}" is already used by another team.` } });
    }
    if (!/^#[0-9a-fA-F]{6}$/.test(t.color)) out.push({ field: `teams[${i}].color`, message: { zh: `${who.zh}:颜色“${t.color}”无效(应为 #rrggbb)。`, en: `${who.en}: the colour "${t.color}" is not valid (#rrggbb).` } });
  });
  return out;
}
