import type { Route } from './corporate-finance-second-working.js'

/** Substantive sampling families worked again from each draw's figures. */
export const SAMPLING_ROUTES: Readonly<Record<string, Route>> = {}
