/** Error codes the analysis subgraph adds to the kernel's stable set (none yet: it answers with the kernel's codes). */
export const ANALYSIS_ERROR_CODES: string[] = [];
