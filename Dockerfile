# syntax=docker/dockerfile:1
# One image for every Steward process. The compose `command` (or the STEWARD_WORKSPACE build arg) picks one:
#   docker build -t steward .                                          # gateway by default
#   docker build -t steward-identity --build-arg STEWARD_WORKSPACE=@steward/identity .
#   docker run steward npm run start -w @steward/identity              # or override the command
FROM node:20-bookworm-slim

# npm and `sh -c` do not pass SIGTERM on to node; tini -g signals the whole process group so node shuts down gracefully.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# Manifests first, so editing source does not reinstall dependencies. Every workspace of the root
# package.json needs its line here, or `npm ci` does not see it (test/deploy checks this).
COPY package.json package-lock.json ./
COPY kernel/package.json kernel/
COPY subgraphs/identity/package.json subgraphs/identity/
COPY subgraphs/metrics/package.json subgraphs/metrics/
COPY subgraphs/organizations/package.json subgraphs/organizations/
COPY subgraphs/projects/package.json subgraphs/projects/
COPY gateway/package.json gateway/
COPY standalone/package.json standalone/
COPY client/package.json client/
COPY bench/package.json bench/
# tsx runs the TypeScript sources and is a production dependency, so the dev tools (tsc, vitest, codegen) stay out.
RUN npm ci --omit=dev && npm cache clean --force
# The embedded database (used only without DATABASE_URL) needs a directory the node user may write.
RUN mkdir -p /var/lib/steward && chown node:node /var/lib/steward

COPY . .

ARG STEWARD_WORKSPACE=@steward/gateway
ENV NODE_ENV=production \
    STEWARD_DATA_DIR=/var/lib/steward \
    STEWARD_WORKSPACE=${STEWARD_WORKSPACE}
USER node
EXPOSE 4000 4001 4002 4003 4004
ENTRYPOINT ["/usr/bin/tini", "-g", "--"]
# sh -c only to expand the variable.
CMD ["sh", "-c", "exec npm run start -w \"$STEWARD_WORKSPACE\""]
