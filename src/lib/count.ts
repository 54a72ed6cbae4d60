// Counting things in messages: "1 grade", "2 grades", "0 mock interviews".

/** `n` and the noun agreeing with it: `one` for exactly 1, else `many` (the noun plus "s" unless given). */
export function count(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
