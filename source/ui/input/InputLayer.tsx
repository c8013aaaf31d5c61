// The program's one input layer. Everything the terminal sends arrives here (ink's useInput and usePaste are
// used nowhere else) and goes out as single keystrokes or whole pastes to handlers that subscribed with a
// priority: the highest first, and a handler that returns true consumes the event. A focused text field sits
// above its view, so it takes the characters it types and leaves tab, enter and esc to the view.
//
// Keys that arrive in one read are fed one at a time, each after the screen the previous one produced: the
// second ↓ of a burst sees the line the first one selected, the second backspace the text the first one left.
import {useInput, usePaste} from 'ink';
import {createContext, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {keystrokesOf, type Keystroke} from './keystroke.js';

export type InputEvent = {kind: 'key'; stroke: Keystroke} | {kind: 'paste'; text: string};

/** Returns true when it dealt with the event, so handlers of lower priority never see it. */
export type InputHandler = (event: InputEvent) => boolean;

/**
 * Who goes first: a dialog over everything; a focused text field or list above the step it is part of; a
 * step's own controls above the view (the dashboard, the wizard) that holds it.
 */
export const inputPriority = {view: 0, step: 5, field: 10, dialog: 20} as const;

interface Subscription {
	priority: number;
	order: number;
	handler: {current: InputHandler};
}

/** The queue and the subscribers, outside React so a burst is fed in order whatever renders in between. */
export class InputDispatcher {
	private readonly subscriptions: Subscription[] = [];
	private readonly queue: InputEvent[] = [];
	private feeding = false;
	private subscribed = 0;
	private idleWaiters: Array<() => void> = [];

	/**
	 * Calls `feed` once the screen caused by the event just handled is rendered. The InputLayer component
	 * sets it to wait for React's commit; alone (in a unit test) the dispatcher waits one turn of the loop.
	 */
	afterRender: (feed: () => void) => void = feed => setImmediate(feed);

	/** Told when keys arrive and when all are handled, so background work can keep out of their way. */
	turns?: {keyArrived(): void; keysHandled(): void};

	subscribe(priority: number, handler: {current: InputHandler}): () => void {
		const subscription = {priority, order: this.subscribed++, handler};
		this.subscriptions.push(subscription);
		// Highest priority first; among equals the latest subscriber (the newest view on top) first.
		this.subscriptions.sort((a, b) => b.priority - a.priority || b.order - a.order);
		return () => {
			const index = this.subscriptions.indexOf(subscription);
			if (index >= 0) {
				this.subscriptions.splice(index, 1);
			}
		};
	}

	/** Adds events behind any still being fed; the first of an idle queue is handled at once. */
	push(events: InputEvent[]): void {
		this.turns?.keyArrived();
		this.queue.push(...events);
		if (!this.feeding) {
			this.feed();
		}
	}

	private feed(): void {
		const event = this.queue.shift();
		if (event === undefined) {
			this.feeding = false;
			this.turns?.keysHandled();
			for (const resolve of this.idleWaiters.splice(0)) resolve();
			return;
		}

		this.feeding = true;
		try {
			this.deliver(event);
		} finally {
			// The next key waits for the render this one caused, so it acts on what is now on screen.
			this.afterRender(() => {
				this.feed();
			});
		}
	}

	/** Resolves once every event received so far has been handled (and the screen it led to rendered). */
	async whenIdle(): Promise<void> {
		if (!this.feeding) return;
		await new Promise<void>(resolve => {
			this.idleWaiters.push(resolve);
		});
	}

	private deliver(event: InputEvent): void {
		for (const {handler} of [...this.subscriptions]) {
			if (handler.current(event)) {
				return;
			}
		}
	}
}

const DispatcherContext = createContext<InputDispatcher | undefined>(undefined);

/** Reads the terminal for everything inside it; one at the root of each ink program. */
export function InputLayer({children, dispatcher: given, turns}: {children: ReactNode; dispatcher?: InputDispatcher; turns?: InputDispatcher['turns']}) {
	const dispatcher = useMemo(() => given ?? new InputDispatcher(), [given]);
	dispatcher.turns = turns;
	// Each handled event bumps the turn together with whatever state it changed, so the effect below runs
	// once that change is on screen and the handlers have been replaced by those of the new render.
	const [turn, setTurn] = useState(0);
	const waiting = useRef<(() => void) | undefined>(undefined);
	dispatcher.afterRender = feed => {
		waiting.current = feed;
		setTurn(current => current + 1);
	};

	useLayoutEffect(() => {
		const feed = waiting.current;
		waiting.current = undefined;
		if (feed) {
			// Out of React's commit, so the next key's updates start a render of their own.
			queueMicrotask(feed);
		}
	}, [turn]);
	useInput((input, key) => {
		dispatcher.push(keystrokesOf(input, key).map(stroke => ({kind: 'key', stroke})));
	});
	usePaste(text => {
		dispatcher.push([{kind: 'paste', text}]);
	});
	return <DispatcherContext.Provider value={dispatcher}>{children}</DispatcherContext.Provider>;
}

/**
 * Subscribes a handler while `active`. The handler of the latest render is the one called, so it always sees
 * the current state.
 */
export function useInputHandler(handler: InputHandler, options: {priority?: number; active?: boolean} = {}): void {
	const {priority = inputPriority.view, active = true} = options;
	const dispatcher = useContext(DispatcherContext);
	if (dispatcher === undefined) {
		throw new Error('useInputHandler needs an <InputLayer> around the program');
	}

	const latest = useRef(handler);
	useLayoutEffect(() => {
		latest.current = handler;
	});
	useLayoutEffect(() => {
		if (!active) {
			return undefined;
		}

		return dispatcher.subscribe(priority, latest);
	}, [dispatcher, priority, active]);
}

/** A handler for keys alone: pastes pass by it untouched. */
export function useKeyHandler(handler: (stroke: Keystroke) => boolean, options: {priority?: number; active?: boolean} = {}): void {
	useInputHandler(event => event.kind === 'key' && handler(event.stroke), options);
}
