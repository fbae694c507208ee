import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { compress } from 'hono/compress';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';

import { DEFAULT_PUBLIC_URL } from './config/mail';
import { API_PREFIX, POLICIES, routeKey } from './http/authz';
import { AppError, errorResponse } from './http/errors';
import { invalidateMunicipalViews } from './http/municipal-view-cache';
import { requestGuards } from './http/request-guards';
import type { MunicipalRole } from './http/roles';
import { TtlCache } from './http/ttl-cache';
import type { AppEnv, Deps, RequestServices } from './http/types';
import { apiModules } from './modules';
import { municipalityExists, rolesIn } from './modules/access/service';
import type { AccountMailer } from './modules/accounts/mail';
import { createRequestLimiter } from './modules/accounts/request-limiter';
import { hashToken, SESSION_COOKIE, sessionForToken } from './modules/auth/service';
import { createSessionCache } from './modules/auth/session-cache';
import { SignInLimiter } from './modules/auth/sign-in-limiter';
import { ogcRoutes } from './modules/ogc/routes';
import { APORTES_PER_HOUR } from './modules/participacion/portal';

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
const CACHE_TTL_MS = 10_000;

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
      forgetAll: () => roles.clear(),
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
    mailer: options.mailer,
    publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
    accountRequests: createRequestLimiter({
      now: () => deps.clock.now().getTime(),
      max: 5,
      windowMs: 15 * 60_000,
    }),
    aporteRequests: createRequestLimiter({
      now: () => deps.clock.now().getTime(),
      max: APORTES_PER_HOUR,
      windowMs: 60 * 60_000,
    }),
  };
}

export interface AppOptions {
  /** Built web app to serve at / (omitted in API tests). */
  webDist?: string | undefined;
  /** Reverse proxies in front of the server whose X-Forwarded-For is trusted (default 0). */
  trustedProxies?: number | undefined;
  /** RUTA_POT_URL_PUBLICA: also an origin of the platform's own pages (behind a proxy). */
  publicUrl?: string | undefined;
  /** Mails account links; without it the person who creates a link sees it once. */
  mailer?: AccountMailer | undefined;
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
  // JSON, GeoJSON, CSV and the page compressed for slow links; responses that already carry
  // Content-Encoding (the gzipped panorama cache, precompressed assets) pass untouched (ADR 0022).
  app.use('*', compress());
  // Malformed, oversized, cross-site and NUL-carrying requests stop here (issue 12).
  app.use('/api/*', requestGuards({ publicUrl: options.publicUrl }));
  app.use('/api/*', async (c, next) => {
    c.set('services', services);
    c.set('deps', deps);
    c.header('Cache-Control', 'no-store');
    const token = getCookie(c as Context, SESSION_COOKIE);
    const tokenHash = token ? hashToken(token) : null;
    c.set('sessionTokenHash', tokenHash);
    c.set('user', tokenHash ? await services.sessions.userFor(tokenHash) : null);
    await next();
  });

  // A successful write to a municipality drops its cached read models (dashboard) at once.
  // The public portal writes too (a citizen's aporte lands in the municipality's register).
  for (const path of ['/api/v1/municipios/:codigo/*', '/api/v1/publico/:codigo/*'])
    app.use(path, async (c, next) => {
      await next();
      if (c.req.method !== 'GET' && c.res.status < 400)
        invalidateMunicipalViews(deps.db, c.req.param('codigo') ?? '');
    });

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const module of apiModules) api.route('/', module);
  app.route(API_PREFIX, api);

  // OGC API – Features (issue 14): public layers and boundaries for GIS clients, outside /api/v1.
  app.use('/ogc/*', async (c, next) => {
    c.set('services', services);
    c.set('deps', deps);
    await next();
  });
  app.route('/ogc', ogcRoutes);

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
    // serveStatic's onFound runs after the response is built, too late for a header: the
    // caching rule is set on the finished response instead (ADR 0022).
    const cached = (rule: string) => async (c: Context, next: () => Promise<void>) => {
      await next();
      if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', rule);
    };
    // Hashed names never change content: cached for a year. Precompressed copies (.br, .gz)
    // are written by the web build and sent as they are.
    app.use('/assets/*', cached('public, max-age=31536000, immutable'));
    app.use('/assets/*', serveStatic({ root, precompressed: true }));
    // Unhashed files (the service worker, the page) are revalidated on every visit.
    app.use('*', async (c, next) => {
      if (['/api/', '/assets/', '/ogc'].some((p) => c.req.path.startsWith(p))) return next();
      return cached('no-cache')(c as Context, next);
    });
    app.use('*', serveStatic({ root, precompressed: true }));
    // Client-side routes (/m/05001, /calculadora…) all load the single page.
    app.get('*', (c) =>
      c.req.path.startsWith('/api/') || c.req.path.startsWith('/ogc')
        ? c.notFound()
        : c.html(indexHtml),
    );
  }
  return app;
}
