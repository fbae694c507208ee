import { randomBytes } from 'node:crypto';

import type { AccountMailer, AccountMessage } from './mail';

/** A fresh link token: 32 random bytes, URL-safe. Only its SHA-256 is ever stored. */
export const newToken = () => randomBytes(32).toString('base64url');

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

/** The page where a person sets a password; the token travels in the fragment, never to logs. */
export const activationUrl = (publicUrl: string, token: string) =>
  `${base(publicUrl)}/cuenta/enlace#${token}`;

/** The page where an invited person joins a municipality's team: `#<código>.<token>`. */
export const invitationUrl = (publicUrl: string, codigo: string, token: string) =>
  `${base(publicUrl)}/cuenta/invitacion#${codigo}.${token}`;

/** What became of a link: mailed, or to be handed over by the person who asked for it. */
export interface LinkDelivery {
  /** The link, only when it was not mailed: shown once to whoever created it. */
  enlace: string | null;
  enviado: boolean;
  /** Why a configured mail server did not take it, in Spanish. */
  aviso: string | null;
}

/**
 * Mails a link when the installation sends e-mail; otherwise (or when the server refuses it)
 * returns the link so the inviter can hand it over by another channel (issue 11).
 */
export async function deliverLink(
  mailer: AccountMailer | undefined,
  message: AccountMessage,
  link: string,
): Promise<LinkDelivery> {
  if (!mailer) return { enlace: link, enviado: false, aviso: null };
  try {
    await mailer.send(message);
    return { enlace: null, enviado: true, aviso: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      enlace: link,
      enviado: false,
      aviso: `No se pudo enviar el correo (${reason}). Entregue el enlace por otro medio.`,
    };
  }
}
