import type { Route } from './corporate-finance-second-working.js'

export const RESULTS_ROUTES: Readonly<Record<string, Route>> = {}
