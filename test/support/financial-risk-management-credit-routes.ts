import type { Route } from './corporate-finance-second-working.js'

/** Credit risk families worked again from each draw's figures. */
export const CREDIT_ROUTES: Readonly<Record<string, Route>> = {}
