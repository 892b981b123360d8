// Caches keyed by a list of objects (dictionaries, inflections): callers often pass a new array
// holding the same objects each time, so the key is the objects' identities, not the array's.
const ids = new WeakMap<object, number>();
let next = 1;

/** A number that stays the same for the same object. */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = next++));
  return id;
}

/** A small cache keyed by the identities of a list of objects (oldest entry dropped first). */
export class IdentityCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 8) {}

  get(objects: readonly object[], make: () => V): V {
    const key = objects.map(objectId).join(',');
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      if (this.entries.size >= this.capacity)
        this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }
}
