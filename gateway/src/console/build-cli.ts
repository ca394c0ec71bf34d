// `npm run console:build [cacheDir]`: builds the console ahead of time (the Dockerfile does, so a
// container serves it at once); `npm start` builds it itself when the build is missing or stale.
// `--out <folder>` is the child process console-build.ts starts: one Vite build into that folder.
import { DEFAULT_CONSOLE_CACHE_DIR, buildConsole, viteBuildHere } from './console-build.js';

const [flag, folder] = process.argv.slice(2);
if (flag === '--out' && folder) {
  await viteBuildHere(folder);
} else {
  const result = await buildConsole(flag ?? DEFAULT_CONSOLE_CACHE_DIR);
  process.stdout.write(`Console ${result.built ? `built in ${Math.round(result.durationMs)} ms` : 'build already current'}: ${result.folder}\n`);
}
