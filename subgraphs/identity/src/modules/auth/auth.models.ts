import { z } from 'zod';

const EmailModel = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'));

/** Password length (12 to 256 characters); `PasswordPolicy` adds the deny-list and the email rule. */
export const PasswordModel = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');

/** `register` input after normalisation. */
export const RegisterInputModel = z.object({
  email: EmailModel,
  password: PasswordModel,
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  invitationCode: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
});
export type RegisterInput = z.infer<typeof RegisterInputModel>;

/** `login` input; only shape is checked so a malformed email still gets the generic answer. */
export const LoginInputModel = z.object({
  email: z.string().trim().toLowerCase().max(254, 'must be at most 254 characters'),
  password: z.string().max(256, 'must be at most 256 characters'),
  totpCode: z.string().trim().max(12, 'must be at most 12 characters').nullish(),
  backupCode: z.string().trim().max(32, 'must be at most 32 characters').nullish(),
});
export type LoginInput = z.infer<typeof LoginInputModel>;

/** Refresh tokens are `srt_` followed by 43 base64url characters. */
export const RefreshTokenModel = z.string().max(200, 'is not a valid refresh token');
