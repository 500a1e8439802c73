import { DomainError } from '../../shared/index.js'

/** One allowed move of a state machine, with the rule it follows, said in words. */
export interface Move<S extends string> {
  readonly from: readonly S[]
  readonly to: S
  readonly rule: string
}

/** A state machine as a table keyed by action, so a new action without a move fails to compile. */
export type Machine<S extends string, A extends string> = Readonly<Record<A, Move<S>>>

/**
 * The status after `action`, or a 409 whose code names the machine and action and whose message
 * says the rule, so a client can tell a refused move from a server fault.
 *
 * @example nextStatus('milestone', MILESTONE_MOVES, 'proposed', 'release') // throws milestone_release_not_allowed
 */
export function nextStatus<S extends string, A extends string>(
  machine: string,
  moves: Machine<S, A>,
  status: S,
  action: A,
): S {
  const move = moves[action]
  if (!move.from.includes(status)) {
    throw new DomainError(
      'conflict',
      `${machine}_${action}_not_allowed`,
      `cannot ${action.replaceAll('_', ' ')} a ${machine} that is ${status.replaceAll('_', ' ')}: ${move.rule}`,
      { rule: move.rule, status, allowedFrom: move.from },
    )
  }
  return move.to
}
