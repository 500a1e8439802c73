import { createHash, randomBytes } from 'node:crypto'
import type { ItemKind } from '../item.js'
import type { ItemVariant } from '../item-model.js'
import type { Rng } from '../rng.js'
import type { StoredOption } from '../tables.js'
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

/**
 * Turns a planned slot into the concrete item of this attempt: an authored item as it is, or a
 * new variant of an item model (its keys computed by the model), with options shuffled.
 */
export async function deliverSlot(
  slot: PlannedSlot,
  rng: Rng,
  generateVariant: (modelId: string, rng: Rng) => Promise<ItemVariant | null>,
): Promise<DeliveredItem> {
  switch (slot.source) {
    case 'item': {
      const { item } = slot
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
      )
    }
    case 'model': {
      const variant = await generateVariant(slot.modelId, rng)
      if (!variant) throw new Error(`item model ${slot.modelId} is not registered`)
      return withOpaqueOptions(
        {
          itemRef: slot.modelId,
          source: 'model',
          domain: slot.domain,
          scored: true,
          kind: variant.kind,
          stem: variant.stem,
          family: variant.family ?? slot.modelId,
          variantKey: variantKey(variant),
        },
        variant.options,
        variant.keys,
        rng,
      )
    }
  }
}

function withOpaqueOptions(
  base: Omit<DeliveredItem, 'options' | 'keyOptionIds'>,
  options: readonly { readonly id: string; readonly markdown: string }[],
  keys: readonly string[],
  rng: Rng,
): DeliveredItem {
  const stored = rng
    .shuffle(options)
    .map((o): StoredOption => ({ id: opaqueOptionId(), markdown: o.markdown, canonicalId: o.id }))
  const keyOptionIds = stored.filter((o) => keys.includes(o.canonicalId)).map((o) => o.id)
  if (keyOptionIds.length !== new Set(keys).size) {
    throw new Error(`item ${base.itemRef} names a key that is not one of its options`)
  }
  return { ...base, options: stored, keyOptionIds }
}

/**
 * The same variant drawn twice (same stem and options) gets the same key, so a calibration can
 * see how often each was answered; 16 hex digits of SHA-256 tell the variants of a family apart.
 */
function variantKey(variant: ItemVariant): string {
  const shown = JSON.stringify([variant.stem, ...variant.options.map((o) => o.markdown)])
  return createHash('sha256').update(shown).digest('hex').slice(0, 16)
}
