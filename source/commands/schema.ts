// `chronos-tui schema`: the JSON Schema of a job file, so editors complete and check fields as you type.
import {jobJsonSchema} from '../jobs/json-schema.js';
import type {ParsedArgs} from './args.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, print} from './io.js';

export async function schemaCommand(_args: ParsedArgs, io: CommandIO): Promise<number> {
	print(io, JSON.stringify(jobJsonSchema, null, 2));
	return exitCodes.ok;
}
