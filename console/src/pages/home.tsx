import { useQuery } from 'urql';
import { Redirect } from 'wouter';
import { ConsoleViewerDocument } from '@steward/client';
import { EmptyState, Loading } from '../ui/common';
import { ErrorMessage } from '../ui/errors';
import { Layout, useTitle } from '../ui/layout';

/** After sign-in: straight to the first organization, or what to do without one. */
export function Home() {
  useTitle('Organizations');
  const [{ data, fetching, error }] = useQuery({ query: ConsoleViewerDocument });
  if (fetching && !data) return <Loading />;
  const first = data?.myOrganizations[0];
  if (first) return <Redirect to={`/orgs/${first.id}`} replace />;
  return (
    <Layout>
      <h1>Welcome{data?.me?.name ? `, ${data.me.name}` : ''}</h1>
      <ErrorMessage error={error} />
      {error ? null : (
        <EmptyState title="You are not a member of any organization yet.">
          Ask an owner of your organization for an invitation, or create an organization with the <code>createOrganization</code> mutation in the IDE at <a href="/graphql">/graphql</a>.
        </EmptyState>
      )}
    </Layout>
  );
}
