// Files named by users are read whole, so each read has a ceiling: `--config /dev/zero` or a runaway job file
// must end in "file too large", not in a machine out of memory. The ceiling is generous and can be raised.
import {closeSync, openSync, readSync} from 'node:fs';
import {open} from 'node:fs/promises';

const megabyte = 1024 * 1024;

/** 64 MB, or CHRONOS_TUI_MAX_FILE_MB. */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
	const configured = Number(env['CHRONOS_TUI_MAX_FILE_MB']);
	return Number.isFinite(configured) && configured > 0 ? Math.floor(configured * megabyte) : 64 * megabyte;
}

/** Thrown with code EFBIG, the errno a file over a size limit gets. */
export class FileTooLargeError extends Error {
	override readonly name = 'FileTooLargeError';
	readonly code = 'EFBIG';

	constructor(
		readonly path: string,
		readonly limitBytes: number,
	) {
		super(`${path} is too large (over ${formatLimit(limitBytes)}; CHRONOS_TUI_MAX_FILE_MB raises the limit)`);
	}
}

export function formatLimit(bytes: number): string {
	return bytes >= megabyte ? `${Math.round(bytes / megabyte)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The chunks read so far, refusing to grow past the limit. */
class BoundedText {
	private readonly chunks: Buffer[] = [];
	private total = 0;

	constructor(
		private readonly path: string,
		private readonly maxBytes: number,
	) {}

	/** A buffer for the next read: one byte past the limit is enough to know the file is over it. */
	nextBuffer(): Buffer {
		return Buffer.allocUnsafe(Math.min(megabyte, this.maxBytes + 1 - this.total));
	}

	add(buffer: Buffer, bytesRead: number): void {
		this.chunks.push(buffer.subarray(0, bytesRead));
		this.total += bytesRead;
		if (this.total > this.maxBytes) {
			throw new FileTooLargeError(this.path, this.maxBytes);
		}
	}

	text(): string {
		return Buffer.concat(this.chunks).toString('utf8');
	}
}

/** The file as UTF-8 text; FileTooLargeError past `maxBytes`, whatever the file is (a device, a pipe). */
export async function readBoundedFile(path: string, maxBytes = maxFileBytes()): Promise<string> {
	const handle = await open(path, 'r');
	try {
		const collected = new BoundedText(path, maxBytes);
		for (;;) {
			const buffer = collected.nextBuffer();
			const {bytesRead} = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) {
				return collected.text();
			}

			collected.add(buffer, bytesRead);
		}
	} finally {
		await handle.close();
	}
}

/** readBoundedFile for the few places that must read before anything else runs. */
export function readBoundedFileSync(path: string, maxBytes = maxFileBytes()): string {
	const descriptor = openSync(path, 'r');
	try {
		const collected = new BoundedText(path, maxBytes);
		for (;;) {
			const buffer = collected.nextBuffer();
			const bytesRead = readSync(descriptor, buffer, 0, buffer.length, null);
			if (bytesRead === 0) {
				return collected.text();
			}

			collected.add(buffer, bytesRead);
		}
	} finally {
		closeSync(descriptor);
	}
}
