import { Layout, useTitle } from '../../ui/layout';

export function ComparePage({ organizationId }: { organizationId: string; [key: string]: string }) {
  useTitle('ComparePage');
  return <Layout organizationId={organizationId}><h1>ComparePage</h1></Layout>;
}
