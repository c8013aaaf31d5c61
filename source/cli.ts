#!/usr/bin/env node
// The executable. React's development build does extra work on every render (measured in the 10,000-job
// benchmark as a large share of CPU), so production mode is set before anything imports react; the program
// itself is loaded only after that, because static imports would run first.
process.env['NODE_ENV'] ??= 'production';
await import('./program.js');
