// Declared in the kernel beside the other lookup contracts; projects serves it.
export { projectLookupRoute } from '@steward/kernel';
