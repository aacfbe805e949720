#!/usr/bin/env node
// Entry point for an installed `planpath` binary: runs the TypeScript CLI through tsx, no build step.
import { register } from 'tsx/esm/api';
register();
await import('./main.ts');
