import express, { type Express } from 'express';
import { getDistDirectory, renderAltair } from 'altair-static';

/**
 * Serves an in-browser GraphQL IDE (Altair) at the GraphQL URL itself for browsers (GET with
 * `Accept: text/html`). Its assets come from this server, so it works without internet access,
 * and it speaks graphql-ws to the same URL for subscriptions.
 */
export function mountIde(app: Express): void {
  app.use('/ide', express.static(getDistDirectory(), { index: false, maxAge: '1d' }));
  app.get('/graphql', (req, res, next) => {
    if (!req.accepts(['application/json', 'text/html']) || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (req.query.query !== undefined) return next();
    const host = req.get('host') ?? 'localhost';
    const wsScheme = req.protocol === 'https' ? 'wss' : 'ws';
    res.type('html').send(
      renderAltair({
        baseURL: '/ide/',
        endpointURL: '/graphql',
        subscriptionsEndpoint: `${wsScheme}://${host}/graphql`,
        subscriptionsProtocol: 'graphql-ws',
        initialQuery: '{\n  me {\n    id\n    email\n    name\n  }\n}\n',
        initialHeaders: { 'content-type': 'application/json' },
        disableAccount: true,
      }),
    );
  });
}
