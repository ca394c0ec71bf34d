import type { ComponentType } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsoleAdminOrganizationDocument } from '@steward/client';
import { EmptyState, Loading } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Layout, useTitle } from '../../ui/layout';
import type { SectionProps } from './admin-common';
import { ApiKeysSection } from './api-keys';
import { AuditSection } from './audit';
import { InvitationsSection } from './invitations';
import { MembersSection } from './members';
import { RolesSection } from './roles';
import { SsoSection } from './sso';
import './admin.css';

/** The sections the side navigation links to, with their page titles. */
const SECTIONS: Record<string, { title: string; component: ComponentType<SectionProps> }> = {
  members: { title: 'Members', component: MembersSection },
  invitations: { title: 'Invitations', component: InvitationsSection },
  roles: { title: 'Roles', component: RolesSection },
  'api-keys': { title: 'API keys', component: ApiKeysSection },
  sso: { title: 'Single sign-on', component: SsoSection },
  audit: { title: 'Audit trail', component: AuditSection },
};

/** The body of a known section, once the organization and the viewer's rights are known. */
function SectionBody({ organizationId, section }: { organizationId: string; section: keyof typeof SECTIONS }) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleAdminOrganizationDocument, variables: { organizationId } });
  const Section = SECTIONS[section]!.component;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return fetching ? <Loading /> : null;
  if (!data.organization) return <EmptyState title="This organization was not found.">Choose one of your organizations in the switcher above.</EmptyState>;
  return (
    <>
      <p className="subtitle">{data.organization.name}</p>
      <Section organizationId={organizationId} organization={data.organization} viewer={data.me} />
    </>
  );
}

/** An organization's administration: members, invitations, roles, API keys, SSO and the audit trail, one section per URL. */
export function AdminPage({ organizationId, section }: { organizationId: string; section: string }) {
  const known = Object.hasOwn(SECTIONS, section) ? SECTIONS[section] : undefined;
  useTitle(known ? known.title : 'Page not found');
  return (
    <Layout organizationId={organizationId}>
      {known ? (
        <>
          <h1>{known.title}</h1>
          <SectionBody organizationId={organizationId} section={section} />
        </>
      ) : (
        <>
          <h1>Page not found</h1>
          <EmptyState title={`There is no administration page called “${section}”.`}>
            Choose a section in the navigation above, for example <Link href={`/orgs/${organizationId}/admin/members`}>Members</Link>.
          </EmptyState>
        </>
      )}
    </Layout>
  );
}
