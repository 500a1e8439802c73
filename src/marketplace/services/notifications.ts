import { newId } from '../../db/index.js'
import type { MarketContext } from '../context.js'
import type { MarketDb } from '../market-db.js'
import type { NotificationKind } from '../tables.js'

export interface Notification {
  readonly id: string
  readonly kind: NotificationKind
  readonly text: string
  readonly link: string
  readonly createdAt: Date
  readonly read: boolean
}

/** Tells `userId` something happened, in the transaction of the change it reports. */
export async function notify(
  trx: MarketDb,
  at: Date,
  userId: string,
  kind: NotificationKind,
  text: string,
  link: string,
): Promise<void> {
  await trx
    .insertInto('marketplace_notifications')
    .values({ id: newId(), user_id: userId, kind, text, link, created_at: at, read_at: null })
    .execute()
}

/** The user's latest notifications and how many are unread. */
export async function listNotifications(
  ctx: MarketContext,
  userId: string,
  limit: number,
): Promise<{ notifications: Notification[]; unread: number }> {
  const rows = await ctx.db
    .selectFrom('marketplace_notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  const unread = await ctx.db
    .selectFrom('marketplace_notifications')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      link: r.link,
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
    unread: Number(unread.n),
  }
}

/** Marks the given notifications (all when none are named) read; returns how many changed. */
export async function markNotificationsRead(
  ctx: MarketContext,
  userId: string,
  ids: readonly string[] | undefined,
): Promise<number> {
  const result = await ctx.db
    .updateTable('marketplace_notifications')
    .set({ read_at: ctx.now() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .$if(ids !== undefined, (q) => q.where('id', 'in', ids!.length > 0 ? [...ids!] : ['']))
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
