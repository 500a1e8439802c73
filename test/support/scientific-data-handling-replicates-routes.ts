import type { Route } from './scientific-data-handling-second-working.js'
export const REPLICATES_ROUTES: Readonly<Record<string, Route>> = {}
