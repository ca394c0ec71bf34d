import type { MailMessage } from '@steward/kernel';

/** The dashboard page that accepts an invitation: `<publicAppUrl>/accept-invitation?token=…`. */
export function invitationLink(publicAppUrl: string, token: string): string {
  const link = new URL('accept-invitation', publicAppUrl.endsWith('/') ? publicAppUrl : `${publicAppUrl}/`);
  link.searchParams.set('token', token);
  return link.toString();
}

/** The mail that carries an invitation link. */
export function invitationMail(options: { to: string; organizationName: string; roleName: string; link: string; expiresAt: Date }): MailMessage {
  return {
    to: options.to,
    subject: `You are invited to join ${options.organizationName} on Steward`,
    text: [
      `You have been invited to join ${options.organizationName} on Steward as ${options.roleName}.`,
      '',
      `Accept the invitation: ${options.link}`,
      '',
      `The link works once, for the Steward account with this email address, until ${options.expiresAt.toISOString()}.`,
      'If you did not expect this invitation, ignore this mail.',
    ].join('\n'),
  };
}
