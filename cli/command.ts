/**
 * The shape of a CLI command. Each command lives in its own file under cli/commands and is listed in
 * cli/commands/index.ts.
 */
import type { LocalizedText, Lang } from '../engine/index';

export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  lang: Lang;
  /** Writes to standard output. */
  print: (text: string) => void;
}

export interface Command {
  name: string;
  summary: LocalizedText;
  /** e.g. "run <scenario> [--format table|json|csv]". */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code (0 ok). Throws PlanpathError for bad input (exit 2). */
  run(args: CommandArgs): Promise<number> | number;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  lang: { type: 'string' },
  format: { type: 'string' },
  plan: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** A string option's value (undefined when absent). */
export function str(values: CommandArgs['values'], name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable string option's values. */
export function strs(values: CommandArgs['values'], name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}
