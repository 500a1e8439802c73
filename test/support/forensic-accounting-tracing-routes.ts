import type { Route } from './corporate-finance-second-working.js'

/** Tracing funds families worked again from each draw's figures. */
export const TRACING_ROUTES: Readonly<Record<string, Route>> = {}
