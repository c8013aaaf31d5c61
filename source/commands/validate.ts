// `chronos-tui validate FILE...`: the job model's verdict on each file, offline.
import type {ParsedArgs} from './args.js';
import {exitCodes} from './exit-codes.js';
import {offlineIdentity} from './identity.js';
import {type CommandIO, palette, print} from './io.js';
import {checkJobFiles, colorDiagnostic, countWords} from './job-files.js';
import {printableLine} from '../text/printable.js';

export async function validateCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const {user, profile} = await offlineIdentity(args.global, io);
	const report = await checkJobFiles(args.positionals, {profile, username: user}, io.stdin);
	const p = palette(io);
	for (const line of report.diagnostics) {
		print(io, colorDiagnostic(printableLine(line), p));
	}

	for (const file of report.files) {
		if (file.errors === 0) {
			const jobs = file.jobNames.length === 1 ? file.jobNames[0]! : `${file.jobNames.length} jobs`;
			const warned = file.warnings > 0 ? ` (${file.warnings} warning${file.warnings === 1 ? '' : 's'})` : '';
			print(io, `${p.green('ok')} ${printableLine(`${file.fileName}: ${jobs}`)} valid${warned}`);
		}
	}

	if (report.errors > 0) {
		const bad = report.files.filter((file) => file.errors > 0).length;
		print(io, p.red(`${countWords(report.errors, report.warnings)} in ${bad} of ${report.files.length} file${report.files.length === 1 ? '' : 's'}`));
		return exitCodes.jobProblem;
	}

	return exitCodes.ok;
}
