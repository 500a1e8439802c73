import type { Route } from './corporate-finance-second-working.js'

/** Market risk: value at risk and expected shortfall families worked again from each draw's figures. */
export const MARKET_ROUTES: Readonly<Record<string, Route>> = {}
