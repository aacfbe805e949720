/**
 * Words of the linked-model charts (jobs, land, implied investment, industry clusters) in both
 * languages. Kept beside the charts so the shared dictionaries stay small; `{name}` placeholders.
 */
import type { Lang } from '../../engine/index';

const TEXT = {
  'jobsPop.title': { zh: '常住人口与就业可支撑的人口', en: 'Residents and the population the jobs support' },
  'jobsPop.population': { zh: '常住人口', en: 'Residents' },
  'jobsPop.supported': { zh: '就业可支撑的人口', en: 'Population the jobs support' },
  'jobsPop.axis': { zh: '万人', en: '10,000 people' },
  'jobsPop.summary': {
    zh: '{year}年常住人口{pop}万人,就业可支撑{supported}万人({mode})。',
    en: 'In {year}, {pop} (10,000) residents against {supported} (10,000) the jobs support ({mode}).',
  },
  'mode.jobs': { zh: '人口随就业变化', en: 'population follows jobs' },
  'mode.exogenous': { zh: '人口外生给定,就业随人口', en: 'population set exogenously; jobs follow residents' },
  'jobs.title': { zh: '分产业就业', en: 'Jobs by sector' },
  'jobs.axis': { zh: '万人', en: '10,000 people' },
  'jobs.primary': { zh: '第一产业', en: 'Primary' },
  'jobs.secondary': { zh: '第二产业', en: 'Secondary' },
  'jobs.tertiary': { zh: '第三产业', en: 'Services' },
  'jobs.summary': { zh: '{year}年就业{total}万人,其中第二产业{secondary}万人;全员劳动生产率{productivity}万元/人(基年价)。', en: 'In {year}, {total} (10,000) jobs, {secondary} (10,000) of them in industry; labour productivity {productivity} (CNY 10,000) per worker at base-year prices.' },
  'land.title': { zh: '建设用地与上限', en: 'Construction land and its limit' },
  'land.total': { zh: '建设用地', en: 'Construction land' },
  'land.industrial': { zh: '其中工业用地', en: 'of which industrial' },
  'land.limit': { zh: '建设用地上限', en: 'Limit' },
  'land.axis': { zh: '平方公里', en: 'km²' },
  'land.summary': { zh: '{year}年建设用地{land}平方公里,其中工业用地{industrial}平方公里{limit}。', en: 'In {year}, {land} km² of construction land, {industrial} km² of it industrial{limit}.' },
  'land.limitOk': { zh: ',在上限{limit}平方公里以内', en: ', within the {limit} km² limit' },
  'land.limitOver': { zh: ',超过上限{limit}平方公里', en: ', above the {limit} km² limit' },
  'land.noLimit': { zh: '(未设上限)', en: ' (no limit set)' },
  'inv.title': { zh: '增长所需投资与重大项目储备', en: 'Investment the growth implies and the project reserve' },
  'inv.perYear': { zh: '每年所需投资', en: 'Implied investment a year' },
  'inv.cumulative': { zh: '累计所需投资', en: 'Implied investment, cumulative' },
  'inv.reserve': { zh: '重大项目储备(2021-2025年合计)', en: 'Major-project reserve, 2021-2025 total' },
  'inv.axis': { zh: '亿元(基年价)', en: 'CNY 100 million, base-year prices' },
  'inv.summary': { zh: '{from}-{to}年增长所需投资合计{cumulative}亿元,为重大项目储备{reserve}亿元的{ratio}。', en: 'Growth over {from}-{to} implies {cumulative} (CNY 100 million) of investment, {ratio} of the {reserve} major-project reserve.' },
  'ind.title': { zh: '产业集群产值与目标', en: 'Industry clusters against their targets' },
  'ind.projected': { zh: '预测产值', en: 'Projected' },
  'ind.target': { zh: '规划目标', en: 'Plan target' },
  'ind.axis': { zh: '亿元(现价)', en: 'CNY 100 million, current prices' },
  'ind.summary': { zh: '{year}年工业产值{output}亿元;{met}/{count}个集群目标达成。', en: 'In {year}, industrial output of {output} (CNY 100 million); {met} of {count} cluster targets met.' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type LinkedTextKey = keyof typeof TEXT;

/** The text for `key` in `lang` with `{name}` placeholders filled. */
export function linkedText(lang: Lang, key: LinkedTextKey, values: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
