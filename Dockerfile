# syntax=docker/dockerfile:1

# ---- build: compile TypeScript to dist/
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
# tsc emits only .js; the build script copies the SQL migrations next to the compiled store
RUN npm run build

# ---- runtime: production dependencies, compiled code, default config and seeds
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    VEILLE_CONFIG=config/veille.yaml \
    VEILLE_DATA_DIR=/app/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY config ./config
COPY seeds ./seeds
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# embedded PGlite database and the digest outbox (when DATABASE_URL / SMTP_URL are not set)
VOLUME /app/data
# SIGTERM from `docker stop` is handled: the worker closes its queues and store before exiting
STOPSIGNAL SIGTERM
# ready when the store and the queue backend answer (the web app listens on 127.0.0.1:8080 in the container)
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/cli.js", "start"]
