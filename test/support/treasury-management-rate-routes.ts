import type { Route } from './corporate-finance-second-working.js'

/** Rate families worked again from each draw's figures. */
export const RATE_ROUTES: Readonly<Record<string, Route>> = {}
