/**
 * The current time as a rule reads it (expiries, lockouts, windows). Services take one instead of
 * calling `new Date()`, so tests can let time pass by advancing a clock rather than by sleeping.
 */
export type Clock = () => Date;

/** The machine's clock: what every process uses outside tests. */
export const systemClock: Clock = () => new Date();
