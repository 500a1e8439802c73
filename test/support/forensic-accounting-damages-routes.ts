import type { Route } from './corporate-finance-second-working.js'

/** Economic damages families worked again from each draw's figures. */
export const DAMAGES_ROUTES: Readonly<Record<string, Route>> = {}
