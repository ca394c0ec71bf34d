import { Layout, useTitle } from '../../ui/layout';

export function AdminPage({ organizationId }: { organizationId: string; [key: string]: string }) {
  useTitle('AdminPage');
  return <Layout organizationId={organizationId}><h1>AdminPage</h1></Layout>;
}
