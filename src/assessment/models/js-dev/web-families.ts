import type { JsFamily } from './probe.js'

export const WEB_FAMILIES: readonly JsFamily[] = []
