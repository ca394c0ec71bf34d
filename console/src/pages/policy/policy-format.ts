/** An enum value as people read it: `RATE_LIMIT` → "rate limit". */
export const words = (value: string) => value.replace(/_/g, ' ').toLowerCase();
