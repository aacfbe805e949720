/**
 * `validate <file>`: checks a scenario file with every check `run`, `review` and the app apply (schema,
 * `extends`, saved observations, the projection); exit 0 when valid, 2 with the first 50 problems and a
 * count of the rest otherwise.
 */
import { catalogueFor, parseSavedActuals, PlanpathError, projectionIssues } from '../../engine/index';
import { str, type Command } from '../command';
import { loadScenario } from '../context';

export const validateCommand: Command = {
  name: 'validate',
  summary: { zh: '校验情景文件(有效时退出码为 0)', en: 'Check a scenario file (exit 0 when valid)' },
  usage: 'validate <file>',
  options: {},
  run({ positionals, values, lang, print }) {
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'), 'file');
    // The same checks as `run`, `review` and the app: saved observations, then the projection itself.
    const actuals = scenario.actuals?.length ? parseSavedActuals(scenario.actuals, catalogueFor(plan, scenario)).issues : [];
    if (actuals.length > 0) throw new PlanpathError('invalid-actuals', actuals);
    const projection = projectionIssues(plan, scenario);
    if (projection.length > 0) throw new PlanpathError('invalid-scenario', projection);
    const chain = scenario.lineage.length ? ` (${lang === 'zh' ? '继承' : 'extends'} ${scenario.lineage.join(' ← ')})` : '';
    print(`${lang === 'zh' ? '有效' : 'valid'}: ${scenario.id}${chain}, ${scenario.baseYear}-${scenario.endYear}`);
    return 0;
  },
};
