import { worked } from './ref-text.js'

export const RETURN_FAMILIES = [] as ReturnType<typeof worked>[]
