// One vocabulary for the whole program: the dashboard, its details view and every headless command word a
// job's state, last result, schedule, times, durations and sizes with these functions and nothing else.
export * from './states.js';
export * from './times.js';
export * from './schedules.js';
export * from './sizes.js';
