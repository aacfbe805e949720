/**
 * Construction land (建设用地), km2:
 *
 *   land(t)           = nonIndustrialM2PerResident x pop(t) / 100 + industrialLand(t)
 *   industrialLand(t) = VA_real(secondary, t) / density(t),  density(t) = density(t-1) x (1 + d(t))
 *
 * pop in 万人 (1 万人 x 1 m2 = 0.01 km2, hence / 100); VA in 亿元 at base-year prices; density in 亿元 of
 * secondary value added per km2 of industrial land. The per-resident figure excludes industrial land
 * (the national per-capita standard counts it; its non-industrial part is used so no land is counted
 * twice). Primary-sector land (farmland) is not construction land.
 */

/** Land inputs, with yearly paths over the projected years (index 0 = baseYear+1). */
export interface LandInput {
  /** Residential, public, roads and green land per resident, m2 (industrial land excluded). */
  nonIndustrialM2PerResident: number;
  /** Secondary real value added per km2 of industrial land in the base year, 亿元 / km2. */
  industrialValueAddedYiPerKm2: number;
  /** Yearly change of that density, fraction (0: no densification). */
  industrialDensityChange: number[];
}

/** Construction land by use, km2, one value per year from the base year. */
export interface LandSeries {
  constructionLandKm2: number[];
  industrialLandKm2: number[];
  nonIndustrialLandKm2: number[];
}

/** Square metres per resident times 万人, in km2: 1 万人 x 1 m2 = 10,000 m2 = 0.01 km2. */
export const M2_WAN_TO_KM2 = 0.01;

/**
 * Construction land from population and secondary real value added.
 * @example projectLand([50], [1000], { nonIndustrialM2PerResident: 80, industrialValueAddedYiPerKm2: 20, industrialDensityChange: [] }).constructionLandKm2 // => [90] (40 + 50)
 */
export function projectLand(populationWan: readonly number[], secondaryRealYi: readonly number[], input: LandInput): LandSeries {
  let density = input.industrialValueAddedYiPerKm2;
  const industrialLandKm2 = secondaryRealYi.map((va, t) => {
    if (t > 0) density *= 1 + input.industrialDensityChange[t - 1];
    return va / density;
  });
  const nonIndustrialLandKm2 = populationWan.map((p) => input.nonIndustrialM2PerResident * p * M2_WAN_TO_KM2);
  return { constructionLandKm2: nonIndustrialLandKm2.map((v, t) => v + industrialLandKm2[t]), industrialLandKm2, nonIndustrialLandKm2 };
}
