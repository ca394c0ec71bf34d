import { IdModel, defineRoute } from '@steward/kernel';
import { z } from 'zod';

// Declared in the kernel beside the other lookup contracts; projects serves it.
export { projectLookupRoute } from '@steward/kernel';


/**
 * `POST /internal/projects/gate` `{ organizationId, projectId, values }` → `{ status, conditions }`:
 * the project's quality gate evaluated against the given values by metric (404 when the project is
 * not the organization's). Analysis asks it for a pull request's check run, whose values belong to
 * no version: the same baselines and the same evaluation a version's gate has.
 */
export const projectGateRoute = defineRoute({
  owner: 'projects',
  method: 'POST',
  path: '/internal/projects/gate',
  input: z.object({ organizationId: IdModel, projectId: IdModel, values: z.record(z.string().max(100), z.number()) }),
  output: z.object({
    status: z.enum(['PASSED', 'WARN', 'FAILED', 'NO_DATA']),
    conditions: z.array(
      z.object({
        metric: z.string(),
        operator: z.string(),
        threshold: z.number(),
        severity: z.enum(['ERROR', 'WARN']),
        actualValue: z.number().nullable(),
        status: z.enum(['PASSED', 'WARN', 'FAILED', 'NO_DATA']),
      }),
    ),
  }),
  bodyLimit: '16kb',
});
