import type { AppEnv } from '../../http/types';
import type { Requester } from './process-service';

type AppEnvGet = <K extends keyof AppEnv['Variables']>(key: K) => AppEnv['Variables'][K];

/** Who asks, from the session and the municipality the route's policy resolved. */
export function requesterOf(c: { get: AppEnvGet }): Requester {
  const user = c.get('user')!;
  return {
    codigo: c.get('municipio'),
    userId: user.id,
    email: user.email,
    roles: c.get('roles'),
    admin: user.esAdministrador,
  };
}
