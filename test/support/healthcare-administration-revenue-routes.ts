import type { Route } from './corporate-finance-second-working.js'

/** Revenue cycle metrics families worked again from each draw's figures. */
export const REVENUE_ROUTES: Readonly<Record<string, Route>> = {}
