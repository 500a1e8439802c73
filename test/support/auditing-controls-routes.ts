import type { Route } from './corporate-finance-second-working.js'

/** Tests of controls families worked again from each draw's figures. */
export const CONTROLS_ROUTES: Readonly<Record<string, Route>> = {}
