import type { Route } from './corporate-finance-second-working.js'

/** Materiality and audit risk families worked again from each draw's figures. */
export const MATERIALITY_ROUTES: Readonly<Record<string, Route>> = {}
