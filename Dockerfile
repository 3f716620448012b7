# The plaza's API, serving the built web app. Used by docker-compose.yml; see .env.example.
FROM node:20-bookworm-slim

WORKDIR /app

# Everything at once: listing each workspace's package.json for a cached dependency layer breaks
# `npm ci` whenever a workspace is added and the list is not.
COPY . .
# Dev dependencies included: the API runs its TypeScript through tsx and the web app builds with Vite.
# The same install as `npm start` (npm ci, with its fallback for the lock's platform packages).
RUN bash infra/scripts/ensure-deps.sh --node-modules-only
RUN npx vite build apps/web

ENV NODE_ENV=production \
    PORT=8080 \
    WEB_DIST=/app/apps/web/dist

# The image's unprivileged user: the API only reads /app.
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node_modules/.bin/tsx", "apps/api/src/main.ts"]
