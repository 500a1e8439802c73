import type { Route } from './corporate-finance-second-working.js'

/** Purchase price allocation families worked again from each draw's figures. */
export const PPA_ROUTES: Readonly<Record<string, Route>> = {}
