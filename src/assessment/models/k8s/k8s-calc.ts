/**
 * The arithmetic of the Kubernetes families: resource quantities, rolling-update bounds, the
 * horizontal pod autoscaler's formula and label-selector matching, as kubernetes.io documents them.
 */

const SUFFIX: Record<string, number> = {
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
}

/** A quantity's value ("250m" is 0.25, "1.5Gi" is 1610612736), from "Meaning of CPU/memory". */
export function quantity(q: string): number {
  const m = /^(\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec(q)
  if (!m || !(m[2]! in SUFFIX)) throw new Error(`not a quantity: ${q}`)
  return Number(m[1]) * SUFFIX[m[2]!]!
}

/** CPU quantity in whole millicores. */
export const milli = (q: string): number => Math.round(quantity(q) * 1000)
/** Memory quantity in MiB. */
export const mib = (q: string): number => quantity(q) / 1024 ** 2

/** One decimal place, as the families state MiB figures. */
export const one = (x: number): string => (Math.round(x * 10) / 10).toFixed(1)

/**
 * A rolling update's bounds (Deployments: "Max Surge" rounds a percentage up, "Max Unavailable"
 * rounds it down): at most replicas + surge pods, at least replicas − unavailable available.
 */
export function rollingBounds(
  replicas: number,
  surge: string,
  unavailable: string,
): { readonly most: number; readonly least: number } {
  const abs = (v: string, up: boolean) =>
    v.endsWith('%')
      ? (up ? Math.ceil : Math.floor)((replicas * Number(v.slice(0, -1))) / 100)
      : Number(v)
  return { most: replicas + abs(surge, true), least: replicas - abs(unavailable, false) }
}

/**
 * The autoscaler's desired replicas (Horizontal Pod Autoscaling, "Algorithm details"):
 * ceil(current × metric / target), unchanged when the ratio is within the 0.1 tolerance, then
 * held between the minimum and maximum.
 */
export function hpaDesired(
  current: number,
  metric: number,
  target: number,
  min: number,
  max: number,
  tolerance = 0.1,
): number {
  const ratio = metric / target
  const raw = Math.abs(ratio - 1) <= tolerance ? current : Math.ceil(current * ratio)
  return Math.min(max, Math.max(min, raw))
}

/** A set-based or equality requirement of a label selector. */
export type Requirement =
  | { readonly op: 'in' | 'notin'; readonly key: string; readonly values: readonly string[] }
  | { readonly op: '=' | '!='; readonly key: string; readonly value: string }
  | { readonly op: 'exists' | '!'; readonly key: string }

/** Whether labels meet every requirement (requirements are ANDed; notin and != match a missing key). */
export function matches(labels: Readonly<Record<string, string>>, reqs: readonly Requirement[]) {
  return reqs.every((r) => {
    const v = labels[r.key]
    switch (r.op) {
      case 'in':
        return v !== undefined && r.values.includes(v)
      case 'notin':
        return v === undefined || !r.values.includes(v)
      case '=':
        return v === r.value
      case '!=':
        return v !== r.value
      case 'exists':
        return v !== undefined
      default:
        return v === undefined
    }
  })
}

/** A requirement as kubectl's -l argument writes it. */
export function selectorText(reqs: readonly Requirement[]): string {
  return reqs
    .map((r) => {
      switch (r.op) {
        case 'in':
        case 'notin':
          return `${r.key} ${r.op} (${r.values.join(',')})`
        case '=':
        case '!=':
          return `${r.key}${r.op}${r.value}`
        case 'exists':
          return r.key
        default:
          return `!${r.key}`
      }
    })
    .join(',')
}

/** Labels as a pod listing shows them. */
export const labelText = (labels: Readonly<Record<string, string>>): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
