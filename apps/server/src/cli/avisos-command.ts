import { parseIsoDate } from '@ruta-pot/domain';

import { readConfig } from '../config/env';
import { todayInColombia } from '../http/dates';
import { summaryLines } from '../modules/digest-mail/render';
import { sendDailyDigests } from '../modules/digest-mail/service';
import { openPlatform } from '../platform';
import { type ParsedArgs, stringFlag, UsageError } from './args';

/**
 * `ruta-pot avisos enviar [--fecha AAAA-MM-DD]`: the same run as the server's 06:00 schedule, for
 * cron or a retry by hand. Exit code 0 when nothing failed, 1 when a send failed, another run was
 * under way or no SMTP server is configured, 2 for bad input.
 */
export async function avisosCommand(args: ParsedArgs, out: (line: string) => void) {
  if (args.positional[1] !== 'enviar' || args.positional.length > 2)
    throw new UsageError('Uso: ruta-pot avisos enviar [--fecha AAAA-MM-DD]');
  const fecha = stringFlag(args, 'fecha');
  const date =
    fecha === undefined ? todayInColombia({ now: () => new Date() }) : parseIsoDate(fecha);
  const config = readConfig();
  if (!config.mail) {
    const lines = summaryLines({
      date,
      status: 'unconfigured',
      sent: 0,
      alreadySent: 0,
      nothingToSend: 0,
      failures: [],
    });
    for (const line of lines) out(line);
    return 1;
  }
  const platform = await openPlatform(config);
  try {
    const summary = await sendDailyDigests(platform.deps, {
      date,
      mail: config.mail,
      publicUrl: config.publicUrl,
    });
    for (const line of summaryLines(summary)) out(line);
    return summary.status === 'completed' && summary.failures.length === 0 ? 0 : 1;
  } finally {
    await platform.close();
  }
}
