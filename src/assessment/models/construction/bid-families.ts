import type { family } from './cest-text.js'

export const BID_FAMILIES = [] as ReturnType<typeof family>[]
