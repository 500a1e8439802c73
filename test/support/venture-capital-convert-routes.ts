import type { Route } from './corporate-finance-second-working.js'

/** SAFEs and convertible notes families worked again from each draw's figures. */
export const CONVERT_ROUTES: Readonly<Record<string, Route>> = {}
