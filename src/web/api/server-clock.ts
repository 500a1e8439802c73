// The server owns the attempt clock. The browser's clock may be off by minutes, so the countdown
// runs on the server's time, estimated from the Date header of the latest API answer
// (one-second resolution, which is what a countdown shows).

let offsetMs = 0

export function noteServerDate(header: string | null): void {
  if (!header) return
  const server = Date.parse(header)
  if (Number.isFinite(server)) offsetMs = server - Date.now()
}

/** Now, by the server's clock, in epoch milliseconds. */
export function serverNow(): number {
  return Date.now() + offsetMs
}
