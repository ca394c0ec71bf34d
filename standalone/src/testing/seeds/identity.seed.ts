import { SeedRegisterDocument, SeedRequestVerificationDocument, SeedVerifyDocument } from '@steward/client';
import { latestMail } from '../mail.js';
import type { SeedTarget } from '../stack.js';
import { uniqueEmail } from '../unique-names.js';
import { seedRequest } from './seed-request.js';

/** A registered user with live tokens. */
export interface SeededUser {
  id: string;
  email: string;
  password: string;
  name: string;
  accessToken: string;
  refreshToken: string;
}

/** What `seed(stack).user()` may be told; everything else gets a unique default. */
export type SeedUserOptions = Partial<Pick<SeededUser, 'email' | 'password' | 'name'>> & { invitationCode?: string };

/** Registers a user through the gateway. */
export async function seedUser(stack: SeedTarget, overrides: SeedUserOptions = {}): Promise<SeededUser> {
  const input = {
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? 'a long enough passphrase',
    name: overrides.name ?? 'Test User',
    ...(overrides.invitationCode ? { invitationCode: overrides.invitationCode } : {}),
  };
  const { register } = await seedRequest(stack, 'a user', SeedRegisterDocument, { input });
  return { id: register.user.id, email: input.email, password: input.password, name: input.name, accessToken: register.accessToken, refreshToken: register.refreshToken };
}

/** A user who followed the mailed verification link (as a platform admin or an invited member must have). */
export async function seedVerifiedUser(stack: SeedTarget, overrides: SeedUserOptions = {}): Promise<SeededUser> {
  const user = await seedUser(stack, overrides);
  await seedRequest(stack, 'a verification request', SeedRequestVerificationDocument, {}, user.accessToken);
  const mail = await latestMail(stack, user.email, /Confirm your email/);
  if (!mail.token) throw new Error(`The verification mail to ${user.email} carries no token`);
  await seedRequest(stack, 'an email verification', SeedVerifyDocument, { token: mail.token });
  return user;
}
