/** Everything that changes the app's state. */
import type { AnyLeverId, GrowthMode, IndicatorTrajectory, InvestmentMethod, Lang, LeverId, LocalizedText, ResolvedScenario, SavedActual, ScenarioAssumptions, ScenarioFile, UncertaintySpec } from '../../engine/index';
import type { Notice, TabId } from './app-state';
import type { AssumptionHead } from './scenario-edit';
import type { LinkedLeverId } from './linked-levers';

export type Action =
  | { type: 'setLang'; lang: Lang }
  | { type: 'setTab'; tab: TabId }
  | { type: 'open'; id: string }
  /** Shift a lever's path so its plan-period average is `value` (fraction a year). */
  | { type: 'setLever'; lever: AnyLeverId; value: number }
  /** Switch what drives real growth (investment mode needs an investment block), or the investment method. */
  | { type: 'setGrowthMode'; mode: GrowthMode; method?: InvestmentMethod }
  /** Set one year (index 0 = baseYear + 1) of a lever's path. */
  | { type: 'setLeverYear'; lever: LeverId; index: number; value: number }
  /** Set a linked-model lever (energy by sector, jobs mode): see linked-levers.ts for the field each one writes. */
  | { type: 'setLinkedLever'; lever: LinkedLeverId; value: number }
  /** Replace fields of the open scenario's uncertainty block. */
  | { type: 'setUncertainty'; patch: Partial<UncertaintySpec> }
  | { type: 'setSeed'; seed: number }
  /** Set (or, with null, drop from the open file) the trajectory of an indicator the model does not compute. */
  | { type: 'setIndicator'; id: string; trajectory: IndicatorTrajectory | null }
  /** Copy assumptions of a solved scenario (goal seek) into the open one. */
  | { type: 'applySolved'; scenario: ResolvedScenario; heads: AssumptionHead[] }
  /** Replace the open scenario's observed statistics (mid-term review); rows that add a problem are refused. */
  | { type: 'setActuals'; rows: SavedActual[] }
  /** Write calibrated growth assumptions and uncertainty parameters (engine/calibration) into the open scenario. */
  | { type: 'applyCalibration'; assumptions: ScenarioAssumptions; uncertainty?: Partial<UncertaintySpec> }
  | { type: 'duplicate'; id: string }
  | { type: 'rename'; id: string; name: LocalizedText }
  | { type: 'delete'; id: string }
  /** Add a validated scenario (import or share link) and open it. */
  | { type: 'add'; file: ScenarioFile; notice: Notice }
  | { type: 'setCompare'; ids: string[] }
  | { type: 'setReference'; id: string }
  | { type: 'setMcPaths'; paths: number }
  | { type: 'setPathLever'; lever: LeverId }
  | { type: 'notice'; notice: Notice | null }
  /** Drop every lever override of the open user copy (it follows its parent again). */
  | { type: 'resetLevers' }
  /** Undo/redo: put back an earlier list of user scenarios and the open id. */
  | { type: 'restoreScenarios'; userScenarios: ScenarioFile[]; openId: string }
  /** Autosave reports: saving failed (the reason), or works again. */
  | { type: 'storageFailed'; detail: string }
  | { type: 'storageSaved' }
  /** Forget an item kept aside (after the user exported it or decided it is not needed). */
  | { type: 'dropSetAside'; id: string };
