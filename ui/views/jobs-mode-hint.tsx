/**
 * The population levers' note when population follows jobs: the growth lever then shows 0 and moving it
 * switches the scenario to a fixed growth rate (exogenous mode); productivity growth and the adjustment
 * speed have levers of their own in the advanced set (linked-levers.tsx).
 */
import { useLang } from '../i18n/use-t';

const TEXT = {
  zh: '本情景常住人口随就业变化(就业模式):各产业就业=实际增加值/劳动生产率,人口逐年向就业可支撑的人口靠拢。下方增速滑块显示0;拖动它会改为按固定增速给定人口。各产业劳动生产率增长和调整速度在“高级”杠杆中(就业与人口)。',
  en: 'Population follows jobs in this scenario (jobs mode): jobs = real value added / labour productivity by sector, and residents move toward the population the jobs support. The growth slider below shows 0; moving it switches to a fixed growth rate. Productivity growth by sector and the adjustment speed are among the advanced levers (Jobs and residents).',
} as const;

export function JobsModeHint() {
  const lang = useLang();
  return (
    <p className="hint" data-testid="jobs-mode-hint">
      {TEXT[lang]}
    </p>
  );
}
