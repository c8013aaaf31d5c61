// Types for the plain-JavaScript renderer, so the TypeScript tests can import it.
export interface CellStyle {
	fg: number | string | null;
	bg: number | string | null;
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
	inverse: boolean;
	strike: boolean;
}

export interface Cell {
	char: string;
	width: number;
	style: CellStyle;
}

export const palette: readonly string[];
export const defaultForeground: string;
export const defaultBackground: string;
export function parseAnsi(text: string): Cell[][];
export function applySgr(current: CellStyle, parameters: string): CellStyle;
export function charWidth(char: string): number;
export function ansiToSvg(capture: string, options: {columns: number; rows: number; title?: string; fontSize?: number}): string;
