/** The current time as a process sees it; tests inject a controllable one so nothing sleeps to let time pass. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();
