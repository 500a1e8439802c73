import type { family } from './cest-text.js'

export const PRICING_FAMILIES = [] as ReturnType<typeof family>[]
