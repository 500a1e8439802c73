import { findAccount } from '../../accounts/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { type FreelancerRecord, freelancerRecord } from './freelancer-record.js'

export interface ProfileInput {
  readonly headline: string
  readonly hourlyRateCents: number | null
  readonly skills: readonly string[]
  readonly organisation: string | null
}

export interface Profile extends ProfileInput {
  readonly userId: string
  readonly displayName: string
  readonly record: FreelancerRecord
}

/** Creates or replaces the user's profile; one account acts as freelancer and client alike. */
export async function saveProfile(
  ctx: MarketContext,
  userId: string,
  input: ProfileInput,
): Promise<Profile> {
  const values = {
    headline: input.headline,
    hourly_rate_cents: input.hourlyRateCents,
    skills: JSON.stringify(input.skills),
    organisation: input.organisation,
    updated_at: ctx.now(),
  }
  await ctx.db
    .insertInto('marketplace_profiles')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute()
  return viewProfile(ctx, userId)
}

/** A public profile: what the user wrote, plus certifications and track record from the platform. */
export async function viewProfile(ctx: MarketContext, userId: string): Promise<Profile> {
  const account = await findAccount(ctx.db, userId)
  if (!account) {
    throw new DomainError('not_found', 'profile_not_found', `there is no profile ${userId}`)
  }
  const profile = await ctx.db
    .selectFrom('marketplace_profiles')
    .select(['headline', 'hourly_rate_cents', 'skills', 'organisation'])
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return {
    userId: account.id,
    displayName: account.displayName,
    headline: profile?.headline ?? '',
    hourlyRateCents: profile?.hourly_rate_cents ?? null,
    skills: profile?.skills ?? [],
    organisation: profile?.organisation ?? null,
    record: await freelancerRecord(ctx, userId),
  }
}
