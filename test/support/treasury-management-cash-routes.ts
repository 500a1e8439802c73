import type { Route } from './corporate-finance-second-working.js'

/** Cash families worked again from each draw's figures. */
export const CASH_ROUTES: Readonly<Record<string, Route>> = {}
