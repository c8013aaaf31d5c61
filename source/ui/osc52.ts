// Copy to the user's own clipboard through the terminal (OSC 52), which works over ssh where no local
// clipboard tool can.
import {passthrough} from './terminal-passthrough.js';

export function osc52Sequence(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const payload = Buffer.from(text, 'utf8').toString('base64');
	return passthrough(`\u001B]52;c;${payload}\u0007`, env);
}
