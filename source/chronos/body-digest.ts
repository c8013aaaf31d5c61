// The fingerprint of an answer that arrives in pieces, to tell an unchanged one without reading it again: its
// length in bytes and a 64-bit hash of its bytes (two 32-bit lanes, FNV-1a and a multiply-shift one). Not
// cryptographic, and it need not be: a server that made two answers collide would only keep showing what it
// sent before. node:crypto would cost about 12 ms to load at every launch, before the first frame.

export class BodyDigest {
	private length = 0;
	private fnv = 0x811c9dc5;
	private mix = 0x9747b28c;

	update(chunk: Uint8Array): void {
		let fnv = this.fnv;
		let mix = this.mix;
		for (let index = 0; index < chunk.length; index++) {
			const byte = chunk[index]!;
			fnv = Math.imul(fnv ^ byte, 0x01000193);
			mix = Math.imul(mix ^ byte, 0x5bd1e995);
			mix ^= mix >>> 15;
		}
		this.fnv = fnv;
		this.mix = mix;
		this.length += chunk.length;
	}

	fingerprint(): string {
		return `${this.length}:${(this.fnv >>> 0).toString(36)}:${(this.mix >>> 0).toString(36)}`;
	}
}
