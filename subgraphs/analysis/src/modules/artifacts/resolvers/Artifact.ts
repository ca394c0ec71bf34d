import type { ArtifactResolvers } from '../../../__generated__/resolvers-types.js';

/** An artifact's short-lived download link. */
export const Artifact: ArtifactResolvers = {
  downloadUrl: (artifact, _args, ctx) => ctx.artifacts.download(artifact)?.url ?? null,
  downloadUrlExpiresAt: (artifact, _args, ctx) => ctx.artifacts.download(artifact)?.expiresAt ?? null,
};
