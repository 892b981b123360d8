#!/usr/bin/env node
// Thin entry point: the only place (with src/cli/nodeIo) that touches `process`.
import { main } from '../dist/src/cli/main.js';
import { nodeIo } from '../dist/src/cli/nodeIo.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
