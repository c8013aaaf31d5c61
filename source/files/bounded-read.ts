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

/** The file as UTF-8 text; FileTooLargeError past `maxBytes`, whatever the file is (a device, a pipe). */
export async function readBoundedFile(path: string, maxBytes = maxFileBytes()): Promise<string> {
	const handle = await open(path, 'r');
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(megabyte, maxBytes + 1 - total));
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) {
				return Buffer.concat(chunks).toString('utf8');
			}

			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) {
				throw new FileTooLargeError(path, maxBytes);
			}
		}
	} finally {
		await handle.close();
	}
}

/** readBoundedFile for the few places that must read before anything else runs. */
export function readBoundedFileSync(path: string, maxBytes = maxFileBytes()): string {
	const descriptor = openSync(path, 'r');
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(megabyte, maxBytes + 1 - total));
			const bytesRead = readSync(descriptor, chunk, 0, chunk.length, null);
			if (bytesRead === 0) {
				return Buffer.concat(chunks).toString('utf8');
			}

			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) {
				throw new FileTooLargeError(path, maxBytes);
			}
		}
	} finally {
		closeSync(descriptor);
	}
}
