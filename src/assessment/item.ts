export type ItemKind = 'single' | 'multiple'

/**
 * draft → review → pretest → operational → retired. Only operational items are scored. `review`
 * means reviewed: a reviewer other than the author found the stored key (see `advanceItem`).
 */
export const ITEM_LIFECYCLES = ['draft', 'review', 'pretest', 'operational', 'retired'] as const
export type ItemLifecycle = (typeof ITEM_LIFECYCLES)[number]

export type ItemSource = 'authored' | 'model'

/** An option in authoring order; `id` is stable within the item (A, B, C …), never shown as is. */
export interface ItemOption {
  readonly id: string
  readonly markdown: string
}

/** A multiple-choice item; stem and options are Markdown and may hold fenced code blocks. */
export interface Item {
  readonly id: string
  readonly testId: string
  /** Blueprint domain id within the test. */
  readonly domain: string
  readonly kind: ItemKind
  readonly stem: string
  readonly options: readonly ItemOption[]
  /** Ids of the correct options: exactly one for `single`, one or more for `multiple`. */
  readonly keys: readonly string[]
  readonly lifecycle: ItemLifecycle
  readonly source: ItemSource
  /** The item model a `model` item was generated from. */
  readonly modelId?: string
}

/** Option ids in authoring order: A, B, C … */
export function optionId(index: number): string {
  return String.fromCharCode(65 + index)
}
