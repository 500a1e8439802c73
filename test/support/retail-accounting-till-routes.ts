import type { Route } from './corporate-finance-second-working.js'

export const TILL_ROUTES: Readonly<Record<string, Route>> = {}
