import type { ItemOption } from '../item.js'
import { LETTER_REFERENCE, OF_THE_ABOVE, readText } from '../lint/option-cues.js'

/**
 * Text that gives the key away in the option it marks: crowd-sourced banks annotate keyed
 * options with "(correct)", "(answer)", a check mark, or "<- correct". The rule is to refuse, not
 * strip: the mark may sit on the wrong option, and a reviewer has to look at the item anyway.
 */
const ANSWER_REVEALING =
  /\((?:correct|right|answer|true|correct answer)\)|[\u2713\u2714\u2705]|(?:<-+|\u2190)\s*(?:correct|answer|right)\b/i

/**
 * Why an imported item cannot be delivered as written, or `undefined`. Delivered options are
 * always shuffled, so an option that points at others ("all of the above", "both A and B") would
 * point at the wrong ones: such items are refused rather than kept in a fixed order.
 *
 * @example screenOptions([{ id: 'A', markdown: 'All of the above' }, …])?.reason // 'option A refers to …'
 */
export function screenOptions(
  options: readonly ItemOption[],
): { readonly index: number; readonly reason: string } | undefined {
  const texts = options.map((o) => readText(o.markdown))
  const shown = options.map((o) => o.markdown.replace(/\s+/g, ' ').trim())
  for (const [i, option] of options.entries()) {
    const text = texts[i]!
    const revealing = ANSWER_REVEALING.exec(option.markdown)
    const at = (reason: string) => ({ index: i, reason })
    if (revealing)
      return at(`option ${option.id} carries answer-revealing text "${revealing[0]}": remove it`)
    if (OF_THE_ABOVE.test(text))
      return at(
        `option ${option.id} refers to the other options ("${text}"), which are shuffled when delivered: rewrite it`,
      )
    if (LETTER_REFERENCE.test(text))
      return at(
        `option ${option.id} names options by letter ("${text}"), which are shuffled when delivered: rewrite it`,
      )
    const same = shown.findIndex((t, j) => j < i && t === shown[i])
    if (same >= 0)
      return at(
        `options ${options[same]!.id} and ${option.id} read the same ("${text}") as displayed`,
      )
  }
  return undefined
}
