import { useEffect, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { ConsoleViewerDocument, LogoutDocument } from '@steward/client';
import { session } from '../session';

/** The page title, for people and for screen readers announcing navigation. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Steward`;
  }, [title]);
}

const ADMIN_SECTIONS = [
  ['members', 'Members'],
  ['invitations', 'Invitations'],
  ['roles', 'Roles'],
  ['api-keys', 'API keys'],
  ['sso', 'SSO'],
  ['audit', 'Audit trail'],
] as const;

/**
 * The frame of every signed-in page: a skip link, the organization switcher, the navigation and
 * the account menu, then the page in <main>.
 */
export function Layout({ organizationId, children }: { organizationId?: string; children: ReactNode }) {
  const [{ data }] = useQuery({ query: ConsoleViewerDocument });
  const [, logout] = useMutation(LogoutDocument);
  const [location, navigate] = useLocation();
  const organizations = data?.myOrganizations ?? [];
  const signOut = async () => {
    await logout({});
    session.end();
    navigate('/sign-in');
  };
  const here = (path: string) => (location === path ? 'page' : undefined);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href={organizationId ? `/orgs/${organizationId}` : '/'} className="brand">
          Steward
        </Link>
        {organizations.length > 0 ? (
          <label className="switcher">
            <span className="visually-hidden">Organization</span>
            <select value={organizationId ?? ''} onChange={(event) => navigate(`/orgs/${event.target.value}`)}>
              {organizationId ? null : <option value="">Choose an organization</option>}
              {organizations.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <nav aria-label="Account" className="account">
          <Link href="/account" aria-current={here('/account')}>
            {data?.me?.name ?? 'Account'}
          </Link>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </nav>
      </header>
      {organizationId ? (
        <nav aria-label="Organization" className="side">
          <Link href={`/orgs/${organizationId}`} aria-current={here(`/orgs/${organizationId}`)}>
            Overview
          </Link>
          <Link href={`/orgs/${organizationId}/repositories`} aria-current={here(`/orgs/${organizationId}/repositories`)}>
            Repositories
          </Link>
          <Link href={`/orgs/${organizationId}/policies`} aria-current={here(`/orgs/${organizationId}/policies`)}>
            Policies
          </Link>
          {ADMIN_SECTIONS.map(([section, label]) => (
            <Link key={section} href={`/orgs/${organizationId}/admin/${section}`} aria-current={here(`/orgs/${organizationId}/admin/${section}`)}>
              {label}
            </Link>
          ))}
        </nav>
      ) : null}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
