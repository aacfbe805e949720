/**
 * Is the plan coherent? Runs every registered check over the plan data (targets, base, clusters, default
 * parameters) through the model's identities. Checks that lack the data they need are listed as skipped,
 * so the same audit runs on any plan. Add a check with {@link registerAuditCheck}.
 */
import type { PlanData } from '../plan/plan-types';
import { isFinding, type AuditCheck, type AuditResult } from './audit-types';
import { auditStructure } from './audit-structure';
import { auditIncome } from './audit-income';
import { auditEnergy } from './audit-energy';

const checks: AuditCheck[] = [auditStructure, auditIncome, auditEnergy];

export function registerAuditCheck(check: AuditCheck): void {
  checks.push(check);
}

export function auditPlan(plan: PlanData): AuditResult {
  const out = checks.map((c) => c(plan));
  return { planId: plan.id, findings: out.filter(isFinding), skipped: out.filter((x) => !isFinding(x)) as AuditResult['skipped'] };
}
