import { activationUrl, deliverLink, type LinkDelivery } from '../accounts/links';
import type { LinkChannel } from '../team/delivery';

/** The activation link of an account just created by an administrator, mailed or shown once. */
export async function deliverActivation(
  channel: LinkChannel,
  input: { email: string; token: string | null; why: string },
): Promise<LinkDelivery> {
  if (!input.token) return { enlace: null, enviado: false, aviso: null };
  const link = activationUrl(channel.publicUrl, input.token);
  return deliverLink(
    channel.mailer,
    {
      to: input.email,
      subject: 'Su cuenta de Ruta POT',
      text: `Se creó una cuenta de Ruta POT para usted: ${input.why}.\n\nPara definir su contraseña, abra este enlace (vence en 72 horas y sirve una sola vez):\n${link}`,
    },
    link,
  );
}
