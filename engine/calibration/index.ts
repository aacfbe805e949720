/** Calibration from history: trend, volatility and persistence of growth with standard errors, offered as a scenario. */
export { MIN_OBSERVATIONS, PERSISTENCE_CLAMP, SCENARIO_DECIMALS } from './calibration-defaults';
export { estimateGrowth, lagOneAutocorrelation, varianceBiasFactor, type Estimate, type GrowthEstimates } from './growth-statistics';
export { historyCatalogue, LEVEL_SERIES, RATE_SERIES, isRateSeries } from './history-series';
export { calibrateHistory, sectorGrowthSeries, type CalibrationResult, type SectorCorrelation, type SeriesCalibration } from './calibrate';
export { calibratedScenario, type CalibratedScenarioOptions } from './calibrated-scenario';
export { historyNote } from './history-note';
