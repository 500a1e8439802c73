import type { Route } from './corporate-finance-second-working.js'

/** Claims and coordination of benefits families worked again from each draw's figures. */
export const CLAIMS_ROUTES: Readonly<Record<string, Route>> = {}
