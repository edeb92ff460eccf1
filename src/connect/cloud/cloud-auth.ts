/**
 * What a cloud IAM provider contributes to a connection: a token per physical connection (Azure,
 * AWS; minted once per host and reused while valid, token-cache.ts) or a pre-secured stream
 * (Google's connector, one per provider, which renews its own certificate). Each provider lives
 * in its own module and imports its SDK with a dynamic `import()` on first use, so a password
 * deploy never loads (or pays start-up time for) a cloud SDK.
 */
import type { Duplex } from 'node:stream';
import type { ConnectionSettings } from '../settings';

export interface CloudHooks {
  /** Every token learned: the caller masks it in all output. */
  onSecret: (secret: string) => void;
  onWarning?: (message: string) => void;
}

export interface CloudAuthPlugin {
  /** `Azure Entra ID`, `AWS RDS IAM`, `Google Cloud SQL IAM`: used in messages. */
  label: string;
  token?: () => Promise<string>;
  stream?: () => Duplex;
  close(): Promise<void>;
}

/** `4m 10s` */
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}m ${s % 60}s`;
}

export async function loadCloudAuth(
  settings: ConnectionSettings,
  hooks: CloudHooks,
): Promise<CloudAuthPlugin | undefined> {
  const auth = settings.auth;
  switch (auth.method) {
    case 'azure':
      return (await import('./azure')).createAzureAuth(auth, settings, hooks);
    case 'aws':
      return (await import('./aws')).createAwsAuth(auth, settings, hooks);
    case 'google':
      return (await import('./google')).createGoogleAuth(auth, settings);
    default:
      return undefined;
  }
}
