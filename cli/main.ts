/**
 * planpath: the command-line interface. `npm run -s planpath -- <command> ...`.
 * Bad input exits 2 and prints the first 50 problems, one a line (field, value, what is allowed), and a
 * count of the rest, never a stack trace; control characters from input are printed escaped. Anything
 * unexpected exits 1 with a one-line message.
 */
import { parseArgs } from 'node:util';
import { formatIssue, isPlanpathError } from '../engine/index';
import { COMMON_OPTIONS } from './command';
import { commands } from './commands/index';
import { normalizeArgs, pickLang } from './context';
import { escapeControls } from './format/terminal';
import { isRunnerError } from '../runtime/runner-error';

function help(lang: 'zh' | 'en'): string {
  const head = lang === 'zh' ? 'planpath:发展规划目标情景模拟与预测\n\n用法: npm run -s planpath -- <命令> [选项]\n\n命令:' : 'planpath: scenario simulation and forecasting for development-plan targets\n\nUsage: npm run -s planpath -- <command> [options]\n\nCommands:';
  const lines = commands.map((c) => `  ${c.usage}\n      ${c.summary[lang]}`);
  const tail = lang === 'zh' ? '\n通用选项: --lang zh|en(默认取自系统语言)  --format table|json|csv  --plan <规划文件>' : '\nCommon options: --lang zh|en (default from the locale)  --format table|json|csv  --plan <plan file>';
  return [head, ...lines, tail].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let lang: 'zh' | 'en' = 'en';
  const print = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  try {
    const langAt = argv.indexOf('--lang');
    lang = pickLang(langAt >= 0 ? argv[langAt + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7));
    const [name, ...rest] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      print(help(lang));
      return name === undefined ? 2 : 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      process.stderr.write(`${lang === 'zh' ? '未知命令' : 'unknown command'}: ${escapeControls(name)}\n\n${help(lang)}\n`);
      return 2;
    }
    let parsed;
    try {
      const options = { ...COMMON_OPTIONS, ...command.options };
      parsed = parseArgs({ args: normalizeArgs(rest, options), options, allowPositionals: true, strict: true });
    } catch (error) {
      process.stderr.write(`${escapeControls((error as Error).message.split('\n')[0])}\n${lang === 'zh' ? '用法' : 'usage'}: ${command.usage}\n`);
      return 2;
    }
    if (parsed.values.help) {
      print(`${command.usage}\n  ${command.summary[lang]}`);
      return 0;
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values as never, lang, print });
  } catch (error) {
    if (isPlanpathError(error)) {
      for (const item of error.issues) process.stderr.write(`${escapeControls(formatIssue(item, lang))}\n`);
      return 2;
    }
    if (isRunnerError(error)) {
      process.stderr.write(`${escapeControls(error.detail[lang])}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${lang === 'zh' ? '内部错误' : 'internal error'}: ${escapeControls(message.split('\n')[0])}\n`);
    return 1;
  }
}

// A closed pipe (`planpath ... | head`) ends the program quietly, never with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
