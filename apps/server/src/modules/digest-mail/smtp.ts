import { describeSmtp, type MailConfig } from '../../config/mail';
import type { DigestMail } from './render';

export interface Mailer {
  send(message: DigestMail & { to: string }): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * A send the SMTP server did not accept. `serverDown` marks failures that would repeat for every
 * recipient (unreachable server, refused credentials), so a run stops trying instead of waiting
 * for one timeout per user.
 */
export class MailError extends Error {
  constructor(
    message: string,
    readonly serverDown: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

const SERVER_DOWN = new Set([
  'ECONNECTION',
  'ESOCKET',
  'EDNS',
  'ETIMEDOUT',
  'ETLS',
  'EAUTH',
  'ENOAUTH',
]);

interface SmtpFailure extends Error {
  code?: string | undefined;
  responseCode?: number | undefined;
}

/** Spanish reason for a failed send; the password never appears, even if the library echoes it. */
export function describeMailError(error: unknown, smtpUrl: string): MailError {
  const failure = (error instanceof Error ? error : new Error(String(error))) as SmtpFailure;
  const encoded = new URL(smtpUrl).password;
  let detail = failure.message;
  for (const secret of [encoded, decodeURIComponent(encoded)])
    if (secret) detail = detail.split(secret).join('***');
  const server = describeSmtp(smtpUrl);
  const code = failure.code ?? '';
  if (code === 'EAUTH' || code === 'ENOAUTH')
    return new MailError(`${server} rechazó las credenciales (${detail}).`, true);
  if (SERVER_DOWN.has(code))
    return new MailError(`no se pudo conversar con ${server} (${code}: ${detail}).`, true);
  if (failure.responseCode)
    return new MailError(`${server} rechazó el mensaje (${detail}).`, false);
  return new MailError(`error al enviar por ${server} (${detail}).`, false);
}

/**
 * Nodemailer over the configured SMTP URL. Timeouts are short so a dead server cannot hold a run
 * (or a shutdown) for minutes; a query string in the URL (e.g. ?socketTimeout=60000) overrides them.
 */
export function createSmtpMailer(config: MailConfig): Mailer {
  // Loaded on first use: installations without e-mail never load nodemailer at start (ADR 0016).
  const transporter = import('nodemailer').then(({ createTransport }) =>
    createTransport({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }),
  );
  return {
    async send(message) {
      try {
        const info = await (await transporter).sendMail({ from: config.from, ...message });
        return { messageId: info.messageId };
      } catch (error) {
        throw describeMailError(error, config.smtpUrl);
      }
    },
    close: () => void transporter.then((transport) => transport.close()),
  };
}
