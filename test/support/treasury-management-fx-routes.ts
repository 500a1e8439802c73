import type { Route } from './corporate-finance-second-working.js'

/** Fx families worked again from each draw's figures. */
export const FX_ROUTES: Readonly<Record<string, Route>> = {}
