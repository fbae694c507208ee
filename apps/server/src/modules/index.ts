import { authRoutes } from './auth/routes';
import { healthRoutes } from './health/routes';
import { municipalityRoutes } from './municipalities/routes';
import { normaRoutes } from './norma/routes';
import { planRoutes } from './plan/routes';

/** Every API module, mounted under /api/v1 (routes → service → domain/db). */
export const apiModules = [healthRoutes, authRoutes, municipalityRoutes, normaRoutes, planRoutes];
