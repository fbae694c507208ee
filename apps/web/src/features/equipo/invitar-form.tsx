import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { EnlaceUnaVez } from '../../ui/enlace-una-vez';
import { Selector } from '../../ui/selector';
import { type Entrega, type Equipo, invitar } from './api';

/** What an invitation or a resend produced: mailed, or a link to hand over once. */
export function ResultadoEntrega({ entrega, email }: { entrega: Entrega; email: string }) {
  if (entrega.enviado)
    return <Alerta tipo="exito" titulo={t('equipo.enviado', { email })} anunciar />;
  if (!entrega.enlace) return null;
  return (
    <>
      {entrega.aviso ? <Alerta tipo="advertencia" titulo={entrega.aviso} /> : null}
      <EnlaceUnaVez
        id="enlace-invitacion"
        explicacion={t('equipo.enlaceUnaVez', { email })}
        enlace={entrega.enlace}
      />
    </>
  );
}

export function InvitarForm(props: {
  codigo: string;
  roles: Equipo['rolesInvitables'];
  alInvitar: () => void;
}) {
  const [email, setEmail] = useState('');
  const [rol, setRol] = useState(
    props.roles.find((r) => r.rol === 'consultor')?.rol ?? 'consultor',
  );
  const [ocupado, setOcupado] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hecho, setHecho] = useState<{ entrega: Entrega; email: string } | null>(null);
  const enviar = async (e: Event) => {
    e.preventDefault();
    setOcupado(true);
    setError(null);
    const r = await invitar(props.codigo, email, rol);
    setOcupado(false);
    if (!r.ok) return setError(r.error.mensaje);
    setHecho({ entrega: r.datos, email: r.datos.invitacion.email });
    setEmail('');
    props.alInvitar();
  };
  return (
    <section class="tarjeta" aria-labelledby="titulo-invitar">
      <h2 id="titulo-invitar">{t('equipo.invitar')}</h2>
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Campo
          id="invitar-correo"
          etiqueta={t('equipo.correo')}
          tipo="email"
          autocompletar="off"
          valor={email}
          alCambiar={setEmail}
          requerido
        />
        <Selector
          id="invitar-rol"
          etiqueta={t('equipo.rol')}
          valor={rol}
          opciones={props.roles.map((r) => r.rol)}
          etiquetas={Object.fromEntries(props.roles.map((r) => [r.rol, r.etiqueta]))}
          alCambiar={setRol}
        />
        {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
        <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
          {t('equipo.botonInvitar')}
        </Boton>
      </form>
      {hecho ? <ResultadoEntrega entrega={hecho.entrega} email={hecho.email} /> : null}
    </section>
  );
}
