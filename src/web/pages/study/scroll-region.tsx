import type { ReactNode } from 'react'

/** A wide table that scrolls sideways on a phone; keyboard users can focus it to scroll. */
export function ScrollRegion({
  label,
  children,
}: {
  readonly label: string
  readonly children: ReactNode
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
