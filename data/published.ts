/**
 * Published statistics shipped with each plan (see data/plans/<plan>/published/README.md): the source's
 * CSV text and our mapping onto engine series. Read through engine/review's parsePublishedStatistics.
 */
import type { PublishedMapping } from '../engine/review/published-types';
import PUBLISHED_STATISTICS_CSV from './plans/wuhan-etdz-14th/published/published-statistics.csv?raw';
import wuhanMapping from './plans/wuhan-etdz-14th/published/published-mapping.json' with { type: 'json' };

/** A plan's published statistics: the CSV text as collected and the mapping. */
export interface PublishedSource {
  csv: string;
  mapping: PublishedMapping;
  /** Where the figures come from, for notes and the app. */
  description: { zh: string; en: string };
}

/** Published statistics by plan id (plans without any are absent). */
export const publishedSources: Record<string, PublishedSource> = {
  'wuhan-etdz-14th': {
    csv: PUBLISHED_STATISTICS_CSV,
    mapping: wuhanMapping as unknown as PublishedMapping,
    description: {
      zh: '武汉经开区官网(中、英、德、法、日文版)公布的统计数据及一份第三方文件,每行附来源网址与原文',
      en: "figures published on the zone's official websites (Chinese, English, German, French, Japanese) and one third-party document, each with its address and the sentence quoted",
    },
  },
};
