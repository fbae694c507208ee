import { describe, expect, it } from 'vitest';

import { describeMailError } from './smtp';

const URL_WITH_PASSWORD = 'smtps://avisos:cl%40ve-secreta@correo.example.org:465';
const failure = (message: string, extra: Record<string, unknown>) =>
  Object.assign(new Error(message), extra);

describe('describeMailError', () => {
  it('names the server without credentials and never repeats the password', () => {
    const error = describeMailError(
      failure('Invalid login: 535 bad password cl@ve-secreta (cl%40ve-secreta)', { code: 'EAUTH' }),
      URL_WITH_PASSWORD,
    );
    expect(error.message).toMatch(/^smtps:\/\/correo\.example\.org:465 rechazó las credenciales/);
    expect(error.message).not.toMatch(/cl@ve|cl%40ve/);
    expect(error.serverDown).toBe(true);
  });

  it('tells a server that is down from a message it refused', () => {
    const down = describeMailError(
      failure('connect ECONNREFUSED 127.0.0.1:465', { code: 'ESOCKET' }),
      URL_WITH_PASSWORD,
    );
    expect(down).toMatchObject({ serverDown: true });
    expect(down.message).toMatch(/no se pudo conversar con smtps:\/\/correo\.example\.org:465/);
    const refused = describeMailError(
      failure('Recipient command failed: 550 Buzón no disponible', {
        code: 'EENVELOPE',
        responseCode: 550,
      }),
      URL_WITH_PASSWORD,
    );
    expect(refused).toMatchObject({ serverDown: false });
    expect(refused.message).toMatch(/rechazó el mensaje \(.*550/);
  });
});
