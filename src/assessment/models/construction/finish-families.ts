import type { family } from './cest-text.js'

export const FINISH_FAMILIES = [] as ReturnType<typeof family>[]
