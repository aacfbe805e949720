/**
 * Thresholds of the mid-term classification (progress-class.ts), gathered in one place.
 *
 * China's mid-term evaluations of five-year plans (the national 14th Five-Year Plan's mid-term report of
 * December 2023 among them) sort the main indicators into 提前实现 (achieved early), 快于预期 (faster than
 * expected), 基本符合预期 (broadly as expected) and 滞后于预期 (behind). They publish no numeric rule, so
 * Planpath states its own (an assumption of the product, not of the plan), in the spirit of the working
 * rule "时间过半、任务过半" (half the time gone, half the task done): the progress made from the start
 * of the path to the observation, as a share of the progress the straight path to the target expects by
 * that date (progress ratio = (observed - start) / (path - start)).
 */

/**
 * A progress ratio at or above this is faster than expected; below {@link BEHIND_BELOW} behind; in
 * between broadly as expected. Assumption: a band of +-10% of the expected progress around the path.
 * Preliminary figures are revised (the zone's December estimate of 2020 GDP, 1,700 亿元, became 1,650
 * in the plan), so a ratio within a few per cent of a threshold is borderline.
 */
export const FASTER_AT_LEAST = 1.1;

/** A progress ratio below this is behind (assumption; see {@link FASTER_AT_LEAST}). */
export const BEHIND_BELOW = 0.9;

/**
 * When the path expects (almost) no movement by the observation date (a target equal to its base, such
 * as "keep pension coverage above 99.4%"), the ratio means nothing: the observation is broadly as
 * expected when it meets the target and behind otherwise. "Almost" is this share of max(1, |start|).
 */
export const NO_PROGRESS_EXPECTED = 1e-9;
