export const id = 5231;
export const ids = [5231];
export const modules = {

/***/ 85231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderClientGuide: () => (/* binding */ renderClientGuide)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * `pgmi ai client [language]`: how to call an API deployed with the advanced template, through
 * its gateway (`tools/mcp-gateway.mjs`): REST routes described by `/openapi.json`, JSON-RPC on
 * `POST /rpc`, MCP (Streamable HTTP) on `POST /mcp`. Guidance only; nothing here talks to a server.
 */

const LANGUAGES = {
    typescript: 'typescript',
    ts: 'typescript',
    javascript: 'typescript',
    js: 'typescript',
    python: 'python',
    py: 'python',
    go: 'go',
    golang: 'go',
    csharp: 'csharp',
    'c#': 'csharp',
    cs: 'csharp',
    dotnet: 'csharp',
    curl: 'curl',
    http: 'curl',
    generic: 'curl',
};
const COMMON = [
    '# Calling an API deployed with the advanced template',
    '',
    'Start the gateway of a project made with `pgmi init --template advanced` (after `pgmi deploy`):',
    '',
    '```sh',
    'cd tools && npm install && DATABASE_URL=postgresql://<db>_app@localhost/<db> node mcp-gateway.mjs',
    '```',
    '',
    'It listens on http://127.0.0.1:8080 (`HOST`, `PORT`). Endpoints:',
    '',
    '- REST: every route registered with `api.create_or_replace_rest_handler`; the OpenAPI 3.1',
    '  document is `GET /openapi.json` (generate typed clients from it), a reference page `GET /docs`.',
    '- JSON-RPC 2.0: `POST /rpc` with `{"jsonrpc":"2.0","method":"…","params":{…},"id":1}`.',
    '- MCP: `POST /mcp`, Streamable HTTP with JSON responses (no sessions, no SSE).',
    '- `GET /health` answers without touching the database.',
    '',
    'Identity: the gateway trusts `X-User-Id: <provider>|<subject>` (plus `X-User-Email` on first',
    'use, `X-Tenant-Id` for the organisation) as a proxy in front of it sets them, or',
    '`Authorization: Bearer <API key>` (a key from `membership.create_api_key`). Errors are',
    '`application/problem+json`; 409 with `Retry-After` means retry the request.',
    '',
];
const GUIDES = {
    curl: [
        '## curl',
        '',
        '```sh',
        'curl -s http://127.0.0.1:8080/openapi.json',
        "curl -s 'http://127.0.0.1:8080/hello?name=Developer'",
        "curl -s -H 'X-User-Id: google|alice' -H 'X-User-Email: alice@example.com' http://127.0.0.1:8080/me",
        'curl -s -H "Authorization: Bearer $API_KEY" http://127.0.0.1:8080/tasks',
        "curl -s -X POST http://127.0.0.1:8080/rpc -H 'Content-Type: application/json' \\",
        '  -d \'{"jsonrpc":"2.0","method":"tasks.list","params":{},"id":1}\'',
        "curl -s -X POST http://127.0.0.1:8080/mcp -H 'Content-Type: application/json' \\",
        "  -H 'Accept: application/json, text/event-stream' \\",
        '  -d \'{"jsonrpc":"2.0","id":1,"method":"tools/list"}\'',
        '```',
        '',
    ],
    typescript: [
        '## TypeScript',
        '',
        'REST and RPC with `fetch` (Node 18+); typed REST clients can be generated from',
        '`/openapi.json` (for example with openapi-typescript). MCP with the official SDK',
        '(`npm install @modelcontextprotocol/sdk`):',
        '',
        '```ts',
        "const base = 'http://127.0.0.1:8080';",
        "const headers = { 'content-type': 'application/json', authorization: `Bearer ${process.env.API_KEY}` };",
        'const tasks = await (await fetch(`${base}/tasks`, { headers })).json();',
        'const rpc = await (await fetch(`${base}/rpc`, {',
        "  method: 'POST', headers,",
        "  body: JSON.stringify({ jsonrpc: '2.0', method: 'tasks.create', params: { title: 'Ship it' }, id: 1 }),",
        '})).json();',
        '',
        "import { Client } from '@modelcontextprotocol/sdk/client/index.js';",
        "import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';",
        "const client = new Client({ name: 'my-app', version: '1.0.0' });",
        'await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers } }));',
        'console.log((await client.listTools()).tools.map((t) => t.name));',
        "const result = await client.callTool({ name: 'open_tasks', arguments: {} });",
        '```',
        '',
    ],
    python: [
        '## Python',
        '',
        'REST and RPC with `httpx` (or `requests`); MCP with the official SDK (`pip install mcp`):',
        '',
        '```python',
        'import os, httpx',
        'base = "http://127.0.0.1:8080"',
        'headers = {"Authorization": f"Bearer {os.environ[\'API_KEY\']}"}',
        'tasks = httpx.get(f"{base}/tasks", headers=headers).json()',
        'rpc = httpx.post(f"{base}/rpc", headers=headers,',
        '                 json={"jsonrpc": "2.0", "method": "tasks.list", "params": {}, "id": 1}).json()',
        '',
        'from mcp import ClientSession',
        'from mcp.client.streamable_http import streamablehttp_client',
        'async def main():',
        '    async with streamablehttp_client(f"{base}/mcp", headers=headers) as (read, write, _):',
        '        async with ClientSession(read, write) as session:',
        '            await session.initialize()',
        '            print([t.name for t in (await session.list_tools()).tools])',
        '```',
        '',
    ],
    go: [
        '## Go',
        '',
        'REST and RPC with `net/http`; for MCP, any Streamable HTTP client (for example the official',
        'Go SDK, github.com/modelcontextprotocol/go-sdk), or plain JSON-RPC POSTs as below:',
        '',
        '```go',
        'body := strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"open_tasks","arguments":{}}}`)',
        'req, _ := http.NewRequest("POST", "http://127.0.0.1:8080/mcp", body)',
        'req.Header.Set("Content-Type", "application/json")',
        'req.Header.Set("Accept", "application/json, text/event-stream")',
        'req.Header.Set("Authorization", "Bearer "+os.Getenv("API_KEY"))',
        'resp, err := http.DefaultClient.Do(req)',
        '```',
        '',
        'Typed REST clients: generate from `/openapi.json` (for example with oapi-codegen).',
        '',
    ],
    csharp: [
        '## C#',
        '',
        'REST and RPC with `HttpClient`; typed REST clients from `/openapi.json` (for example NSwag or',
        'Kiota); MCP with the official C# SDK (ModelContextProtocol package) or plain JSON-RPC POSTs:',
        '',
        '```csharp',
        'using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:8080") };',
        'http.DefaultRequestHeaders.Authorization = new("Bearer", Environment.GetEnvironmentVariable("API_KEY"));',
        'var tasks = await http.GetStringAsync("/tasks");',
        'var rpc = await http.PostAsJsonAsync("/rpc", new { jsonrpc = "2.0", method = "tasks.list", id = 1 });',
        '```',
        '',
    ],
};
/** The guidance for one language (all of them when none is given). */
function renderClientGuide(language) {
    if (language === undefined) {
        return [
            ...COMMON,
            ...['curl', 'typescript', 'python', 'go', 'csharp'].flatMap((l) => GUIDES[l]),
        ].join('\n');
    }
    const key = LANGUAGES[language.toLowerCase()];
    if (!key) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__.UsageError(`unknown language '${language}'. Available: typescript, python, go, csharp, curl`);
    }
    return [...COMMON, ...GUIDES[key]].join('\n');
}


/***/ })

};
