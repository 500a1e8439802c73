/**
 * Record ids of a simulated market: a letter and a zero-padded sequence number, the fixtures'
 * style (w00001, a000001, p0000001, y0000001, e00001). Widths grow with the market so that ids of
 * one kind sort as their numbers do.
 */
export class MarketIds {
  private awards = 0
  private projects = 0
  private payments = 0
  private readonly workerWidth: number
  private readonly employerWidth: number
  private readonly awardWidth: number
  private readonly projectWidth: number

  constructor(workers: number, employers: number) {
    const digits = (n: number) => String(Math.max(1, n)).length
    this.workerWidth = Math.max(5, digits(workers))
    this.employerWidth = Math.max(5, digits(employers))
    this.awardWidth = Math.max(6, digits(workers) + 2)
    this.projectWidth = Math.max(7, digits(workers) + 3)
  }

  worker(index: number): string {
    return `w${String(index + 1).padStart(this.workerWidth, '0')}`
  }

  employer(index: number): string {
    return `e${String(index + 1).padStart(this.employerWidth, '0')}`
  }

  nextAward(): string {
    return `a${String(++this.awards).padStart(this.awardWidth, '0')}`
  }

  nextProject(): string {
    return `p${String(++this.projects).padStart(this.projectWidth, '0')}`
  }

  nextPayment(): string {
    return `y${String(++this.payments).padStart(this.projectWidth, '0')}`
  }
}
