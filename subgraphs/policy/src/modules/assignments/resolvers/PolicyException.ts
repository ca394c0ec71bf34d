import { userReferenceOf } from '@steward/kernel';
import type { PolicyExceptionResolvers } from '../../../__generated__/resolvers-types.js';

/** Who approved an exception and whether it applies now. */
export const PolicyException: PolicyExceptionResolvers = {
  approvedBy: (exception) => userReferenceOf(exception.approvedBy),
  active: (exception, _args, ctx) => ctx.assignments.isActive(exception),
};
