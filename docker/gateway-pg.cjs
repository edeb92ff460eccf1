// The `pg` package for the advanced template's HTTP gateway (templates/advanced/tools/
// mcp-gateway.mjs), bundled into one file by scripts/build.mjs (dist/gateway-pg). The image
// ships it as /usr/local/lib/node_modules/pg, on NODE_PATH, so `node tools/mcp-gateway.mjs` finds
// it from any project directory without `npm install` (a project's own tools/node_modules/pg
// still comes first).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS entry by design
module.exports = require('pg');
