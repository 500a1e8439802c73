import { createHash, randomBytes } from 'node:crypto'
import type { ItemKind } from '../item.js'
import type { ItemVariant } from '../item-model.js'
import type { Rng } from '../rng.js'
import type { StoredOption } from '../tables.js'
import { type FormBalance, keyCues, MAX_CUE_REDRAWS } from './form-balance.js'
import type { PlannedSlot } from './plan-form.js'

/** An item as this attempt delivers it: options shuffled under ids that mean nothing elsewhere. */
export interface DeliveredItem {
  readonly itemRef: string
  readonly source: 'item' | 'model'
  readonly domain: string
  readonly scored: boolean
  readonly kind: ItemKind
  readonly stem: string
  readonly options: readonly StoredOption[]
  /** Opaque ids of the keys: stored server-side, never presented. */
  readonly keyOptionIds: readonly string[]
  /** The item family: the model's template where it names one, else the model or bank item. */
  readonly family: string
  /** Which variant: a digest of stem and options in their canonical order. */
  readonly variantKey: string
}

/** 72 random bits per option id: unguessable, and fresh in every attempt. */
export function opaqueOptionId(): string {
  return randomBytes(9).toString('base64url')
}

/** A fresh variant of a model, of the named stratum where the slot names one; null if unknown. */
export type GenerateVariant = (
  modelId: string,
  rng: Rng,
  stratum?: string,
) => Promise<ItemVariant | null>

/**
 * Turns a planned slot into the concrete item of this attempt: an authored item as it is, or a
 * new variant of an item model (its keys computed by the model), with options shuffled. With a
 * form's `balance`, a single key goes to a least-used position and a variant whose key carries a
 * cue the form has spent is drawn again.
 */
export async function deliverSlot(
  slot: PlannedSlot,
  rng: Rng,
  generateVariant: GenerateVariant,
  balance?: FormBalance,
): Promise<DeliveredItem> {
  switch (slot.source) {
    case 'item': {
      const { item } = slot
      balance?.admit(
        keyCues(
          item.options.map((o) => o.markdown),
          keyIndex(item.options, item.keys),
        ),
      )
      return withOpaqueOptions(
        {
          itemRef: item.id,
          source: 'item',
          domain: item.domain,
          scored: slot.scored,
          kind: item.kind,
          stem: item.stem,
          family: item.id,
          variantKey: item.id,
        },
        item.options,
        item.keys,
        rng,
        balance,
      )
    }
    case 'model': {
      const variant = await balancedVariant(slot, rng, generateVariant, balance)
      return withOpaqueOptions(
        {
          itemRef: slot.modelId,
          source: 'model',
          domain: slot.domain,
          scored: slot.pretest !== true,
          kind: variant.kind,
          stem: variant.stem,
          family: variant.family ?? slot.modelId,
          variantKey: variantKey(variant),
        },
        variant.options,
        variant.keys,
        rng,
        balance,
      )
    }
  }
}

async function balancedVariant(
  slot: Extract<PlannedSlot, { source: 'model' }>,
  rng: Rng,
  generateVariant: GenerateVariant,
  balance: FormBalance | undefined,
): Promise<ItemVariant> {
  for (let draw = 0; ; draw++) {
    const variant = await generateVariant(slot.modelId, rng, slot.stratum)
    if (!variant) throw new Error(`item model ${slot.modelId} is not registered`)
    if (!balance) return variant
    const cues = keyCues(
      variant.options.map((o) => o.markdown),
      keyIndex(variant.options, variant.keys),
    )
    if (draw < MAX_CUE_REDRAWS && balance.overBudget(cues)) continue
    balance.admit(cues)
    return variant
  }
}

/** The key's index among the options of a single-answer item; -1 for several keys. */
function keyIndex(options: readonly { readonly id: string }[], keys: readonly string[]): number {
  return keys.length === 1 ? options.findIndex((o) => o.id === keys[0]) : -1
}

function withOpaqueOptions(
  base: Omit<DeliveredItem, 'options' | 'keyOptionIds'>,
  options: readonly { readonly id: string; readonly markdown: string }[],
  keys: readonly string[],
  rng: Rng,
  balance: FormBalance | undefined,
): DeliveredItem {
  const stored = ordered(options, keys, rng, balance).map(
    (o): StoredOption => ({ id: opaqueOptionId(), markdown: o.markdown, canonicalId: o.id }),
  )
  const keyOptionIds = stored.filter((o) => keys.includes(o.canonicalId)).map((o) => o.id)
  if (keyOptionIds.length !== new Set(keys).size) {
    throw new Error(`item ${base.itemRef} names a key that is not one of its options`)
  }
  return { ...base, options: stored, keyOptionIds }
}

/** Options shuffled; with a balance, a single key then moved to the position the form needs. */
function ordered<O extends { readonly id: string }>(
  options: readonly O[],
  keys: readonly string[],
  rng: Rng,
  balance: FormBalance | undefined,
): O[] {
  const shuffled = rng.shuffle(options)
  const key = keyIndex(shuffled, keys)
  if (!balance || key < 0) return shuffled
  const [keyed] = shuffled.splice(key, 1)
  shuffled.splice(balance.keyPosition(options.length, rng), 0, keyed!)
  return shuffled
}

/**
 * The same variant drawn twice (same stem and options) gets the same key, so a calibration can
 * see how often each was answered; 16 hex digits of SHA-256 tell the variants of a family apart.
 */
function variantKey(variant: ItemVariant): string {
  const shown = JSON.stringify([variant.stem, ...variant.options.map((o) => o.markdown)])
  return createHash('sha256').update(shown).digest('hex').slice(0, 16)
}
