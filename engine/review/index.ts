/** The mid-term review: actual statistics from CSV, plan against actual, re-anchoring and targets from there. */
export * from './actuals-types';
export * from './review-types';
export { readCsvRecords, type CsvField, type CsvRecord, type CsvSyntaxProblem } from './csv-records';
export { actualsCatalogue, catalogueFor, INVESTMENT_SERIES, type ActualsCatalogue, type SeriesMapping } from './actual-series';
export { parseActuals, readActuals } from './parse-actuals';
export { anchorLevels, type AnchorLevels } from './anchor-levels';
export { reanchor, reanchorAt, type Reanchored } from './reanchor';
export { withPriceReference, withIntensityReference } from './base-reference';
export { indicatorLevel, indicatorValueOfLevel, indicatorKey, targetPathValue } from './target-levels';
export { reviewActuals, type ReviewOptions } from './review';
export { parseSavedActuals, readSavedActuals } from './saved-actuals';
