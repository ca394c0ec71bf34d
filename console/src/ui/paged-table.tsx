import { Fragment, useState, type ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { LoadMore, Loading } from './common';
import { ErrorMessage } from './errors';

/*
 * A list paged by the graph's cursors is shown as one component per page: each page asks for its own
 * slice (`first`, `after`), so a page already shown never moves when the next one is added, and only
 * the last page offers "Load more".
 */

/** The cursors of a list shown as one component per page, and the way to add or start again. */
export interface CursorPages {
  /** `null` first (the head of the list), then the end cursor of each page loaded so far. */
  cursors: (string | null)[];
  /** Bumped by `restart`: part of every page's key, so each page component is mounted afresh. */
  generation: number;
  more: (cursor: string) => void;
  restart: () => void;
}

/**
 * The cursors of one paged list. `restart` goes back to the first page and remounts every page
 * component, so a list that gained an item at its head asks the graph again from the start.
 */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [generation, setGeneration] = useState(0);
  return {
    cursors,
    generation,
    more: (cursor) => setCursors((current) => [...current, cursor]),
    restart: () => {
      setCursors([null]);
      setGeneration((current) => current + 1);
    },
  };
}

/** What each page component needs to know of its place in the list. */
export interface CursorPage {
  /** The cursor the page starts after: `null` for the first page. */
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}

/**
 * Renders `children` once per page loaded so far. Pass `pages` when the owner must restart the list
 * (after a mutation adds an item at its head); otherwise the list keeps its own cursors.
 */
export function CursorPageList({ pages, children }: { pages?: CursorPages; children: (page: CursorPage) => ReactNode }) {
  const own = useCursorPages();
  const { cursors, generation, more } = pages ?? own;
  return (
    <>
      {cursors.map((after, index) => (
        <Fragment key={`${generation}-${after ?? 'first'}`}>{children({ after, isLast: index === cursors.length - 1, onMore: more })}</Fragment>
      ))}
    </>
  );
}

/** A column header: its text, and a class where the column needs one (`number` aligns figures). */
export type Column = string | { label: string; className: string };

/** A page of a table also knows how many columns a full-width row spans. */
export interface TablePage extends CursorPage {
  columns: number;
}

/**
 * A table whose body is one component per page. `columns` may hold `null` for a column shown only
 * with a permission: it is left out, and the pages' full-width rows span one column fewer.
 */
export function PagedTable({ columns, pages, children }: { columns: (Column | null)[]; pages?: CursorPages; children: (page: TablePage) => ReactNode }) {
  const shown = columns.filter((column): column is Column => column !== null).map((column) => (typeof column === 'string' ? { label: column, className: undefined } : column));
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.label} scope="col" className={column.className}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <CursorPageList pages={pages}>{(page) => children({ ...page, columns: shown.length })}</CursorPageList>
        </tbody>
      </table>
    </div>
  );
}

/** A row of one cell across the whole table, for what is not a row of the list (errors, loading, load more, empty). */
export function FullRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns}>{children}</td>
    </tr>
  );
}

/** A Relay connection as the generated query types have it. */
export interface Connection {
  edges: readonly { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

type NodeOf<C extends Connection> = C['edges'][number]['node'];

interface PageRowsProps<C extends Connection> extends TablePage {
  error: CombinedError | undefined;
  fetching: boolean;
  /** The page's connection; `null` or `undefined` while the query has not answered. */
  connection: C | null | undefined;
  row: (node: NodeOf<C>) => ReactNode;
  /** What the first page says when the list is empty (an `EmptyState`). */
  empty: ReactNode;
  /** The error's title, where the table's context does not make it plain. */
  errorTitle?: string;
  /** Rows before the list's own, once the page has loaded (a count, say). */
  head?: (connection: C) => ReactNode;
}

/** The body rows of one page: its error, its loading state, its rows, "Load more" on the last page, the empty state on the first. */
export function PageRows<C extends Connection>({ error, fetching, connection, row, empty, errorTitle, head, after, isLast, onMore, columns }: PageRowsProps<C>) {
  if (error) return <FullRow columns={columns}><ErrorMessage error={error} title={errorTitle} /></FullRow>;
  if (!connection) return fetching ? <FullRow columns={columns}><Loading /></FullRow> : null;
  const { edges, pageInfo } = connection;
  const endCursor = pageInfo.endCursor;
  return (
    <>
      {head ? head(connection) : null}
      {edges.map(({ node }) => (
        <Fragment key={node.id}>{row(node)}</Fragment>
      ))}
      {isLast && pageInfo.hasNextPage && endCursor ? (
        <FullRow columns={columns}>
          <LoadMore hasNextPage fetching={fetching} onMore={() => onMore(endCursor)} />
        </FullRow>
      ) : null}
      {after === null && edges.length === 0 ? <FullRow columns={columns}>{empty}</FullRow> : null}
    </>
  );
}
