import type { MailMessage } from '@steward/kernel';

/** The mails identity sends, in plain text. Links point at PUBLIC_APP_URL. */
export const MailTemplates = {
  passwordReset(to: string, link: string, minutes: number): MailMessage {
    return {
      to,
      subject: 'Reset your Steward password',
      text: [
        'Someone (hopefully you) asked to reset the password of your Steward account.',
        '',
        `Choose a new password here within ${minutes} minutes: ${link}`,
        '',
        'The link works once. If you did not ask for it, ignore this mail: your password stays as it is.',
      ].join('\n'),
    };
  },

  emailVerification(to: string, link: string, hours: number): MailMessage {
    return {
      to,
      subject: 'Confirm your email address for Steward',
      text: [`Confirm that this address belongs to your Steward account within ${hours} hours: ${link}`, '', 'The link works once.'].join('\n'),
    };
  },

  /** To an address that already has an account, when someone registers with it (nothing was created). */
  registrationAttempt(to: string, publicAppUrl: string): MailMessage {
    return {
      to,
      subject: 'Someone tried to register with your Steward address',
      text: [
        'Someone (perhaps you) tried to create a Steward account with this email address, which already has one. Nothing was changed.',
        '',
        `If it was you, sign in at ${publicAppUrl}, or reset your password there if you forgot it.`,
        'If it was not you, ignore this mail.',
      ].join('\n'),
    };
  },

  passwordChanged(to: string): MailMessage {
    return {
      to,
      subject: 'Your Steward password was changed',
      text: 'The password of your Steward account was just changed and your other sessions were signed out. If this was not you, reset your password now.',
    };
  },
};

/** `<base>/<page>?token=<token>`, whatever the base's trailing slash. */
export function linkTo(baseUrl: string, page: string, token: string): string {
  const url = new URL(page, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}
