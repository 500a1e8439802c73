import type { Route } from './corporate-finance-second-working.js'

/** Valuation for a deal families worked again from each draw's figures. */
export const VALUE_ROUTES: Readonly<Record<string, Route>> = {}
