import { personalDataRoutes } from './accounts/personal-data-routes';
import { accountRoutes } from './accounts/routes';
import { adminRoutes } from './admin/routes';
import { authRoutes } from './auth/routes';
import { autodiagnosticoRoutes } from './autodiagnostico/routes';
import { capasRoutes } from './capas/routes';
import { layerUploadRoutes } from './capas/upload-routes';
import { expedienteReportRoutes } from './expediente/report-routes';
import { expedienteRoutes } from './expediente/routes';
import { healthRoutes } from './health/routes';
import { municipalityRoutes } from './municipalities/routes';
import { normaRoutes } from './norma/routes';
import { panoramaRoutes } from './panorama/routes';
import { participacionPortalRoutes } from './participacion/portal-routes';
import { participacionPublicRoutes } from './participacion/public-routes';
import { participacionRegisterRoutes } from './participacion/register-routes';
import { participacionWorkspaceRoutes } from './participacion/workspace-routes';
import { planActRoutes } from './plan/acts-routes';
import { planRoutes } from './plan/routes';
import { answerRoutes } from './preparacion/answer-routes';
import { bankRoutes } from './preparacion/bank-routes';
import { preparacionRoutes } from './preparacion/routes';
import { digestRoutes } from './ruta/digest';
import { processClosingRoutes } from './ruta/process-closing-routes';
import { rutaRoutes } from './ruta/routes';
import { teamRoutes } from './team/routes';

/** Every API module, mounted under /api/v1 (routes → service → domain/db). */
export const apiModules = [
  healthRoutes,
  authRoutes,
  // Before accountRoutes: POST /publico/participacion/seguimiento would otherwise also match
  // its POST /publico/{codigo}/seguimiento (follow a municipality, signed in only).
  participacionPortalRoutes,
  accountRoutes,
  municipalityRoutes,
  normaRoutes,
  planRoutes,
  planActRoutes,
  panoramaRoutes,
  autodiagnosticoRoutes,
  rutaRoutes,
  processClosingRoutes,
  digestRoutes,
  expedienteRoutes,
  expedienteReportRoutes,
  preparacionRoutes,
  answerRoutes,
  bankRoutes,
  participacionPublicRoutes,
  participacionRegisterRoutes,
  participacionWorkspaceRoutes,
  teamRoutes,
  adminRoutes,
  personalDataRoutes,
  capasRoutes,
  layerUploadRoutes,
];
