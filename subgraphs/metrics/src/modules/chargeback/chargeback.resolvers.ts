import type { ResolverMap } from '@steward/kernel';
import { ChargebackLine } from './resolvers/ChargebackLine.js';
import { ChargebackReport } from './resolvers/ChargebackReport.js';
import { chargebackReport } from './resolvers/Query/chargebackReport.js';

/** The chargeback module's resolvers. */
export const chargebackResolvers: ResolverMap = { Query: { chargebackReport }, ChargebackReport, ChargebackLine };
