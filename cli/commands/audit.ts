/**
 * `audit [--plan file]`: is the plan coherent? Checks the plan's own targets against each other through
 * the model's identities; each finding gives the numbers, the identity used and what would have to be
 * true for the targets to hold together.
 */
import { auditPlan } from '../../engine/index';
import { str, type Command } from '../command';
import { loadPlan, pickFormat } from '../context';

export const auditCommand: Command = {
  name: 'audit',
  summary: { zh: '规划一致性检查:规划自身的目标按模型恒等式是否相互一致', en: "Plan audit: whether the plan's own targets are consistent with each other through the model's identities" },
  usage: 'audit [--plan plan.json] [--format table|json]',
  options: {},
  run({ values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const plan = loadPlan(str(values, 'plan'));
    const r = auditPlan(plan);
    if (format === 'json') {
      print(JSON.stringify(r, null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const lines = [zh ? `规划一致性检查:${plan.name.zh}` : `Plan audit: ${plan.name.en}`, ''];
    r.findings.forEach((f, i) => {
      lines.push(`${i + 1}. [${f.consistent ? (zh ? '一致' : 'consistent') : (zh ? '不一致' : 'inconsistent')}] ${f.id}`);
      lines.push(`   ${f.message[lang]}`);
      if (f.requirement) lines.push(`   ${f.requirement[lang]}`);
      lines.push(`   ${zh ? '恒等式' : 'Identity'}: ${f.identityText[lang]} (${f.identity})`);
      lines.push('');
    });
    for (const s of r.skipped) lines.push(`${zh ? '未检查' : 'Not checked'}: ${s.id} (${s.reason[lang]})`);
    print(lines.join('\n').trimEnd());
    return 0;
  },
};
