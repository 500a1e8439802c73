import type { Route } from './corporate-finance-second-working.js'

/** Fraud analytics and red flags families worked again from each draw's figures. */
export const ANALYTICS_ROUTES: Readonly<Record<string, Route>> = {}
