import type { JsFamily } from './probe.js'

export const DATA_FAMILIES: readonly JsFamily[] = []
