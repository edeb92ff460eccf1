/**
 * Cloud IAM settings (connections.md §10, decisions.md 10 and 12). A provider is enabled by its
 * switch or by pgmi.yaml `auth_method`; a switch on the command line beats pgmi.yaml (flags >
 * environment > pgmi.yaml). The id/region/instance flags alone enable nothing but count for
 * the "more than one cloud" check.
 */
import type { PgmiYamlConnection } from '../engine/project/types';
import type { ConnectionInput } from './resolve';
import type { Endpoint, Env } from './resolve-endpoint';
import type { CloudAuth } from './settings';

const PASSWORD_METHODS = new Set(['', 'password', 'standard']);

export function resolveCloudAuth(
  input: ConnectionInput,
  env: Env,
  yaml: PgmiYamlConnection,
  ep: Endpoint,
  problems: string[],
): CloudAuth | { method: 'password' } {
  const groups = [
    Boolean(input.azure || input.azureTenantId || input.azureClientId),
    Boolean(input.aws || input.awsRegion),
    Boolean(input.google || input.googleInstance),
  ];
  if (groups.filter(Boolean).length > 1) {
    problems.push(
      'cannot use multiple cloud authentication methods; choose one of --azure, --aws, or --google',
    );
    return { method: 'password' };
  }

  let method: string;
  if (input.azure) method = 'azure';
  else if (input.aws) method = 'aws';
  else if (input.google) method = 'google';
  else {
    method = (yaml.auth_method ?? '').trim().toLowerCase();
    if (!PASSWORD_METHODS.has(method) && !['azure', 'aws', 'google'].includes(method)) {
      problems.push(
        `unsupported auth_method "${yaml.auth_method}" in pgmi.yaml (valid: azure, aws, google, or password)`,
      );
      return { method: 'password' };
    }
  }

  switch (method) {
    case 'azure':
      return {
        method: 'azure',
        tenantId: input.azureTenantId || env.AZURE_TENANT_ID || yaml.azure_tenant_id || undefined,
        clientId: input.azureClientId || env.AZURE_CLIENT_ID || yaml.azure_client_id || undefined,
        clientSecret: env.AZURE_CLIENT_SECRET || undefined,
        authorityHost: env.AZURE_AUTHORITY_HOST || undefined,
      };
    case 'aws': {
      const region =
        input.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || yaml.aws_region || '';
      if (!region) {
        problems.push('AWS IAM auth requires region (use --aws-region or $AWS_REGION)');
      }
      if (!ep.userExplicit) {
        problems.push('AWS IAM auth requires username (-U): the database user the token is for');
      }
      return { method: 'aws', region };
    }
    case 'google': {
      const instance = input.googleInstance || yaml.google_instance || '';
      if (!instance) {
        problems.push(
          'Google Cloud SQL IAM auth requires --google-instance (project:region:instance)',
        );
      } else if (!/^[^:]+(:[^:]+){2,3}$/.test(instance)) {
        problems.push(`invalid --google-instance "${instance}" (expected project:region:instance)`);
      }
      if (!ep.userExplicit) {
        problems.push(
          'Google Cloud SQL IAM auth requires username (-U): the IAM principal (a service account without ".gserviceaccount.com")',
        );
      }
      return {
        method: 'google',
        instance,
        sqlAdminEndpoint: env.CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL || undefined,
      };
    }
    default:
      return { method: 'password' };
  }
}
