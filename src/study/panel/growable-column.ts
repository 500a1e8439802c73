/** An append-only typed column that doubles its storage as it grows. */
export class GrowableColumn<A extends Int32Array | Float64Array> {
  private data: A
  length = 0

  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024)
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }

  /** A compact copy of the values pushed so far. */
  finish(): A {
    return this.data.slice(0, this.length) as A
  }
}

export const int32Column = () => new GrowableColumn((n) => new Int32Array(n))
export const float64Column = () => new GrowableColumn((n) => new Float64Array(n))
