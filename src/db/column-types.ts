import type { ColumnType } from 'kysely'

export type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A timestamp the database fills in (`default now()`) unless given. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
