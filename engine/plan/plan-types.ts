/**
 * The shape of a development plan as data: its base-year economy and every quantified indicator.
 *
 * A plan file (`data/plans/<id>/plan.json`) is plain JSON of type {@link PlanData}. Nothing here is
 * specific to Wuhan: any plan with the same shape runs through the engine unchanged.
 *
 * Units: money in 亿元 (1 亿元 = 100 million CNY; 4000 亿元 = 400 billion CNY), population in 万人
 * (1 万人 = 10,000 people), shares and rates in the plan's own unit as written (usually %).
 */

/** A text in both languages the product supports. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * How a target compares with its value.
 * - `>=`, `<=`, `>`, `<`, `=`: numeric, against `value`;
 * - `range`: numeric, `min <= x <= max`;
 * - `qualitative`: no number in the plan (e.g. 完成市定目标); `text` says what the plan says.
 */
export type Comparator = '>=' | '<=' | '>' | '<' | '=' | 'range' | 'qualitative';

/** 预期性 (expected, indicative) or 约束性 (binding), as Table 2-1 labels each row. */
export type IndicatorNature = 'expected' | 'binding';

/** Where the plan states an indicator, and its own words. */
export interface PlanSource {
  /** Chapter as the plan numbers it, e.g. "第二章" / table id "表2-1". */
  chapter: string;
  /** Section (节) and, where useful, item, e.g. "第三节 发展目标 (二)". */
  section?: string;
  /** A verbatim substring of the plan text that contains the indicator's numbers. */
  quote: string;
}

/** A base (starting) observation. `value` is in the indicator's `unit`. */
export interface BaseValue {
  year: number;
  value: number;
}

/** A target in the indicator's `unit`. */
export interface TargetValue {
  year: number;
  comparator: Comparator;
  /** For numeric comparators other than `range`. */
  value?: number;
  /** For `range`. */
  min?: number;
  max?: number;
  /** For `qualitative` (and optionally to add nuance to a numeric one, e.g. "向…迈进", "力争"). */
  text?: LocalizedText;
}

/**
 * Links an indicator to a series the engine computes, so the scorecard can judge it from the
 * projection rather than from a trajectory assumption. `scale` converts the series into the
 * indicator's unit: indicatorValue = seriesValue x scale (e.g. a share fraction to % uses 100).
 */
export interface ModelLink {
  /** Series path in a projection, e.g. "gdpNominal", "shares.tertiary", "population". */
  series: string;
  scale: number;
}

/** An assumption that the plan does not give, with where it comes from. */
export interface Assumption {
  value: number;
  unit: string;
  label: LocalizedText;
  /** Where the number comes from and why it is used (both languages). */
  source: LocalizedText;
}

/** One quantified indicator of the plan. */
export interface PlanIndicator {
  /** Stable id, camelCase ASCII, unique in the plan (e.g. "servicesShareOfGdp"). */
  id: string;
  label: LocalizedText;
  /** Unit as the plan writes it: 亿元, %, 万人, 人/千人, 家, 个, 件, 年, 岁, 万平方米, ... */
  unit: string;
  /** English rendering of the unit, e.g. "CNY 100 million", "10,000 people". */
  unitEn: string;
  /** Grouping for display, e.g. "economy", "innovation", "livelihood", "green", "security", "industry", "investment". */
  category: string;
  /** Row number 1..20 when the indicator is a row of Table 2-1. */
  tableRow?: number;
  nature?: IndicatorNature;
  base?: BaseValue;
  target?: TargetValue;
  /** Cumulative change over the plan period as Table 2-1 gives it in brackets, e.g. [1.89]. */
  cumulativeChange?: number;
  /** Average annual growth (%) that the plan states for the period, e.g. R&D spending 10. */
  annualGrowthPct?: number;
  /** Set when the engine computes this indicator directly. */
  model?: ModelLink;
  /**
   * A numeric stand-in used by the scorecard when the plan's own target is qualitative
   * (e.g. 完成市定目标). Always labelled as an assumption: `assumption` names an entry of
   * {@link PlanData.assumptions} that says where the number comes from.
   */
  proxyTarget?: TargetValue & {
    assumption: string;
    /** The stand-in's unit when it differs from the plan's (e.g. 百分点 for a gap between two growth rates). */
    unit?: string;
    /** English rendering of `unit`. */
    unitEn?: string;
  };
  /** Numbers (in the plan's own writing, as numbers) that `source.quote` must contain. */
  numbers: number[];
  source: PlanSource;
  /** Free notes (both languages), e.g. how a figure was derived. */
  note?: LocalizedText;
}

/** The base-year economy the projection starts from. Money in 亿元 at current prices. */
export interface BaseEconomy {
  year: number;
  gdpYi: number;
  valueAddedYi: { primary: number; secondary: number; tertiary: number };
  populationWan: number;
  /** Real GDP growth in the base year itself, fraction (e.g. -0.01 in 2020); 0 when the plan gives none. */
  realGrowth?: number;
  /** Each figure with the plan's words or the external source it comes from. */
  sources: Record<string, LocalizedText & { quote?: string }>;
  /**
   * Set on a re-anchored base (a mid-term review, engine/review): the levels of the base year measured
   * against the plan's original base year, so that real GDP stays at the original prices and cumulative
   * targets (e.g. -13.5% energy intensity 2021-2025) stay measured from the original base. Absent: every
   * index is 1 in the base year.
   */
  reference?: BaseReference;
}

/** A re-anchored base year's levels relative to the original base year (= 1). */
export interface BaseReference {
  /** The original base year the indices refer to (e.g. 2020). */
  year: number;
  /** Price index of each sector in this base year (original base year = 1). */
  priceIndex: { primary: number; secondary: number; tertiary: number };
  /** Real GDP of the original base year, 亿元 at its prices (the denominator of gdpRealIndex). */
  gdpRealYi: number;
  /** Energy and CO2 per unit of real GDP in this base year (original base year = 1). */
  energyIntensityIndex: number;
  co2IntensityIndex: number;
  /** Capital stock in this base year, 亿元 at original base-year prices (investment growth mode). */
  capitalStockYi?: number;
  /** Employed people per resident in this base year (investment growth mode, cobb-douglas). */
  employmentRate?: number;
  /** Labour that produced this base year's output, 万人 (investment mode with jobs: the previous year's jobs). */
  labourInputWan?: number;
  /** Jobs by sector in this base year, 万人 (population in jobs mode). */
  employmentWan?: { primary: number; secondary: number; tertiary: number };
  /** Workers per resident of the original base year, kept by a review (population in jobs mode). */
  workersPerResident?: number;
  /** Investment the growth path implied in this base year and since the original base, 亿元 at original base-year prices (a review). */
  impliedInvestmentYi?: number;
  impliedInvestmentCumulativeYi?: number;
  /** Per-capita disposable income in this base year, original base year = 1 (a review). */
  disposableIncomeIndex?: number;
  /** Secondary value added over industrial output in this base year (a review; else from the plan's industry data). */
  industryValueAddedRatio?: number;
  /** Chain-linked real growth of this base year (a review; else the plan's base real growth). */
  realGrowthChained?: number;
  /** Resident population of the year before this base year, 万人 (a review: GDP per capita over the average population). */
  previousPopulationWan?: number;
}

/**
 * One domain of the plan's investment programme (e.g. its major-project reserve): the indicator whose
 * target holds the amount, and how the output it creates splits among the sectors.
 */
export interface InvestmentDomain {
  /** Indicator whose target value is the domain's amount over the programme's years, 亿元. */
  indicatorId: string;
  /** Shares of the domain's added output by sector (fractions summing to 1). */
  sectorWeights: { primary: number; secondary: number; tertiary: number };
  /** Why this split (an assumption; the plan gives none). */
  reason: LocalizedText;
}

/** The plan's investment programme by domain, used by the investment growth mode. */
export interface InvestmentProgramme {
  /** First and last year the amounts cover (inclusive); spread evenly over them. */
  from: number;
  to: number;
  domains: InvestmentDomain[];
  /** Where the amounts come from and how they are read. */
  source: LocalizedText;
}

/** History the plan states (for calibration and the historical-trend scenario). */
export interface PlanHistory {
  /** Average real GDP growth over the previous plan period, fraction (0.056). */
  gdpGrowthAvg: { from: number; to: number; value: number; quote: string };
  tertiaryGrowthAvg: { from: number; to: number; value: number; quote: string };
  /** Sector structure (primary:secondary:tertiary, %) in an earlier year. */
  structure: { year: number; primaryPct: number; secondaryPct: number; tertiaryPct: number; quote: string }[];
}

/**
 * A public service whose required total follows from population: total(t) = ratio(t) x people(t) / perPopulation.
 * The ratio moves from the indicator's base to its target (straight line) and is then held.
 */
export interface PublicServiceNeed {
  id: string;
  label: LocalizedText;
  /** Indicator whose ratio drives the need (its unit is "per `perPopulation` people"). */
  indicatorId: string;
  /** People per unit of ratio: 1000 for 人/千人, 10000 for 人/万人, 1 for 平方米/人. */
  perPopulation: number;
  /** Unit of the total, in Chinese and English, after dividing by `totalDivisor`. */
  unit: string;
  unitEn: string;
  /** e.g. 10000 to express square metres in 万平方米. Default 1. */
  totalDivisor?: number;
  /**
   * When the indicator has no base value: the id of a labelled assumption (in {@link PlanData.assumptions})
   * giving the base-year ratio, so the ratio moves from it to the target instead of starting at the target.
   */
  baseAssumption?: string;
}

/** A whole plan. */
export interface PlanData {
  schemaVersion: 1;
  id: string;
  name: LocalizedText;
  /** Plan period, e.g. 2021-2025, and the vision year (2035). */
  period: { from: number; to: number; visionYear?: number };
  /** The source document (file name or citation). */
  document: string;
  base: BaseEconomy;
  history?: PlanHistory;
  indicators: PlanIndicator[];
  /**
   * Assumptions the plan does not state but the model needs, each labelled with its source:
   * e.g. national energy-intensity proxy, public-service ratios.
   */
  assumptions: Record<string, Assumption>;
  /** Needs that scale with population (doctors, childcare places, ...). */
  publicServices?: PublicServiceNeed[];
  /** Investment by domain over the plan period (the default investment of the investment growth mode). */
  investmentProgramme?: InvestmentProgramme;
  /** Industrial output and the plan's industry clusters as shares of it (engine/model/industry-output.ts). */
  industry?: IndustryData;
}

/**
 * One industry cluster of the plan, projected as a share of industrial output: `share` of industrial
 * output (top level), `share` of the cluster named by `within` (nested, e.g. new-energy vehicles within
 * automotive), or the sum of the clusters in `sumOf` (e.g. automotive manufacturing plus its services).
 */
export interface IndustryCluster {
  id: string;
  /** The plan indicator holding the cluster's target (scored from the model series clusterOutput.<id>). */
  indicatorId: string;
  label: LocalizedText;
  share?: number;
  within?: string;
  sumOf?: string[];
  /** What the figure measures (industrial output, services revenue, or both). */
  measure: LocalizedText;
  /** Why this share (an assumption; the plan gives no cluster output for the base year). */
  reason: LocalizedText;
  /** The plan's own words for the target, with chapter. */
  source: PlanSource;
}

/** Industrial output and clusters. */
export interface IndustryData {
  /** Indicator whose base value is gross industrial output in the base year (the value-added ratio's denominator). */
  outputIndicatorId: string;
  /** How the ratio of secondary value added to industrial output is read from the plan. */
  ratioSource: LocalizedText;
  clusters: IndustryCluster[];
}
