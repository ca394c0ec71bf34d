import { ACTION_CONTEXTS, POLICY_ACTIONS, type PolicyAction } from '../engine/index.js';
import { celTypeOf, leavesOf } from '../engine/context-schema.js';

/** One action's declared context as the `PolicyActionContext` type shows it. */
export interface ActionContextView {
  action: PolicyAction;
  fields: { path: string; type: string; description: string }[];
}

/** Every action's declared context (what CUSTOM expressions and mask paths may name). */
export function declaredContexts(): ActionContextView[] {
  return POLICY_ACTIONS.map((action) => ({
    action,
    fields: leavesOf(ACTION_CONTEXTS[action]).map((leaf) => ({ path: leaf.path, type: celTypeOf(leaf.spec), description: leaf.spec.description })),
  }));
}
