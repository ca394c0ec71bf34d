import type { ResolverMap } from '@steward/kernel';
import { createInvitationCode } from './resolvers/Mutation/createInvitationCode.js';
import { invitationCodes } from './resolvers/Query/invitationCodes.js';
import { revokeInvitationCode } from './resolvers/Mutation/revokeInvitationCode.js';

/** The invitations module's resolvers. */
export const invitationsResolvers: ResolverMap = { Query: { invitationCodes }, Mutation: { createInvitationCode, revokeInvitationCode } };
