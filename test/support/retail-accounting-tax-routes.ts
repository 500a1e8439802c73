import type { Route } from './corporate-finance-second-working.js'

export const TAX_ROUTES: Readonly<Record<string, Route>> = {}
