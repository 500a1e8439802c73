import type { Route } from './corporate-finance-second-working.js'

/** Liquidation preferences and exit waterfalls families worked again from each draw's figures. */
export const WATERFALL_ROUTES: Readonly<Record<string, Route>> = {}
