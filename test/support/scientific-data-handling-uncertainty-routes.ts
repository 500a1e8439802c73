import type { Route } from './scientific-data-handling-second-working.js'
export const UNCERTAINTY_ROUTES: Readonly<Record<string, Route>> = {}
