// `chronos-tui support NAME`: the support request the site asks for, about one job, ready to paste into the
// site's form (stdout), or saved to a new file with --out. Where to paste it goes to stderr.
import {isChronosError} from '../chronos/errors.js';
import {outputSourceFor} from '../output/index.js';
import {outputSettings, storageRootFrom} from '../output/settings.js';
import {outputTail} from '../support/output-tail.js';
import {supportRequest, type SupportFacts} from '../support/request.js';
import {saveToNewFile} from '../support/save.js';
import {stringFlag, type ParsedArgs} from './args.js';
import {CommandError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note} from './io.js';
import {connect} from './session.js';

export async function supportCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const out = stringFlag(args.values, 'out');
	const {config, client} = await connect(args.global, io);
	const job = await client.getJob(name).catch((error: unknown) => {
		// A job that is gone is still worth a request (support can look at what Chronos logged); anything
		// else (Chronos unreachable, credentials refused) is the real answer.
		if (isChronosError(error) && error.kind === 'http') {
			return undefined;
		}

		throw error;
	});
	const [summaries, stats] = await Promise.all([client.listSummaries(), client.jobStats(name).catch(() => undefined)]);
	const summary = summaries.find(entry => entry.name === name);
	if (!job && !summary) {
		throw new CommandError(`there is no job ${name} on ${client.url}; check the name with chronos-tui list`);
	}

	const choice = job ? outputSourceFor(job, outputSettings(config, {storageRoot: storageRootFrom(io.env)})) : undefined;
	const output = choice?.source ? await outputTail(choice.source) : undefined;
	const facts: SupportFacts = {
		support: config.profile.support,
		user: config.user,
		url: client.url,
		name,
		job,
		summary,
		stats,
		output: output?.tail,
		outputNote: output?.problem ?? choice?.reason,
	};
	const request = supportRequest(facts);
	if (out) {
		const saved = await saveToNewFile(out, request.text).catch((error: unknown) => {
			throw new CommandError((error as Error).message);
		});
		note(io, `Saved the support request to ${saved}`);
	} else {
		io.stdout.write(request.text);
	}

	note(io, `${request.instructions}\nTitle: ${request.title}\nSupport page: ${request.page}`);
	return exitCodes.ok;
}
