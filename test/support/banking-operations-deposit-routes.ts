import type { Route } from './corporate-finance-second-working.js'

/** Deposit families worked again from each draw's figures. */
export const DEPOSIT_ROUTES: Readonly<Record<string, Route>> = {}
