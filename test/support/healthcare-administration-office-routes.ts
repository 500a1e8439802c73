import type { Route } from './corporate-finance-second-working.js'

/** Scheduling, records and compliance families worked again from each draw's figures. */
export const OFFICE_ROUTES: Readonly<Record<string, Route>> = {}
