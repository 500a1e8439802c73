import type { Route } from './corporate-finance-second-working.js'

/** Financing and closing mechanics families worked again from each draw's figures. */
export const CLOSING_ROUTES: Readonly<Record<string, Route>> = {}
