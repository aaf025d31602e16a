// Memoises a pure function of an object by that object's identity. A WeakMap holds the results, so an entry lives as
// long as its key: callers that keep one object for something that does not change (the SCEP material of a CA keeps
// its RA and CA certificates) get the parse once, one-off objects cost nothing extra.
export function memoizePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
