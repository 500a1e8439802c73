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
  const user = await ctx.db
    .selectFrom('users')
    .leftJoin('marketplace_profiles', 'marketplace_profiles.user_id', 'users.id')
    .select([
      'users.id',
      'users.display_name',
      'marketplace_profiles.headline',
      'marketplace_profiles.hourly_rate_cents',
      'marketplace_profiles.skills',
      'marketplace_profiles.organisation',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst()
  if (!user) {
    throw new DomainError('not_found', 'profile_not_found', `there is no profile ${userId}`)
  }
  return {
    userId: user.id,
    displayName: user.display_name,
    headline: user.headline ?? '',
    hourlyRateCents: user.hourly_rate_cents ?? null,
    skills: user.skills ?? [],
    organisation: user.organisation ?? null,
    record: await freelancerRecord(ctx, userId),
  }
}
