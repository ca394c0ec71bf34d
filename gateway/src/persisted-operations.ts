import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { parse, print, visit, type ASTNode } from 'graphql';

/** PERSISTED_OPERATIONS: `off` (any operation), `allow` (ids accepted besides text), `only` (the manifest's operations only). */
export type PersistedOperationsMode = 'off' | 'allow' | 'only';

/** An operation as a client sends it, over HTTP or a socket. */
export interface OperationRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/** Why an operation was refused: a code and a message for the client, and the HTTP status. */
export interface PersistedRefusal {
  code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_REQUIRED';
  message: string;
  status: number;
}

const byPrinted = <T extends ASTNode>(nodes: readonly T[] | undefined) => (nodes ? [...nodes].sort((a, b) => print(a).localeCompare(print(b))) : nodes);
const byName = <T extends { name: { value: string } }>(nodes: readonly T[] | undefined) => (nodes ? [...nodes].sort((a, b) => a.name.value.localeCompare(b.name.value)) : nodes);

/**
 * One form for every way of writing the same operation: parsed, with selections, arguments,
 * variable definitions and definitions in a fixed order, printed. Codegen's manifest sorts fields
 * where the typed documents keep the written order; both come out the same here.
 */
function normalised(text: string): string {
  const document = parse(text, { noLocation: true });
  return print(
    visit(document, {
      SelectionSet: { leave: (node) => ({ ...node, selections: byPrinted(node.selections)! }) },
      Field: { leave: (node) => ({ ...node, arguments: byName(node.arguments) }) },
      Directive: { leave: (node) => ({ ...node, arguments: byName(node.arguments) }) },
      OperationDefinition: { leave: (node) => ({ ...node, variableDefinitions: byPrinted(node.variableDefinitions) }) },
      Document: { leave: (node) => ({ ...node, definitions: byPrinted(node.definitions)! }) },
    }),
  );
}

/**
 * The operations a dashboard shipped, from the manifest codegen writes for `schema/operations`
 * (`client/src/__generated__/persisted-documents.json`: `sha256:<hash>` → document). With `allow`
 * or `only` a client may send an id (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`)
 * instead of the text; with `only` an operation whose text is not in the manifest (compared in one
 * normal form, so spacing, field order and the client's printer do not matter) is refused before it
 * is validated or planned.
 */
export class PersistedOperations {
  private readonly byId = new Map<string, string>();
  private readonly known = new Set<string>();
  /** Texts already judged (clients send the same few texts again and again); bounded, cleared when full. */
  private readonly judged = new Map<string, boolean>();

  constructor(
    readonly mode: PersistedOperationsMode,
    manifest: Readonly<Record<string, string>>,
  ) {
    for (const [id, text] of Object.entries(manifest)) {
      this.byId.set(id, text);
      this.byId.set(id.replace(/^sha256:/, ''), text);
      this.known.add(normalised(text));
    }
  }

  static load(mode: PersistedOperationsMode, manifestPath: string): PersistedOperations {
    if (mode === 'off') return new PersistedOperations(mode, {});
    return new PersistedOperations(mode, JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>);
  }

  /** Puts the manifest's text in place of an id (in `request`), or says why the operation may not run. */
  resolve(request: OperationRequest): PersistedRefusal | null {
    if (this.mode === 'off') return null;
    const id = typeof request.documentId === 'string' ? request.documentId : request.extensions?.persistedQuery?.sha256Hash;
    if (typeof id === 'string') {
      const text = this.byId.get(id);
      if (!text) return { code: 'PERSISTED_QUERY_NOT_FOUND', message: `No persisted operation has the id ${id.slice(0, 80)}.`, status: 400 };
      request.query = text;
      delete request.documentId;
      // Apollo Server would otherwise treat the hash as its own automatic persisted query.
      if (request.extensions) delete request.extensions.persistedQuery;
      return null;
    }
    if (this.mode === 'allow' || typeof request.query !== 'string') return null;
    let known = this.judged.get(request.query);
    if (known === undefined) {
      try {
        known = this.known.has(normalised(request.query));
      } catch {
        return null; // not GraphQL: the parser's own error is the better answer
      }
      if (this.judged.size >= 1000) this.judged.clear();
      this.judged.set(request.query, known);
    }
    if (known) return null;
    return {
      code: 'PERSISTED_QUERY_REQUIRED',
      message: 'This gateway runs only the operations its clients shipped (PERSISTED_OPERATIONS=only); send a persisted operation.',
      status: 400,
    };
  }

  /** The check on HTTP, for POST bodies and GET query strings, before Apollo Server sees the request. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      if (this.mode === 'off') return next();
      const get = req.method === 'GET';
      const request = (get ? parseGetParameters(req.query as Record<string, unknown>) : req.body) as OperationRequest | undefined;
      if (!request || typeof request !== 'object') return next();
      const byId = typeof request.documentId === 'string' || request.extensions?.persistedQuery !== undefined;
      const refusal: PersistedRefusal | null =
        get && byId ? { code: 'PERSISTED_QUERY_NOT_FOUND', message: 'Send a persisted operation by its id with POST.', status: 400 } : this.resolve(request);
      if (!refusal) return next();
      res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    };
  }
}

/** A GET request's operation: `extensions` arrives as JSON text. */
function parseGetParameters(query: Record<string, unknown>): OperationRequest {
  let extensions: OperationRequest['extensions'];
  try {
    extensions = typeof query.extensions === 'string' ? (JSON.parse(query.extensions) as OperationRequest['extensions']) : undefined;
  } catch {
    extensions = undefined;
  }
  return { query: query.query, documentId: query.documentId, ...(extensions ? { extensions } : {}) };
}
