import type { Route } from './corporate-finance-second-working.js'

/** Payment families worked again from each draw's figures. */
export const PAYMENT_ROUTES: Readonly<Record<string, Route>> = {}
