// The web app's build: root is apps/web; the API serves dist/ in production.
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const apiPort = process.env.API_PORT ?? '8080';

export default defineConfig({
  root: import.meta.dirname,
  // React 19's automatic runtime through Vite's built-in oxc transformer: no React plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [
    // Every text file of the build, also as .br and .gz at the highest levels (the build pays once;
    // the API sends them as they are). index.html is left out: the API renders it per request.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|mjs|css|html|svg|json|webmanifest)$/,
      exclude: /(^|[\\/])index\.html$/,
      // Below 1 KB compression saves less than a packet; the API's on-the-fly threshold is the same.
      threshold: 1024,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Browsers of the last few years; keeps the citizen's download small.
    target: 'es2022',
    // livekit-client (~570 KB, ~150 KB gzip) is one lazy chunk, loaded near or at the call;
    // the entry chunk stays far below this limit.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      // Server-sent events pass through the proxy unbuffered.
      '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
    },
  },
});
