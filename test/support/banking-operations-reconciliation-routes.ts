import type { Route } from './corporate-finance-second-working.js'

/** Reconciliation families worked again from each draw's figures. */
export const RECONCILIATION_ROUTES: Readonly<Record<string, Route>> = {}
