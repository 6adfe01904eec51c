#!/usr/bin/env node
// The session-sweeper command; the bundle and its chunks are in dist/cli/.
import "./cli/index.js";
