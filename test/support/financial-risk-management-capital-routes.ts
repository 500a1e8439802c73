import type { Route } from './corporate-finance-second-working.js'

/** Capital, liquidity and operational risk families worked again from each draw's figures. */
export const CAPITAL_ROUTES: Readonly<Record<string, Route>> = {}
