/** A count with its noun: "1 week", "3 weeks", "1,200 hours" (`many` for nouns that do not just add an s). */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
