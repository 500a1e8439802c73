import type { Route } from './corporate-finance-second-working.js'

/** Indirect methods of proving income families worked again from each draw's figures. */
export const INCOME_ROUTES: Readonly<Record<string, Route>> = {}
