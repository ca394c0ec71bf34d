import type { EntityManager } from '@mikro-orm/postgresql';
import { GENESIS_HASH, hashAuditEvent } from './audit-chain.js';
import { AuditRepository } from './audit.repository.js';

/** The verifier's finding (mirrors the `AuditChainVerification` type). */
export interface AuditChainVerification {
  intact: boolean;
  checkedEvents: number;
  firstBrokenSequence: number | null;
  problem: string | null;
}

const BATCH = 1000;

/**
 * Walks the whole chain and recomputes every hash. Detects a changed event (its hash no longer
 * matches its content), a removed or reordered one (a gap in `seq`, or a `prev_hash` that is not the
 * previous event's hash) and removed events at the end (the head row points past the last event).
 * Someone who rewrites every later hash and the head can evade it; publishing the head's hash
 * elsewhere from time to time closes that gap.
 */
export async function verifyAuditChain(em: EntityManager): Promise<AuditChainVerification> {
  const events = new AuditRepository(em);
  const head = await events.head();
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const broken = (seq: number, problem: string): AuditChainVerification => ({
    intact: false,
    checkedEvents: seq - 1,
    firstBrokenSequence: seq,
    problem,
  });
  for (;;) {
    const batch = await events.readChain(expectedSeq, BATCH);
    for (const event of batch) {
      if (event.seq !== expectedSeq) return broken(expectedSeq, `Event ${expectedSeq} is missing.`);
      if (event.prevHash !== prevHash) return broken(event.seq, `Event ${event.seq} does not follow the event before it.`);
      if (hashAuditEvent(prevHash, event) !== event.hash) return broken(event.seq, `Event ${event.seq} was changed after it was written.`);
      prevHash = event.hash;
      expectedSeq += 1;
    }
    if (batch.length < BATCH) break;
  }
  const checked = expectedSeq - 1;
  if (head.lastSeq !== checked || head.lastHash !== prevHash) {
    return broken(expectedSeq, head.lastSeq > checked ? `Events ${expectedSeq} to ${head.lastSeq} are missing.` : 'The chain head does not match the last event.');
  }
  return { intact: true, checkedEvents: checked, firstBrokenSequence: null, problem: null };
}
