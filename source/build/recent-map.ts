// A map that keeps what was used lately and forgets the rest, at the cost of two plain maps: entries go into
// the newer one, and when it is full the older one is dropped and the newer one takes its place. An entry
// found in the older one moves to the newer one, so what every frame uses stays; what scrolled away goes
// after at most two fillings. No clock, no list to keep in order, no full clear that starts from nothing.
export class RecentMap<K, V> {
	private newer = new Map<K, V>();
	private older = new Map<K, V>();

	constructor(private readonly limit: number) {}

	get(key: K): V | undefined {
		const value = this.newer.get(key);
		if (value !== undefined) return value;
		const old = this.older.get(key);
		if (old !== undefined) this.set(key, old);
		return old;
	}

	set(key: K, value: V): void {
		if (this.newer.size >= this.limit) {
			this.older = this.newer;
			this.newer = new Map();
		}

		this.newer.set(key, value);
	}
}
