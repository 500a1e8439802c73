import type { Route } from './corporate-finance-second-working.js'

/** Anti-dilution and vesting families worked again from each draw's figures. */
export const PROTECT_ROUTES: Readonly<Record<string, Route>> = {}
