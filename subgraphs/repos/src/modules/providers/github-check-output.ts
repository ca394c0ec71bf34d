import type { CheckAnnotation } from './provider-client.js';

// A check run's output as GitHub accepts it: annotations in its field names, text cut to its limits.

/** Longest check-run summary GitHub keeps. */
export const MAX_SUMMARY = 65_535;
const MAX_ANNOTATION_TITLE = 255;
const MAX_ANNOTATION_MESSAGE = 64_000;

/** An annotation as the check-runs API takes it. */
export type GitHubAnnotation = { path: string; start_line: number; end_line: number; annotation_level: CheckAnnotation['level']; title: string; message: string };

/** A finding as a GitHub annotation, its title and message cut to GitHub's limits. */
export function toGitHubAnnotation(annotation: CheckAnnotation): GitHubAnnotation {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level,
    title: truncate(annotation.title, MAX_ANNOTATION_TITLE),
    message: truncate(annotation.message, MAX_ANNOTATION_MESSAGE),
  };
}

/** Cuts `text` to `max` characters, the last one an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
