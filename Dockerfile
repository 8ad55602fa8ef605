# Builds the API and the web app and serves both from one Node process.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY libs/demo-data/data ./libs/demo-data/data
EXPOSE 3000
USER node
CMD ["node", "dist/apps/api/src/main.js"]
