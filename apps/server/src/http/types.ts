import type { Database } from '@ruta-pot/db';
import type { BusinessCalendar } from '@ruta-pot/domain';

import type { AccountMailer } from '../modules/accounts/mail';
import type { SignInLimiter } from '../modules/auth/sign-in-limiter';
import type { FileStore } from '../modules/ruta/file-store';
import type { MunicipalRole } from './roles';

/** Injected clock: tests pin time, production uses the system clock. */
export interface Clock {
  now(): Date;
}

/** What every service function receives (no service locator, no god base class). */
export interface Deps {
  db: Database;
  clock: Clock;
  calendar: BusinessCalendar;
  /** Evidence files (content-addressed, never overwritten). */
  files: FileStore;
}

export interface SessionUser {
  id: string;
  email: string;
  nombre: string;
  esAdministrador: boolean;
  autoridadAmbientalId: string | null;
}

export interface RequestServices {
  deps: Deps;
  access: {
    rolesIn(userId: string, codigo: string): Promise<MunicipalRole[]>;
    exists(codigo: string): Promise<boolean>;
    /** Forget cached roles after a membership change, so it applies at once in this process. */
    forgetUser(userId: string): void;
    /** Forget every cached role (a CAR's jurisdiction changed). */
    forgetAll(): void;
  };
  sessions: {
    userFor(tokenHash: string): Promise<SessionUser | null>;
    /** Forget a session at sign-out, so the token stops working at once in this process. */
    forget(tokenHash: string): void;
    /** Forget every session of a user (removed from a team, deactivated, password changed). */
    forgetUser(userId: string): void;
  };
  /** Mails account links (invitations, resets, sign-ups); undefined: links are shown once. */
  mailer: AccountMailer | undefined;
  /** Public address of the web app, for the links (RUTA_POT_URL_PUBLICA). */
  publicUrl: string;
  /** Requests per address for password resets and citizen sign-ups (abuse of mail). */
  accountRequests: { allow(address: string): boolean };
  /** Aportes per address and per account on the public portal (spam and floods, issue 13). */
  aporteRequests: { allow(key: string): boolean };
  /** Failed sign-ins counted in this process (ADR 0012), and the proxies trusted for the address. */
  signInLimits: { limiter: SignInLimiter; trustedProxies: number };
}

export interface AppEnv {
  Variables: {
    services: RequestServices;
    /** The process's dependencies (database, clock, files), read by every route as `c.var.deps`. */
    deps: Deps;
    user: SessionUser | null;
    sessionTokenHash: string | null;
    municipio: string;
    roles: MunicipalRole[];
  };
}
