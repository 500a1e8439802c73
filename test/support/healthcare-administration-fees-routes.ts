import type { Route } from './corporate-finance-second-working.js'

/** Fee schedules and reimbursement families worked again from each draw's figures. */
export const FEES_ROUTES: Readonly<Record<string, Route>> = {}
