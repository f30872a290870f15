// Input guards for the cost model. Boundaries validate with zod first; these catch programming errors
// (a NaN or a zero count reaching the maths) loudly instead of letting them become a silent Infinity.

export function requireFinite(name: string, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  return value;
}

export function requirePositive(name: string, value: number): number {
  requireFinite(name, value);
  if (value <= 0) throw new RangeError(`${name} must be greater than 0, got ${value}`);
  return value;
}

export function requireNonNegative(name: string, value: number): number {
  requireFinite(name, value);
  if (value < 0) throw new RangeError(`${name} must be 0 or more, got ${value}`);
  return value;
}

/** A share in (0, 1], e.g. utilization: zero would make every cost infinite. */
export function requireShare(name: string, value: number): number {
  requirePositive(name, value);
  if (value > 1) throw new RangeError(`${name} must be at most 1, got ${value}`);
  return value;
}

/** A share in [0, 1), e.g. a discount: 1 would make the price zero. */
export function requireDiscount(name: string, value: number): number {
  requireNonNegative(name, value);
  if (value >= 1) throw new RangeError(`${name} must be less than 1, got ${value}`);
  return value;
}
