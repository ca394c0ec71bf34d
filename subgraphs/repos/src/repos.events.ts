/** The bus topics repos publishes; each payload is `{ id, organizationId, repositoryId }` of the changed object. */
export const REPOS_TOPICS = {
  /** A webhook delivery was stored (accepted, refused or a replay) or its processing finished. */
  webhookDelivery: 'repos.webhook-delivery',
  /** A pull request was created or moved by a processed webhook. */
  pullRequest: 'repos.pull-request',
} as const;

/** A repos bus event: the object, its organization and its repository (for `matches`). */
export interface ReposEvent {
  id: string;
  organizationId: string;
  repositoryId: string;
}

/** The JSON of a repos bus event. */
export function reposEvent(event: ReposEvent): string {
  return JSON.stringify(event);
}
