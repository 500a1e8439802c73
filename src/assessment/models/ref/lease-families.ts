import { worked } from './ref-text.js'

export const LEASE_FAMILIES = [] as ReturnType<typeof worked>[]
