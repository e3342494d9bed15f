// Tables looked up by words from a config file.

/**
 * `entries` as an object without a prototype, for lookups by a word a config file holds: on a plain object
 * `SSLVerifyClient constructor` found Object's constructor, a "known" mode, and `__proto__` found
 * Object.prototype. Here any word that is not a key finds nothing.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
