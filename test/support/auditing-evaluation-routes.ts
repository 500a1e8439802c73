import type { Route } from './corporate-finance-second-working.js'

/** Evaluating misstatements families worked again from each draw's figures. */
export const EVALUATION_ROUTES: Readonly<Record<string, Route>> = {}
