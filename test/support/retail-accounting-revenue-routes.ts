import type { Route } from './corporate-finance-second-working.js'

export const REVENUE_ROUTES: Readonly<Record<string, Route>> = {}
