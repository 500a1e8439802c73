/** A fixed-price offer lists its milestones; an hourly one names the rate (and no milestones). */
export interface Offer {
  readonly milestones: readonly { readonly title: string; readonly amountCents: number }[]
  readonly hourlyRateCents?: number | undefined
}
