/** Version information: the package version, and commit/date when the build provided them. */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const REPOSITORY = 'https://github.com/pgmi/deploy-action';
export const COMPAT_LATEST = '1';

export function versionLines(env: Record<string, string | undefined> = process.env): string[] {
  // Commit and date come from the environment of the build that made this image (Dockerfile
  // build args); the committed bundle cannot embed them without changing on every commit.
  const commit = env.PGMI_BUILD_COMMIT || 'unknown';
  const built = env.PGMI_BUILD_DATE || 'unknown';
  return [
    `pgmi ${VERSION} (compat ${COMPAT_LATEST})`,
    `Commit: ${commit}, Built: ${built}, Platform: ${process.platform}/${process.arch}`,
  ];
}
