/** A project as the gateway hands it to metrics: its key and the fields `usage` requires. */
export interface ProjectReference {
  id: string;
  organization?: { id: string };
}

/** A project version as the gateway hands it to metrics: its key and the fields `usage` requires. */
export interface ProjectVersionReference {
  id: string;
  project?: { organization?: { id: string } };
}
