/** A type guard for the `as const` lists of ids and codes: is `x` one of the list's strings? */
export const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T => typeof x === 'string' && (list as readonly string[]).includes(x);
