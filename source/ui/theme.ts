// Colour on or off for the whole dashboard. NO_COLOR (https://no-color.org) turns it off; every coloured
// thing also carries a symbol or a word, so nothing is lost. Only the 16 ANSI colours, never a background.
import {createContext, useContext} from 'react';

export type AnsiColor = 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'gray' | 'white';

export const ColorContext = createContext<boolean>(true);

export function colorsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
	return !env['NO_COLOR'];
}

/** The colour to paint with, or undefined when colour is off. */
export function usePaint(): (color: AnsiColor) => AnsiColor | undefined {
	const enabled = useContext(ColorContext);
	return color => (enabled ? color : undefined);
}
