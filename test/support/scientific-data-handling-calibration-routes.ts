import type { Route } from './scientific-data-handling-second-working.js'
export const CALIBRATION_ROUTES: Readonly<Record<string, Route>> = {}
