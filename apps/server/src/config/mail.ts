/** Settings of the daily digest e-mail (ADR 0015); read once with the rest of the configuration. */
export interface MailConfig {
  /** smtp:// or smtps:// URL. It may carry the password: log only `describeSmtp(smtpUrl)`. */
  smtpUrl: string;
  /** Sender, e.g. `Ruta POT <avisos@municipio.gov.co>`. */
  from: string;
}

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

/**
 * The SMTP settings, or undefined when RUTA_POT_SMTP_URL is unset (the digest stays in the app).
 * Error messages never echo the URL, because it may contain the password.
 */
export function readMailConfig(env: NodeJS.ProcessEnv): MailConfig | undefined {
  const smtpUrl = env.RUTA_POT_SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(smtpUrl);
  } catch {
    throw new Error(
      'RUTA_POT_SMTP_URL no es una URL válida (smtp://usuario:clave@servidor:puerto).',
    );
  }
  if ((parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
    throw new Error(
      'RUTA_POT_SMTP_URL debe empezar por smtp:// o smtps:// y nombrar un servidor (smtp://usuario:clave@servidor:puerto).',
    );
  }
  const from = env.RUTA_POT_CORREO_REMITENTE?.trim();
  // Relays reject senders outside their domain, so guessing one would fail later and silently.
  if (!from || !/[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+/.test(from)) {
    throw new Error(
      'Con RUTA_POT_SMTP_URL defina también RUTA_POT_CORREO_REMITENTE con una dirección de correo, p. ej. «Ruta POT <avisos@municipio.gov.co>».',
    );
  }
  return { smtpUrl, from };
}

/** The SMTP server without credentials, for logs and messages. */
export function describeSmtp(smtpUrl: string): string {
  const parsed = new URL(smtpUrl);
  return `${parsed.protocol}//${parsed.host}`;
}

/** Public address of the web app for links in e-mails, without a trailing slash. */
export function readPublicUrl(env: NodeJS.ProcessEnv): string {
  const text = env.RUTA_POT_URL_PUBLICA?.trim() || DEFAULT_PUBLIC_URL;
  let parsed: URL | undefined;
  try {
    parsed = new URL(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new Error(
      `RUTA_POT_URL_PUBLICA debe ser una dirección http:// o https://, p. ej. «https://pot.municipio.gov.co»: «${text}».`,
    );
  }
  return text.replace(/\/+$/, '');
}
