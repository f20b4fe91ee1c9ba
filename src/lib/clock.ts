// Time is injected so expiry, rate windows and remaining days are testable without sleeping.

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock tests can move by hand. */
export class ManualClock implements Clock {
  #ms: number
  constructor(start: Date | string = '2026-02-11T09:30:00Z') {
    this.#ms = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.#ms)
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime()
  }
  advance(seconds: number): void {
    this.#ms += seconds * 1000
  }
}
