import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/plugin-doc-explorer';
import 'graphiql/style.css';
import { createIdeFetcher } from './fetcher.js';

/** What the gateway writes into the page (see gateway/src/ide.ts). */
interface IdeConfig {
  endpoint: string;
  subscriptionEndpoint: string;
  defaultQuery: string;
  defaultHeaders: string;
}

const configElement = document.getElementById('steward-ide-config');
const root = document.getElementById('graphiql');
if (!configElement?.textContent || !root) throw new Error('The IDE page is missing its configuration.');
const config = JSON.parse(configElement.textContent) as IdeConfig;

createRoot(root).render(
  createElement(GraphiQL, {
    fetcher: createIdeFetcher({ url: config.endpoint, subscriptionUrl: config.subscriptionEndpoint }),
    defaultQuery: config.defaultQuery,
    defaultHeaders: config.defaultHeaders,
    // The schema is worth seeing first: the docs explorer opens with the page.
    visiblePlugin: DOC_EXPLORER_PLUGIN,
    defaultEditorToolsVisibility: 'headers',
    // Tokens stay in this tab's memory, never in localStorage.
    shouldPersistHeaders: false,
  }),
);
