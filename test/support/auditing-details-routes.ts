import type { Route } from './corporate-finance-second-working.js'

/** Substantive analytics and tests of details families worked again from each draw's figures. */
export const DETAILS_ROUTES: Readonly<Record<string, Route>> = {}
