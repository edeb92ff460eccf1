export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __pgmiServer?: { stop(): Promise<void> } }).__pgmiServer;
  if (server) await server.stop();
}
