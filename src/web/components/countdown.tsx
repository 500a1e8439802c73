import { useEffect, useState } from 'react'
import { serverNow } from '../api/server-clock.js'
import { formatClock } from '../format.js'

/** Seconds left under which the countdown turns to a warning. */
export const COUNTDOWN_WARNING_SECONDS = 120

/** Time left until the server's deadline; calls `onExpire` once when it reaches zero. */
export function Countdown({
  deadline,
  onExpire,
}: {
  readonly deadline: string
  readonly onExpire: () => void
}) {
  const end = Date.parse(deadline)
  const [left, setLeft] = useState(() => (end - serverNow()) / 1000)
  useEffect(() => {
    let fired = false
    const tick = () => {
      const seconds = (end - serverNow()) / 1000
      setLeft(seconds)
      if (seconds <= 0 && !fired) {
        fired = true
        onExpire()
      }
    }
    tick()
    const timer = window.setInterval(tick, 250)
    return () => window.clearInterval(timer)
  }, [end, onExpire])
  const warning = left <= COUNTDOWN_WARNING_SECONDS
  return (
    <div className={warning ? 'countdown countdown-warning' : 'countdown'}>
      <span className="countdown-label">Time left</span>
      {/* Announced only when it turns to a warning, not every second. */}
      <span className="countdown-value" aria-live={warning ? 'polite' : 'off'}>
        {formatClock(left)}
      </span>
    </div>
  )
}
