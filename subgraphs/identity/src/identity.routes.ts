import { defineRoute } from '@steward/kernel';
import { z } from 'zod';

/**
 * `GET /internal/users/:id/email` → `{ email, emailVerified }`, or 404 for an unknown user.
 * Organizations binds invitations to an email address, and only identity knows a user's.
 */
export const userEmailRoute = defineRoute({
  owner: 'identity',
  method: 'GET',
  path: '/internal/users/:id/email',
  input: z.object({ id: z.string().max(100) }),
  output: z.object({ email: z.string(), emailVerified: z.boolean() }),
});
