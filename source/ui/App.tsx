// The dashboard: live job list, details, dialogs and help, all driven by the keymap tables. Data comes from
// the store (a poller outside React) and changes go through the actions module: no HTTP in here.
import {Box, Text, useApp, useStdout} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import type {ClusterProfile} from '../jobs/profile.js';
import type {JobActions, JobDetails} from '../store/actions.js';
import type {JobRow, StoreSnapshot} from '../store/types.js';
import type {WizardServices} from './wizard/services.js';
import type {WizardResult} from './wizard/Wizard.js';
import {Header, headerHeight} from './components/Header.js';
import {HintBar} from './components/HintBar.js';
import {JobTable} from './components/JobTable.js';
import {StatusLine, statusLines, type Status} from './components/StatusLine.js';
import {TooSmall} from './components/TooSmall.js';
import {ActionDialog, actionDialogHeight} from './dialogs/ActionDialog.js';
import {HelpView, helpLines} from './dialogs/HelpView.js';
import {MessageView, messageLines} from './dialogs/MessageView.js';
import {DetailsView, detailsContent} from './details/DetailsView.js';
import {ReviewView, reviewLines} from './edit/ReviewView.js';
import {useJobStore, type SnapshotSource} from './hooks/use-job-store.js';
import {useNow} from './hooks/use-now.js';
import {isTooSmall, useTerminalSize} from './hooks/use-terminal-size.js';
import {useSelection} from './hooks/use-selection.js';
import {countStates} from '../vocabulary/index.js';
import {InputLayer, useInputHandler} from './input/InputLayer.js';
import type {InputTurns} from './input/input-turns.js';
import type {Line} from './input/line-edit.js';
import {listHints} from './keymap.js';
import {chooseSort, prepareFilter, rememberingVisibleRows, sortLabel, type Scope, type SortOrder} from './list-model.js';
import {freezesData, keysOf, modeTitles, type Mode} from './modes.js';
import {layoutColumns, shownName} from './table-layout.js';
import {ColorContext, colorsWanted} from './theme.js';
import {useDashboardKeys} from './use-dashboard-keys.js';
import type {EditText} from './edit/editor.js';
import {FilterLine} from './components/FilterLine.js';
import {findMatches} from '../logs/log-layout.js';
import type {OutputSettings} from '../output/index.js';
import type {OutputMode} from './output/output-keys.js';
import {outputTextHeight} from './output/output-screen.js';
import {OutputView} from './output/OutputView.js';
import {useOutput} from './output/use-output.js';
import {useRunEndNotices} from './notify/use-run-end-notices.js';
import {SupportView, supportLines} from './support/SupportView.js';
import {LineInput} from './components/LineInput.js';
import {lazyModule, useLazyModule} from './lazy-module.js';
import {dependencyTree, type TreeLine} from './tree/dependency-tree.js';
import {TreeView} from './tree/TreeView.js';
import {usePasswordPrompt} from './password/use-password-prompt.js';

export interface DashboardStore extends SnapshotSource {
	refreshNow(options?: {full?: boolean}): void;
	togglePause(): boolean;
}

export interface AppProps {
	store: DashboardStore;
	actions: JobActions;
	url: string;
	user: string;
	profile: ClusterProfile;
	demo?: boolean;
	/** Opens text in the user's editor; run.tsx hands the terminal over around it. */
	editText?: EditText;
	/** Where each edit's private folder is made; the system's temporary folder by default. */
	editFolder?: string;
	/** Puts text on the user's clipboard (OSC 52 through the terminal by default). */
	copy?(text: string): void;
	/** The wizard's services; without them `n` and `c` say the wizard is not available. */
	wizardServices?: WizardServices;
	color?: boolean;
	onQuit?(): void;
	/** Where job output is read from (a storage root in demo mode and tests, a Mesos master). */
	outputSettings?: OutputSettings;
	/** Where kept output goes (`{user}`, `{job}`): the config's output.dir; the profile's by default. */
	outputDirTemplate?: string;
	/** Bell and desktop notice when a watched job's run ends; on unless the config says otherwise. */
	notifyRunEnds?: boolean;
	/** Said on the status line at start, until the first action replaces it (a proxy that cannot be used). */
	startupNotice?: string;
	/** Told of every key, so the store's polls of a big Chronos run between keys (run.tsx shares it with the store). */
	inputTurns?: InputTurns;
}

const noOutputSettings: OutputSettings = {};

// The wizard and all it brings (the YAML library, the job model's checks) are not needed for the first frame:
// they load once the first jobs are shown, so they are there by the time `n` or `c` is pressed.
const wizardModule = lazyModule(async () => import('./wizard/Wizard.js'));

export function App(props: AppProps) {
	return (
		<ColorContext.Provider value={props.color ?? colorsWanted()}>
			<InputLayer turns={props.inputTurns}>
				<Dashboard {...props} />
			</InputLayer>
		</ColorContext.Provider>
	);
}

function Dashboard(props: AppProps) {
	const {store, user} = props;
	const size = useTerminalSize();
	const live = useJobStore(store);
	const [modes, setModes] = useState<Mode[]>([{kind: 'list'}]);
	const top = modes.at(-1)!;
	const frozen = modes.some(mode => freezesData(mode));
	const held = useRef<StoreSnapshot>(live);
	if (!frozen) {
		held.current = live;
	}

	const snapshot = held.current;
	// The live error: a refused password is news even under a dialog that holds the list still.
	usePasswordPrompt(live.error, top, setModes);
	const Wizard = useLazyModule(wizardModule, top.kind === 'wizard' || !snapshot.loading)?.Wizard;
	const now = useNow(snapshot.error ? 1000 : 5000, props.inputTurns);
	const [filterLine, setFilter] = useState<Line>({text: '', cursor: 0});
	const filter = filterLine.text;
	const [sort, setSort] = useState<SortOrder>({key: 'name', reversed: false});
	const [scope, setScope] = useState<Scope>('all');
	const [status, setStatus] = useState<Status | undefined>(props.startupNotice ? {ok: false, message: props.startupNotice} : undefined);
	const [details, setDetails] = useState<{name: string; loading: boolean; data?: JobDetails} | undefined>();
	const [detailsReload, setDetailsReload] = useState(0);

	// Sorted once per poll, sort or scope; a filter character only filters (see rememberingVisibleRows).
	const [visibleRows] = useState(rememberingVisibleRows);
	const listed = useMemo(
		() => visibleRows(snapshot.rows, {filter, sort, scope, user}),
		[visibleRows, snapshot.rows, filter, sort, scope, user],
	);
	// With the prompt on screen and nothing typed yet, the rows' searchable text is made ready.
	const filtering = top.kind === 'filter';
	useEffect(() => {
		if (!filtering) return undefined;
		const preparing = setImmediate(() => {
			prepareFilter(snapshot.rows);
		});
		return () => {
			clearImmediate(preparing);
		};
	}, [filtering, snapshot.rows]);
	const counts = useMemo(() => countStates(snapshot.rows), [snapshot.rows]);
	// In "my jobs" every name the user owns starts with their prefix: the column title says it once instead.
	const namePrefix = scope === 'mine' ? `${user}-` : '';
	const longestName = useMemo(() => longestShownName(snapshot.rows, namePrefix), [snapshot.rows, namePrefix]);
	const columns = useMemo(() => layoutColumns(size.columns - 2, longestName, namePrefix), [size.columns, longestName, namePrefix]);

	// A long status message takes a second line from the body rather than being cut.
	const statusHeight = ['filter', 'sort', 'outputSearch', 'supportSave'].includes(top.kind) ? 1 : statusLines(status, size.columns, top.kind === 'list').length;
	const bodyHeight = Math.max(1, size.rows - headerHeight(snapshot) - 1 - statusHeight);
	const dialogHeight = actionDialogHeight(top, size.columns);
	const baseHeight = Math.max(2, bodyHeight - dialogHeight);
	const selection = useSelection(listed.rows, baseHeight - 1);
	// The tree is laid out only while it is open: the list alone never pays for it. Filtered (or narrowed to
	// my jobs), it keeps the jobs the list shows in their places, under the jobs they wait for as context.
	const treeOpen = modes.some(mode => mode.kind === 'tree');
	const treeLines = useMemo(() => {
		if (!treeOpen) {
			return [];
		}

		const narrowed = listed.rows.length < snapshot.rows.length;
		return dependencyTree(snapshot.rows, narrowed ? new Set(listed.rows.map(row => row.name)) : undefined);
	}, [treeOpen, snapshot.rows, listed.rows]);
	const treeSelection = useSelection(treeLines, baseHeight - 1, treeLineKey, isMatchingLine);
	const detailsMode = modes.findLast(mode => mode.kind === 'details');
	const detailsName = detailsMode?.kind === 'details' ? detailsMode.name : undefined;

	useEffect(() => {
		if (detailsName === undefined) {
			setDetails(undefined);
			return;
		}

		let current = true;
		setDetails(previous => ({name: detailsName, loading: true, data: previous?.name === detailsName ? previous.data : undefined}));
		void props.actions.details(detailsName).then(data => {
			if (current) {
				setDetails({name: detailsName, loading: false, data});
			}
		});
		return () => {
			current = false;
		};
	}, [detailsName, detailsReload, props.actions]);

	const detailsRow = detailsName === undefined ? undefined : snapshot.rows.find(row => row.name === detailsName);
	const children = useMemo(
		() => (detailsName === undefined ? [] : snapshot.rows.filter(row => row.parents.includes(detailsName)).map(row => row.name)),
		[snapshot.rows, detailsName],
	);
	const detailsProps = detailsMode?.kind === 'details'
		? {
			name: detailsMode.name,
			format: detailsMode.format,
			row: detailsRow,
			job: details?.data?.job,
			stats: details?.data?.stats,
			statsError: details?.data?.statsError?.message,
			jobError: details?.data?.jobError?.message,
			loading: details?.loading ?? true,
			children,
			now,
			width: size.columns,
		}
		: undefined;

	const outputMode = modes.findLast((mode): mode is OutputMode => mode.kind === 'output');
	const outputRow = outputMode ? snapshot.rows.find(row => row.name === outputMode.name) : undefined;
	const outputJob = outputMode && details?.data?.job?.name === outputMode.name ? details.data.job : outputRow?.job;
	const outputLive = outputRow ? /running|queued/.test(outputRow.state) : false;
	const output = useOutput(
		outputMode && outputJob
			? {job: outputJob, live: outputLive, runIndex: outputMode.runIndex, stream: outputMode.stream}
			: undefined,
		props.outputSettings ?? noOutputSettings,
	);
	const outputQuery = outputMode?.query ?? '';
	const outputMatches = useMemo(
		() => (output.buffer && outputQuery ? findMatches(output.buffer, outputQuery) : []),
		[output.buffer, output.version, outputQuery],
	);

	const contentLength = (): number => {
		switch (top.kind) {
			case 'support': return supportLines(top.request, size.columns).length;
			case 'details': return detailsProps ? detailsContent(detailsProps, text => text).length : 0;
			case 'help': return helpLines(keysOf(top.of), size.columns, bodyHeight - 1).length;
			case 'message': return messageLines(top.text, size.columns).length;
			case 'review': return reviewLines(top.review, size.columns).length;
			default: return 0;
		}
	};

	const {exit} = useApp();
	const {stdout} = useStdout();
	const quit = () => {
		props.onQuit?.();
		exit();
	};

	const copy = props.copy ?? (text => {
		stdout.write(text);
	});
	const notices = useRunEndNotices({
		// The live rows, not the ones held still under a dialog: a run that ends meanwhile is still news.
		rows: live.rows,
		enabled: props.notifyRunEnds ?? true,
		lookingAt: outputMode?.name ?? detailsName,
		write: copy,
		setStatus,
	});
	// A job run from here is watched from then on: its end is what the user waits for.
	const actions = useMemo<JobActions>(() => ({
		...props.actions,
		async rerun(name, args) {
			const result = await props.actions.rerun(name, args);
			if (result.ok) {
				notices.expectRun(name);
			}

			return result;
		},
	}), [props.actions, notices.expectRun]);

	const handleKey = useDashboardKeys({
		...props,
		actions,
		notices,
		modes,
		setModes,
		snapshot,
		listed: listed.rows,
		selection,
		treeSelection,
		treeLines,
		pageSize: baseHeight - 1,
		width: size.columns,
		// Details and the edit review have two title lines, help and full text one.
		viewHeight: top.kind === 'help' || top.kind === 'message' || top.kind === 'support' ? bodyHeight - 1 : bodyHeight - 2,
		contentLength,
		detailsJob: details?.data?.job,
		status,
		setStatus,
		filter: filterLine,
		setFilter,
		sortBy: key => {
			setSort(current => (key === 'reverse' ? {...current, reversed: !current.reversed} : chooseSort(current, key)));
		},
		toggleScope: () => {
			setScope(current => (current === 'all' ? 'mine' : 'all'));
		},
		reloadDetails: () => {
			setDetailsReload(count => count + 1);
		},
		copy,
		quit,
		url: props.url,
		output,
		outputTextHeight: outputTextHeight(baseHeight),
		outputSettings: props.outputSettings ?? noOutputSettings,
		outputDirTemplate: props.outputDirTemplate ?? props.profile.output.dir,
	});

	const tooSmall = isTooSmall(size);
	useInputHandler(event => {
		const stroke = event.kind === 'key' ? event.stroke : undefined;
		// The wizard owns its keys, ctrl+c included (it saves the draft and comes back here). In the moment it
		// may take to load, ctrl+c and esc leave it.
		if (top.kind === 'wizard') {
			if (wizardModule.loaded) {
				return false;
			}

			if (stroke?.name === 'ctrl+c' || stroke?.name === 'esc') {
				setModes(stack => stack.slice(0, -1));
			}

			return true;
		}

		// Below the minimum size only the way out works, whatever view is underneath.
		if (stroke?.name === 'ctrl+c' || (tooSmall && stroke?.name === 'q')) {
			quit();
		} else if (!tooSmall) {
			handleKey(event);
		}

		return true;
	});

	if (isTooSmall(size)) {
		return <TooSmall size={size} />;
	}

	if (top.kind === 'wizard' && props.wizardServices) {
		return (
			<Box height={size.rows} width={size.columns} overflow="hidden">
				{Wizard ? (
					<Wizard
						services={props.wizardServices}
						user={user}
						profile={props.profile}
						start={top.clone ? {kind: 'clone', job: top.clone} : undefined}
						onExit={result => {
							setModes(stack => stack.slice(0, -1));
							if (result.submitted) {
								selection.follow(result.submitted);
								notices.expectRun(result.submitted);
							}

							setStatus({ok: true, message: wizardOutcome(result)});
							store.refreshNow({full: true});
						}}
					/>
				) : <Text>Opening the job wizard…</Text>}
			</Box>
		);
	}

	// Most telling first: at 80 columns the end of this line is what gets cut.
	const listInfo = [
		`${listed.rows.length}/${listed.total}`,
		filter ? `filter "${filter}"` : '',
		`sort: ${sortLabel(sort)}`,
		scope === 'all' ? 'all jobs' : `${user}'s jobs`,
	].filter(Boolean).join(' · ');

	const base = modes.findLast(mode => mode.kind === 'details' || mode.kind === 'tree' || mode.kind === 'list' || mode.kind === 'output')!;
	const dialogRow = 'name' in top ? snapshot.rows.find(row => row.name === top.name) : undefined;
	const body = () => {
		if (top.kind === 'help') {
			return <HelpView title={modeTitles[top.of]} table={keysOf(top.of)} offset={top.offset} height={bodyHeight} width={size.columns} />;
		}

		if (top.kind === 'message') {
			return <MessageView title={top.title} text={top.text} offset={top.offset} height={bodyHeight} width={size.columns} />;
		}

		const support = modes.findLast(mode => mode.kind === 'support');
		if (support?.kind === 'support' && (top.kind === 'support' || top.kind === 'supportSave')) {
			return <SupportView name={support.name} request={support.request} offset={support.offset} height={bodyHeight} width={size.columns} />;
		}

		if (top.kind === 'review') {
			return <ReviewView name={top.original.name} review={top.review} file={top.file} offset={top.offset} height={bodyHeight} width={size.columns} />;
		}

		const underneath = base.kind === 'output'
			? (
				<OutputView
					name={base.name}
					data={output}
					live={outputLive}
					stream={base.stream}
					wrap={base.wrap}
					top={base.top}
					query={base.query}
					matches={outputMatches}
					match={base.match}
					height={baseHeight}
					width={size.columns}
				/>
			)
			: base.kind === 'details' && detailsProps
			? <DetailsView {...detailsProps} offset={base.offset} height={baseHeight} />
			: base.kind === 'tree' ? (
				<TreeView
					lines={treeLines}
					selected={treeSelection.index}
					offset={treeSelection.offset}
					height={baseHeight}
					width={size.columns}
					now={now}
					emptyText={emptyText(snapshot, filter, scope, '/ changes it, esc goes back to the list')}
				/>
			) : (
				<JobTable
					rows={listed.rows}
					selected={selection.index}
					offset={selection.offset}
					height={baseHeight}
					columns={columns}
					width={size.columns}
					sort={sort.key}
					reversed={sort.reversed}
					now={now}
					// Only an empty list shows it: a filter character that keeps the same rows leaves the table as it was.
					emptyText={listed.rows.length === 0 ? emptyText(snapshot, filter, scope) : ''}
				/>
			);
		return (
			<Box flexDirection="column" height={bodyHeight}>
				{underneath}
				<ActionDialog mode={top} row={dialogRow} width={size.columns} />
			</Box>
		);
	};


	// Clipped top and bottom only: every line is laid out within the width and truncated, and a horizontal clip
	// makes ink cut every line of every frame again, character by character.
	return (
		<Box flexDirection="column" width={size.columns} height={size.rows} overflowY="hidden">
			<Header
				url={props.url}
				user={user}
				demo={props.demo ?? false}
				counts={counts}
				snapshot={snapshot}
				now={now}
				width={size.columns}
				listInfo={listInfo}
				frozen={frozen}
			/>
			{body()}
			{top.kind === 'filter'
				? <FilterLine line={filterLine} width={size.columns} />
				: top.kind === 'outputSearch'
					? <PromptLine label="/" line={top.text} placeholder="text to find in the output" width={size.columns} />
					: top.kind === 'supportSave'
						? <PromptLine label="Save to: " line={top.path} placeholder="file name" width={size.columns} />
						: top.kind === 'sort'
							? <Text wrap="truncate-end">{`Sort by which column? Now by ${sortLabel(sort)}; picking it again reverses it.`}</Text>
							: <StatusLine status={status} width={size.columns} tip={top.kind === 'list'} />}
			<HintBar table={top.kind === 'list' ? listHints(filter !== '') : keysOf(top.kind)} width={size.columns} />
		</Box>
	);
}

/** The status line after the wizard closed: what was submitted or saved, and what became of the draft. */
function wizardOutcome(result: WizardResult): string {
	if (result.submitted) return `Submitted ${result.submitted}`;
	if (result.savedTo) return `Saved the job to ${result.savedTo}${result.draftKept ? '; the draft is kept too (n offers it back)' : ''}`;
	if (result.discarded) return 'Discarded the new job; nothing was submitted';
	return result.draftKept ? 'Closed the wizard; nothing was submitted. The draft is kept: n offers it back' : 'Closed the wizard; nothing was submitted';
}

function treeLineKey(line: TreeLine): string {
	return line.key;
}

function isMatchingLine(line: TreeLine): boolean {
	return !line.context;
}

function longestShownName(rows: readonly JobRow[], prefix: string): number {
	let longest = 0;
	for (const row of rows) {
		longest = Math.max(longest, shownName(row.name, prefix).length);
	}

	return longest;
}

function PromptLine({label, line, placeholder, width}: {label: string; line: Line; placeholder: string; width: number}) {
	return (
		<Box>
			<Text bold>{label}</Text>
			<LineInput value={line.text} cursor={line.cursor} placeholder={placeholder} width={width - label.length} />
		</Box>
	);
}

function emptyText(snapshot: StoreSnapshot, filter: string, scope: Scope, filterHint = 'esc clears the filter'): string {
	if (snapshot.loading) {
		return 'Loading jobs from Chronos…';
	}

	if (snapshot.rows.length === 0) {
		if (snapshot.error?.refused) return 'No data: Chronos refused the password (ctrl+r tries again).';
		return snapshot.error ? 'No data: Chronos could not be reached yet.' : 'No jobs yet. Press n to create one.';
	}

	if (filter) {
		return `No job matches "${filter}". ${filterHint}.`;
	}

	return scope === 'mine' ? 'None of the jobs is yours. m shows all jobs.' : 'No jobs.';
}
