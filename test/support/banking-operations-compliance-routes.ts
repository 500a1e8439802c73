import type { Route } from './corporate-finance-second-working.js'

/** Compliance families worked again from each draw's figures. */
export const COMPLIANCE_ROUTES: Readonly<Record<string, Route>> = {}
