/** Every CLI command, in the order `help` lists them. Add a command: import it and append it here. */
import type { Command } from '../command';
import { indicatorsCommand } from './indicators';
import { runCommand } from './run';
import { solveCommand } from './solve';
import { compareCommand } from './compare';
import { validateCommand } from './validate';
import { schemaCommand } from './schema';
import { reviewCommand } from './review';
import { calibrateCommand } from './calibrate';
import { mcCommand } from './mc';
import { sensitivityCommand } from './sensitivity';
import { marginsCommand } from './margins';
import { mapCommand } from './map';
import { attributeCommand } from './attribute';
import { auditCommand } from './audit';
import { sobolYearsCommand } from './sobol-years';

export const commands: Command[] = [
  indicatorsCommand,
  runCommand,
  solveCommand,
  compareCommand,
  validateCommand,
  schemaCommand,
  // Monte Carlo and sensitivity commands are appended below.
  mcCommand,
  sensitivityCommand,
  reviewCommand,
  calibrateCommand,
  // Decision analysis.
  marginsCommand,
  mapCommand,
  attributeCommand,
  auditCommand,
  sobolYearsCommand,
];
