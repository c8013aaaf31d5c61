// The exit codes every subcommand shares, so scripts can tell "fix your job" from "fix your config"
// from "the cluster is down" without parsing messages.

export const exitCodes = {
	ok: 0,
	/** The job is invalid, or an action on a job was refused or failed. */
	jobProblem: 1,
	/** The command line itself is wrong. */
	usage: 2,
	/** Configuration or credentials (including a 401 from Chronos). */
	config: 3,
	/** Chronos cannot be reached: connection refused, DNS failure, timeout. */
	unreachable: 4,
	/** Chronos answered with an error or with a body we cannot read. */
	chronos: 5,
	/** `wait` (and `--wait`) gave up: a run had not ended when --timeout ran out. */
	waitTimeout: 6,
	/** The output could not be written (a full disk, /dev/full): it is lost (EX_IOERR). */
	output: 74,
	/** A bug: something nobody planned for (EX_SOFTWARE). */
	internal: 70,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
