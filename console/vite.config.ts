import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console's production build, made by the gateway (gateway/src/console/console-build.ts) and
 * served at /console. `npx vite console` runs it in development against a gateway on port 4000.
 */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // uPlot and the pages after sign-in load on demand, so the sign-in page stays small.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
