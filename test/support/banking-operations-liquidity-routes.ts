import type { Route } from './corporate-finance-second-working.js'

/** Liquidity families worked again from each draw's figures. */
export const LIQUIDITY_ROUTES: Readonly<Record<string, Route>> = {}
