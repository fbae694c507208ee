import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { MailConfig } from '../../config/mail';
import { createSmtpMailer } from '../digest-mail/smtp';

/** A message about an account: an invitation, an activation, a password reset. */
export interface AccountMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends account messages; absent when the installation sends no e-mail. */
export interface AccountMailer {
  /** Where messages go, for the server log («smtp://…», «buzón …»). */
  readonly describe: string;
  send(message: AccountMessage): Promise<void>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The configured SMTP server (RUTA_POT_SMTP_URL), the same one the daily digest uses. */
function smtpAccountMailer(config: MailConfig): AccountMailer {
  const smtp = createSmtpMailer(config);
  return {
    describe: new URL(config.smtpUrl).host,
    async send(message) {
      const html = `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(message.text)}</pre>`;
      await smtp.send({ ...message, html });
    },
  };
}

/**
 * A folder where each message is written as a text file (RUTA_POT_BUZON): for an installation
 * being tried out without a mail server, and for the demo, so the messages a citizen would receive
 * can be read. Never a substitute for SMTP in production: anyone with the folder reads the links.
 */
function outboxAccountMailer(folder: string, now: () => Date): AccountMailer {
  return {
    describe: `buzón ${folder}`,
    async send(message) {
      mkdirSync(folder, { recursive: true });
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      const name = `${stamp}-${randomBytes(3).toString('hex')}.txt`;
      writeFileSync(
        join(folder, name),
        `Para: ${message.to}\nAsunto: ${message.subject}\n\n${message.text}\n`,
        'utf8',
      );
      return Promise.resolve();
    },
  };
}

/** SMTP when configured, else the outbox folder when set, else none (links are shown once). */
export function accountMailerFor(input: {
  mail: MailConfig | undefined;
  outbox: string | undefined;
  now: () => Date;
}): AccountMailer | undefined {
  if (input.mail) return smtpAccountMailer(input.mail);
  if (input.outbox) return outboxAccountMailer(input.outbox, input.now);
  return undefined;
}
