import { useQuery } from 'urql';
import { ConsoleOrganizationPermissionsDocument } from '@steward/client';

/**
 * Whether the viewer holds `permission` in the organization, from `viewerPermissions` (the API's
 * own answer, so the console never guesses from a role name). False until known, so an action
 * the viewer may not take never flashes up; the API still refuses it if it is sent anyway.
 * Shared by the analysis and policies screens.
 */
export function useViewerMay(organizationId: string, permission: string): boolean {
  const [{ data }] = useQuery({ query: ConsoleOrganizationPermissionsDocument, variables: { organizationId } });
  return data?.organization?.viewerPermissions.includes(permission) ?? false;
}
