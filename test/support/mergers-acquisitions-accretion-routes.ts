import type { Route } from './corporate-finance-second-working.js'

/** Accretion and dilution families worked again from each draw's figures. */
export const ACCRETION_ROUTES: Readonly<Record<string, Route>> = {}
