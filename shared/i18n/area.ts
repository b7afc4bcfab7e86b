type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * A feature's strings in all three languages, in one file of its own (canvas, run, record …).
 * The types make sv and nb carry exactly en's keys; en.ts, sv.ts and nb.ts mount each area under
 * its name, and the catalogue test checks placeholders and emptiness.
 */
export function defineArea<const T>(en: T, translations: { sv: Widen<T>; nb: Widen<T> }): { en: T; sv: Widen<T>; nb: Widen<T> } {
  return { en, ...translations };
}
