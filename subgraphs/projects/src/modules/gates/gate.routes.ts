import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantScope, serve, type ServedRoute } from '@steward/kernel';
import { projectGateRoute } from '../../projects.routes.js';
import { ProjectRepository } from '../projects/project.repository.js';
import { BaselineRepository } from './baseline.repository.js';
import { evaluateGate } from './gate-evaluator.js';

/** Serves {@link projectGateRoute}: the project's baselines (of the organization named in the request) against the values given. */
export function gateRoutes(fork: () => EntityManager): ServedRoute[] {
  return [
    serve(projectGateRoute, async ({ organizationId, projectId, values }) => {
      const em = fork();
      const tenant = TenantScope.of(organizationId);
      if (!(await new ProjectRepository(em, tenant).existingIds([projectId])).includes(projectId)) return null;
      const baselines = await new BaselineRepository(em, tenant).listForProjects([projectId]);
      const gate = evaluateGate(baselines, new Map(Object.entries(values)));
      return {
        status: gate.status,
        conditions: gate.conditions.map((condition) => ({
          metric: condition.baseline.metric,
          operator: condition.baseline.operator,
          threshold: condition.baseline.threshold,
          severity: condition.baseline.severity,
          actualValue: condition.actualValue,
          status: condition.status,
        })),
      };
    }),
  ];
}
