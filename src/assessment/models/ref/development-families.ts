import { worked } from './ref-text.js'

export const DEVELOPMENT_FAMILIES = [] as ReturnType<typeof worked>[]
