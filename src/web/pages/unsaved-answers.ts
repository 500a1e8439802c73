/** Names the questions whose answers the server does not have yet, in words. */
export function unsavedMessage(positions: readonly number[], offline: boolean): string {
  const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(positions.map(String))
  const subject =
    positions.length === 1
      ? `The answer to question ${list} is`
      : `The answers to questions ${list} are`
  const why = offline
    ? 'You are offline: they are saved as soon as the connection is back, then you can submit.'
    : 'They keep being retried; submit again once they show "Answer saved".'
  return `${subject} not saved yet, so nothing was submitted. ${why}`
}
