/** `validate <file>`: checks a scenario file; exit 0 when valid, 2 with every problem otherwise. */
import { str, type Command } from '../command';
import { loadScenario } from '../context';

export const validateCommand: Command = {
  name: 'validate',
  summary: { zh: '校验情景文件(有效时退出码为 0)', en: 'Check a scenario file (exit 0 when valid)' },
  usage: 'validate <file>',
  options: {},
  run({ positionals, values, lang, print }) {
    const { scenario } = loadScenario(positionals[0], str(values, 'plan'), 'file');
    const chain = scenario.lineage.length ? ` (${lang === 'zh' ? '继承' : 'extends'} ${scenario.lineage.join(' ← ')})` : '';
    print(`${lang === 'zh' ? '有效' : 'valid'}: ${scenario.id}${chain}, ${scenario.baseYear}-${scenario.endYear}`);
    return 0;
  },
};
