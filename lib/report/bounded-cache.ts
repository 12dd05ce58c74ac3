/**
 * A few promised values by key, for values that never change once made (an edition's model,
 * the difference between two editions): the least recently used is dropped first, and a
 * value that failed to load is forgotten so that the next request tries again.
 */
export function boundedCache<V>(keep: number) {
  const entries = new Map<string, Promise<V>>();
  return (key: string, load: () => Promise<V>): Promise<V> => {
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const loading = load();
    entries.set(key, loading);
    loading.catch(() => {
      if (entries.get(key) === loading) entries.delete(key);
    });
    while (entries.size > keep) entries.delete(entries.keys().next().value!);
    return loading;
  };
}
