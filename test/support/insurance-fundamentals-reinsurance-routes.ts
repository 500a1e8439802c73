import type { Route } from './corporate-finance-second-working.js'

export const REINSURANCE_ROUTES: Readonly<Record<string, Route>> = {}
