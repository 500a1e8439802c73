import type { Route } from './corporate-finance-second-working.js'

/** Asset misappropriation and financial statement schemes families worked again from each draw's figures. */
export const SCHEMES_ROUTES: Readonly<Record<string, Route>> = {}
