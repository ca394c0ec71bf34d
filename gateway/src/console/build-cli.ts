// `npm run console:build`: builds the console ahead of time (the Dockerfile does, so a container
// serves it at once); `npm start` builds it itself when the build is missing or stale.
import { DEFAULT_CONSOLE_CACHE_DIR, buildConsole } from './console-build.js';

const result = await buildConsole(process.argv[2] ?? DEFAULT_CONSOLE_CACHE_DIR);
process.stdout.write(`Console ${result.built ? `built in ${Math.round(result.durationMs)} ms` : 'build already current'}: ${result.folder}\n`);
