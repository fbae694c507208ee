import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';

import { API_PREFIX, POLICIES, routeKey } from './http/authz';
import { AppError, errorResponse } from './http/errors';
import { invalidateMunicipalViews } from './http/municipal-view-cache';
import { requestGuards } from './http/request-guards';
import type { MunicipalRole } from './http/roles';
import { TtlCache } from './http/ttl-cache';
import type { AppEnv, Deps, RequestServices } from './http/types';
import { apiModules } from './modules';
import { municipalityExists, rolesIn } from './modules/access/service';
import { hashToken, SESSION_COOKIE, sessionForToken } from './modules/auth/service';
import { createSessionCache } from './modules/auth/session-cache';
import { SignInLimiter } from './modules/auth/sign-in-limiter';

// Validation messages in Spanish (zod's own locale), wrapped in our error shape below.
z.config(z.locales.es());

/** Turns a failed validation into our error shape with a Spanish message per field. */
const validationHook = (result: { success: boolean; error?: z.ZodError }) => {
  if (!result.success && result.error) {
    const issues = result.error.issues.map((issue) => {
      const field = issue.path.join('.');
      return field ? `«${field}»: ${issue.message}` : issue.message;
    });
    throw new AppError('entrada_invalida', `Datos no válidos. ${issues.join(' · ')}`, {
      campos: issues,
    });
  }
};

/**
 * Session and role look-ups cost several statements per request; they are cached for
 * CACHE_TTL_MS and dropped at once in this process on sign-out (ADR 0013). Another process
 * (PostgreSQL deployments with several servers) sees a change within CACHE_TTL_MS.
 */
export const CACHE_TTL_MS = 10_000;

function createServices(deps: Deps, options: AppOptions): RequestServices {
  const roles = new TtlCache<MunicipalRole[]>(CACHE_TTL_MS);
  return {
    deps,
    access: {
      async rolesIn(userId, codigo) {
        const key = `${userId}:${codigo}`;
        const cached = roles.get(key);
        if (cached) return cached;
        const found = await rolesIn(deps, { userId, codigo });
        roles.set(key, found);
        return found;
      },
      exists: (codigo) => municipalityExists(deps, codigo),
      forgetUser: (userId) => roles.deletePrefix(`${userId}:`),
    },
    sessions: createSessionCache({
      clock: deps.clock,
      ttlMs: CACHE_TTL_MS,
      load: (tokenHash) => sessionForToken(deps, tokenHash),
    }),
    signInLimits: {
      limiter: new SignInLimiter(() => deps.clock.now().getTime()),
      trustedProxies: options.trustedProxies ?? 0,
    },
  };
}

export interface AppOptions {
  /** Built web app to serve at / (omitted in API tests). */
  webDist?: string | undefined;
  /** Reverse proxies in front of the server whose X-Forwarded-For is trusted (default 0). */
  trustedProxies?: number | undefined;
  /** RUTA_POT_URL_PUBLICA: also an origin of the platform's own pages (behind a proxy). */
  publicUrl?: string | undefined;
}

/** Builds the HTTP application: middleware chain, API modules, one error handler, the web app. */
export function createApp(deps: Deps, options: AppOptions = {}) {
  const services = createServices(deps, options);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  // Malformed, oversized, cross-site and NUL-carrying requests stop here (issue 12).
  app.use('/api/*', requestGuards({ publicUrl: options.publicUrl }));
  app.use('/api/*', async (c, next) => {
    c.set('services', services);
    c.header('Cache-Control', 'no-store');
    const token = getCookie(c as Context, SESSION_COOKIE);
    const tokenHash = token ? hashToken(token) : null;
    c.set('sessionTokenHash', tokenHash);
    c.set('user', tokenHash ? await services.sessions.userFor(tokenHash) : null);
    await next();
  });

  // A successful write to a municipality drops its cached read models (dashboard) at once.
  app.use('/api/v1/municipios/:codigo/*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.res.status < 400)
      invalidateMunicipalViews(deps.db, c.req.param('codigo'));
  });

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const module of apiModules) api.route('/', module);
  app.route(API_PREFIX, api);

  POLICIES.set(routeKey('get', '/api/v1/openapi.json'), { kind: 'publico' });
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Ruta POT API',
      version: '1',
      description:
        'API de Ruta POT. Cada operación declara su regla de autorización en x-autorizacion. Errores: { error: { codigo, mensaje } } en español.',
    },
  });

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: { codigo: 'no_encontrado', mensaje: 'Ruta de la API inexistente.' } }, 404)
      : c.text('No encontrado', 404),
  );
  app.onError((error, c) => errorResponse(error, c));

  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const root = options.webDist;
    const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
    app.use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use('*', serveStatic({ root }));
    // Client-side routes (/m/05001, /calculadora…) all load the single page.
    app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : c.html(indexHtml)));
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
