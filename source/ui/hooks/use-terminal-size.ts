// The terminal's size, following resizes, and the smallest size the layout is designed for.
import {useWindowSize} from 'ink';

export interface TerminalSize {
	columns: number;
	rows: number;
}

export const useTerminalSize: () => TerminalSize = useWindowSize;

export const minimumSize: TerminalSize = {columns: 80, rows: 24};

export function isTooSmall(size: TerminalSize): boolean {
	return size.columns < minimumSize.columns || size.rows < minimumSize.rows;
}
