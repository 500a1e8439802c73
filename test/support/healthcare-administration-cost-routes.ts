import type { Route } from './corporate-finance-second-working.js'

/** Patient cost sharing and estimates families worked again from each draw's figures. */
export const COST_ROUTES: Readonly<Record<string, Route>> = {}
