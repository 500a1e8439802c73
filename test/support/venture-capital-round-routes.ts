import type { Route } from './corporate-finance-second-working.js'

/** Priced rounds and the cap table families worked again from each draw's figures. */
export const ROUND_ROUTES: Readonly<Record<string, Route>> = {}
