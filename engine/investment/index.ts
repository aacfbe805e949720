/** Investment-led growth: capital accumulation, Cobb-Douglas or ICOR output, the plan's programme. */
export * from './investment-types';
export { INVESTMENT_LIMITS } from './investment-limits';
export { accumulateCapital, steadyStateCapital } from './capital';
export { investmentPathWithJobs } from './investment-jobs';
export { cobbDouglasOutput, icorOutput } from './production';
export { splitBySector } from './sector-split';
export { programmeSummary, type ProgrammeSummary } from './programme';
export { expandInvestment, investmentAmounts, baseRealValueAdded } from './expand-investment';
export { investmentPath } from './investment-path';
export { investmentIssues, METHOD_FIELDS, SHARE_SUM_TOLERANCE } from './check-investment';
export { scenarioInvestmentPath, sectoralEquivalent } from './sectoral-equivalent';
export { INVESTMENT_LEVERS, isInvestmentLever, leverIsFraction, investmentLeverBounds, leverMismatch, assertLeverApplies, investmentLeverPath, applyInvestmentLever, type InvestmentLeverId } from './investment-levers';
