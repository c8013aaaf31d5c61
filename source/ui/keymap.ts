// Every key the dashboard understands, one table per view. The same tables drive key handling (`actionFor`
// in input/keystroke.ts), the bottom hint bar and the `?` help, so the three can never disagree.
import type {KeyBinding} from './keymap-types.js';
import type {SortKey} from './list-model.js';

export type ListAction =
	| 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown'
	| 'details' | 'filter' | 'clearFilter' | 'sort' | 'scope' | 'stop' | 'rerun' | 'delete' | 'edit' | 'new' | 'clone'
	| 'copy' | 'refresh' | 'pause' | 'fullText' | 'tree' | 'help' | 'quit' | 'output' | 'support' | 'notify';

export type DetailsAction =
	| 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown' | 'format'
	| 'stop' | 'rerun' | 'delete' | 'edit' | 'clone' | 'copy' | 'refresh' | 'fullText' | 'help' | 'back' | 'output' | 'support' | 'notify';

export type TreeAction =
	| 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown'
	| 'details' | 'filter' | 'stop' | 'rerun' | 'delete' | 'edit' | 'clone' | 'copy' | 'output' | 'support' | 'notify' | 'refresh'
	| 'pause' | 'fullText' | 'help' | 'back';

export type ConfirmAction = 'switch' | 'left' | 'right' | 'choose' | 'cancel' | 'help';
export type TypedConfirmAction = 'confirm' | 'cancel';
export type FilterAction = 'apply' | 'clear';
export type SortMenuAction = SortKey | 'reverse' | 'cancel' | 'help';
export type PromptAction = 'run' | 'cancel';
export type PasswordAction = 'signIn' | 'close' | 'quit';
export type ReviewAction = 'up' | 'down' | 'apply' | 'reedit' | 'cancel' | 'help';
export type TextAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom' | 'close';

const scrolling = [
	{keys: ['k', 'up'], action: 'up', description: 'Move up one line', hint: '↑↓ move'},
	{keys: ['j', 'down'], action: 'down', description: 'Move down one line'},
	{keys: ['g', 'home'], action: 'top', description: 'Go to the first line'},
	{keys: ['G', 'end'], action: 'bottom', description: 'Go to the last line'},
	{keys: ['pageup'], action: 'pageUp', description: 'One page up'},
	{keys: ['pagedown'], action: 'pageDown', description: 'One page down'},
	{keys: ['ctrl+u'], action: 'halfUp', description: 'Half a page up'},
	{keys: ['ctrl+d'], action: 'halfDown', description: 'Half a page down'},
] as const satisfies ReadonlyArray<KeyBinding<ListAction & DetailsAction>>;

/** What can be done to the selected job, wherever a job is selected: list, tree and details. */
const jobChanges = [
	{keys: ['s'], action: 'stop', description: 'Stop: kill its running tasks', hint: 's stop'},
	{keys: ['r'], action: 'rerun', description: 'Run now; refused when Chronos would drop it', hint: 'r rerun'},
	{keys: ['D'], action: 'delete', description: 'Delete it and the jobs that depend on it', hint: 'D delete'},
	{keys: ['e'], action: 'edit', description: 'Edit as YAML in $EDITOR', hint: 'e edit'},
] as const satisfies ReadonlyArray<KeyBinding<ListAction & DetailsAction & TreeAction>>;

const jobCopies = [
	{keys: ['c'], action: 'clone', description: 'Clone into the wizard'},
	{keys: ['y'], action: 'copy', description: 'Copy as JSON (OSC 52)'},
] as const satisfies ReadonlyArray<KeyBinding<ListAction & DetailsAction & TreeAction>>;

const jobViews = [
	{keys: ['l'], action: 'output', description: 'Output of its newest run', hint: 'l output'},
	{keys: ['S'], action: 'support', description: 'Support request about it'},
	{keys: ['b'], action: 'notify', description: 'Tell me when its runs end (bell, desktop)'},
] as const satisfies ReadonlyArray<KeyBinding<ListAction & DetailsAction & TreeAction>>;

export const listKeys: ReadonlyArray<KeyBinding<ListAction>> = [
	...scrolling,
	{keys: ['enter'], action: 'details', description: 'Open: fields, stats, JSON/YAML', hint: '⏎ open'},
	{keys: ['/'], action: 'filter', description: 'Filter by name, state, image or command', hint: '/ filter'},
	{keys: ['esc'], action: 'clearFilter', description: 'Clear the filter, when one is applied', hint: 'esc clear filter'},
	{keys: ['o'], action: 'sort', description: 'Sort: pick a column (again: reverse)', hint: 'o sort'},
	{keys: ['m'], action: 'scope', description: 'Only my jobs, or all jobs', hint: 'm mine'},
	...jobChanges,
	{keys: ['n'], action: 'new', description: 'New job in the guided wizard', hint: 'n new'},
	...jobCopies,
	...jobViews,
	{keys: ['t'], action: 'tree', description: 'Tree of jobs under parents', hint: 't tree'},
	{keys: ['ctrl+r'], action: 'refresh', description: 'Refresh now'},
	{keys: ['p'], action: 'pause', description: 'Pause or resume live updates'},
	{keys: ['x'], action: 'fullText', description: 'Whole last error or message'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
	{keys: ['q'], action: 'quit', description: 'Quit', hint: 'q quit'},
];

export const detailsKeys: ReadonlyArray<KeyBinding<DetailsAction>> = [
	{keys: ['k', 'up'], action: 'up', description: 'Scroll up one line', hint: '↑↓ scroll'},
	{keys: ['j', 'down'], action: 'down', description: 'Scroll down one line'},
	{keys: ['g', 'home'], action: 'top', description: 'Go to the top'},
	{keys: ['G', 'end'], action: 'bottom', description: 'Go to the bottom'},
	{keys: ['pageup'], action: 'pageUp', description: 'One page up'},
	{keys: ['pagedown', 'space'], action: 'pageDown', description: 'One page down'},
	{keys: ['ctrl+u'], action: 'halfUp', description: 'Half a page up'},
	{keys: ['ctrl+d'], action: 'halfDown', description: 'Half a page down'},
	{keys: ['v', 'tab'], action: 'format', description: 'Fields, JSON or YAML', hint: 'v JSON/YAML'},
	...jobChanges,
	...jobCopies,
	...jobViews,
	{keys: ['ctrl+r'], action: 'refresh', description: 'Read the job again'},
	{keys: ['x'], action: 'fullText', description: 'Whole last error or message'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
	{keys: ['esc', 'q'], action: 'back', description: 'Back to the job list', hint: 'esc back'},
];

export const treeKeys: ReadonlyArray<KeyBinding<TreeAction>> = [
	...scrolling,
	{keys: ['enter'], action: 'details', description: 'Open: fields, stats, JSON/YAML', hint: '⏎ open'},
	{keys: ['/'], action: 'filter', description: 'Filter as the list does; matches stay in place, dim lines are jobs they wait for', hint: '/ filter'},
	...jobChanges,
	...jobCopies,
	...jobViews,
	{keys: ['ctrl+r'], action: 'refresh', description: 'Refresh now'},
	{keys: ['p'], action: 'pause', description: 'Pause or resume live updates'},
	{keys: ['x'], action: 'fullText', description: 'Whole last error or message'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
	{keys: ['t', 'esc', 'q'], action: 'back', description: 'Back to the job list', hint: 'esc back'},
];

export const confirmKeys: ReadonlyArray<KeyBinding<ConfirmAction>> = [
	{keys: ['tab', 'shift+tab'], action: 'switch', description: 'Move between Cancel and the action', hint: '⇥ switch'},
	{keys: ['left', 'h'], action: 'left', description: 'Focus the button on the left'},
	{keys: ['right', 'l'], action: 'right', description: 'Focus the button on the right'},
	{keys: ['enter'], action: 'choose', description: 'Press the focused button', hint: '⏎ choose'},
	{keys: ['esc', 'q', 'n'], action: 'cancel', description: 'Cancel: change nothing', hint: 'esc cancel'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
];

export const typedConfirmKeys: ReadonlyArray<KeyBinding<TypedConfirmAction>> = [
	{keys: ['enter'], action: 'confirm', description: 'Delete, once the typed name matches the job', hint: '⏎ delete'},
	{keys: ['esc'], action: 'cancel', description: 'Cancel: change nothing', hint: 'esc cancel'},
];

export const filterKeys: ReadonlyArray<KeyBinding<FilterAction>> = [
	{keys: ['enter'], action: 'apply', description: 'Keep this filter and go back to the list or tree', hint: '⏎ keep'},
	{keys: ['esc'], action: 'clear', description: 'Clear the filter', hint: 'esc clear'},
];

export const sortMenuKeys: ReadonlyArray<KeyBinding<SortMenuAction>> = [
	{keys: ['n'], action: 'name', description: 'By name, A to Z', hint: 'n name'},
	{keys: ['s'], action: 'state', description: 'By state: running, queued and failed first', hint: 's state'},
	{keys: ['x'], action: 'nextRun', description: 'By next run, soonest first', hint: 'x next run'},
	{keys: ['l'], action: 'lastRun', description: 'By last run, most recent first', hint: 'l last run'},
	{keys: ['g'], action: 'gpus', description: 'By GPUs, most first', hint: 'g GPU'},
	{keys: ['c'], action: 'cpus', description: 'By CPUs, most first', hint: 'c CPU'},
	{keys: ['m'], action: 'mem', description: 'By memory, most first', hint: 'm mem'},
	{keys: ['o'], action: 'reverse', description: 'Reverse the order in use', hint: 'o reverse'},
	{keys: ['esc', 'q'], action: 'cancel', description: 'Keep the order as it is', hint: 'esc cancel'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
];

export const rerunKeys: ReadonlyArray<KeyBinding<PromptAction>> = [
	{keys: ['enter'], action: 'run', description: 'Run the job now with these arguments (may be empty)', hint: '⏎ run now'},
	{keys: ['esc'], action: 'cancel', description: 'Cancel: run nothing', hint: 'esc cancel'},
];

/** Every other key types into the masked field, `q` and `?` included: they may be part of a password. */
export const passwordKeys: ReadonlyArray<KeyBinding<PasswordAction>> = [
	{keys: ['enter'], action: 'signIn', description: 'Try this password; it is kept until you quit and saved nowhere', hint: '⏎ try it'},
	{keys: ['esc'], action: 'close', description: 'Close: polling stays stopped, ctrl+r tries the same password again', hint: 'esc close'},
	{keys: ['ctrl+c'], action: 'quit', description: 'Quit', hint: 'ctrl+c quit'},
];

export const reviewKeys: ReadonlyArray<KeyBinding<ReviewAction>> = [
	{keys: ['k', 'up'], action: 'up', description: 'Scroll up', hint: '↑↓ scroll'},
	{keys: ['j', 'down'], action: 'down', description: 'Scroll down'},
	{keys: ['u'], action: 'apply', description: 'Update the job on Chronos with these changes', hint: 'u update'},
	{keys: ['e'], action: 'reedit', description: 'Open the editor again', hint: 'e edit again'},
	{keys: ['esc', 'q'], action: 'cancel', description: 'Cancel: Chronos is not changed', hint: 'esc cancel'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
];

export const textKeys: ReadonlyArray<KeyBinding<TextAction>> = [
	{keys: ['k', 'up'], action: 'up', description: 'Scroll up one line', hint: '↑↓ scroll'},
	{keys: ['j', 'down'], action: 'down', description: 'Scroll down one line'},
	{keys: ['pageup'], action: 'pageUp', description: 'One page up'},
	{keys: ['pagedown', 'space'], action: 'pageDown', description: 'One page down'},
	{keys: ['g', 'home'], action: 'top', description: 'Go to the top'},
	{keys: ['G', 'end'], action: 'bottom', description: 'Go to the bottom'},
	{keys: ['esc', 'q', '?', 'x'], action: 'close', description: 'Close', hint: 'esc close'},
];

/** How a binding's keys are written in the help: 'k / ↑', 'ctrl+r'. */
export function formatKeys(binding: KeyBinding): string {
	return binding.keys.map(name => keyLabels[name] ?? name).join(' / ');
}

const keyLabels: Record<string, string> = {
	up: '↑', down: '↓', left: '←', right: '→', enter: 'enter', esc: 'esc', pageup: 'PgUp', pagedown: 'PgDn',
};

/** The list's keys as the hint bar offers them: clearing the filter only while there is one to clear. */
export function listHints(filtered: boolean): ReadonlyArray<KeyBinding<ListAction>> {
	return filtered ? listKeys : listKeys.filter(binding => binding.action !== 'clearFilter');
}

/** Bindings that appear in the hint bar, in table order. */
export function hintsOf(table: ReadonlyArray<KeyBinding>): string[] {
	return table.filter(binding => binding.hint).map(binding => binding.hint!);
}
