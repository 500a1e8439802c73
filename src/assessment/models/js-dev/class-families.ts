import type { JsFamily } from './probe.js'

export const CLASS_FAMILIES: readonly JsFamily[] = []
