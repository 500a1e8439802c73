import type { Route } from './corporate-finance-second-working.js'

/** Derivatives and hedging families worked again from each draw's figures. */
export const HEDGE_ROUTES: Readonly<Record<string, Route>> = {}
