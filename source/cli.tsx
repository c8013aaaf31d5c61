#!/usr/bin/env node
console.log('chronos-tui');
