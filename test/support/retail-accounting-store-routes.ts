import type { Route } from './corporate-finance-second-working.js'

export const STORE_ROUTES: Readonly<Record<string, Route>> = {}
