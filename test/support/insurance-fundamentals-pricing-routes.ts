import type { Route } from './corporate-finance-second-working.js'

export const PRICING_ROUTES: Readonly<Record<string, Route>> = {}
