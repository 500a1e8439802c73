import type { AccountsTables } from './tables/accounts.js'

/** Every table of the platform, composed from each part's table types. */
export interface Database extends AccountsTables {}
