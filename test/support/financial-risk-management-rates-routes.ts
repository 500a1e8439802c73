import type { Route } from './corporate-finance-second-working.js'

/** Interest rate risk families worked again from each draw's figures. */
export const RATES_ROUTES: Readonly<Record<string, Route>> = {}
