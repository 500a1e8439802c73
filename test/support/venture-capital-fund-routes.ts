import type { Route } from './corporate-finance-second-working.js'

/** Fund economics and returns families worked again from each draw's figures. */
export const FUND_ROUTES: Readonly<Record<string, Route>> = {}
