import type { Route } from './corporate-finance-second-working.js'

export const CLAIMS_ROUTES: Readonly<Record<string, Route>> = {}
