import { Layout, useTitle } from '../../ui/layout';

export function ProjectPage({ organizationId }: { organizationId: string; [key: string]: string }) {
  useTitle('ProjectPage');
  return <Layout organizationId={organizationId}><h1>ProjectPage</h1></Layout>;
}
