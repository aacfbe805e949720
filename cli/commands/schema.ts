/** `schema`: prints the JSON Schema of scenario files (for editors); `scenarios/scenario.schema.json` is its output. */
import { scenarioJsonSchema } from '../../engine/index';
import type { Command } from '../command';

export const schemaCommand: Command = {
  name: 'schema',
  summary: { zh: '输出情景文件的 JSON Schema(供编辑器使用)', en: 'Print the JSON Schema of scenario files (for editors)' },
  usage: 'schema',
  options: {},
  run({ print }) {
    print(JSON.stringify(scenarioJsonSchema(), null, 2));
    return 0;
  },
};
