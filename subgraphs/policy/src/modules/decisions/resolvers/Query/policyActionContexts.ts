import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';
import { declaredContexts } from '../../action-context.view.js';

/** The declared context of every action. */
export const policyActionContexts: QueryResolvers['policyActionContexts'] = () => declaredContexts();
