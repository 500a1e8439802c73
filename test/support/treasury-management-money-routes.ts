import type { Route } from './corporate-finance-second-working.js'

/** Money families worked again from each draw's figures. */
export const MONEY_ROUTES: Readonly<Record<string, Route>> = {}
