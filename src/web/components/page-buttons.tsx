/**
 * The previous/next buttons under a paged list: shown only where there is a page to go to.
 * `offset` is the first row shown, `shown` how many rows this page has, `total` all that match.
 */
export function PageButtons({
  offset,
  shown,
  total,
  pageSize,
  previous,
  next,
  onOffset,
}: {
  readonly offset: number
  readonly shown: number
  readonly total: number
  readonly pageSize: number
  readonly previous: string
  readonly next: string
  readonly onOffset: (offset: number) => void
}) {
  return (
    <p>
      {offset > 0 ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => onOffset(Math.max(0, offset - pageSize))}
        >
          {previous}
        </button>
      ) : null}{' '}
      {offset + shown < total ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => onOffset(offset + pageSize)}
        >
          {next}
        </button>
      ) : null}
    </p>
  )
}
