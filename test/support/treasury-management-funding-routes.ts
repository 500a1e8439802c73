import type { Route } from './corporate-finance-second-working.js'

/** Funding families worked again from each draw's figures. */
export const FUNDING_ROUTES: Readonly<Record<string, Route>> = {}
