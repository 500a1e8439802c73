import type { Route } from './corporate-finance-second-working.js'

/** Deal structure and consideration families worked again from each draw's figures. */
export const STRUCTURE_ROUTES: Readonly<Record<string, Route>> = {}
