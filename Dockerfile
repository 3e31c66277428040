# syntax=docker/dockerfile:1

# ---- build: compile TypeScript to dist/
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# tsc emits only .js: copy the other files under src/ (SQL migrations, site rules as JSON…) alongside
RUN npm run build \
 && cd src && find . -type f ! -name '*.ts' -exec cp --parents {} ../dist/ \;

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
CMD ["node", "dist/cli.js", "start"]
