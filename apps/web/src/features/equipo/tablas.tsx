import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { fechaHoraColombia, fechaLarga } from '../../ui/formato/model';
import { Selector } from '../../ui/selector';
import { cambiarRol, type Entrega, type Equipo, reenviar, retirar, revocar } from './api';
import { ResultadoEntrega } from './invitar-form';

type Accion = () => Promise<{ ok: true } | { ok: false; error: { mensaje: string } }>;

/** Runs a change and reports its outcome in the table's live region. */
function useCambio(alCambiar: () => void) {
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const ejecutar = async (accion: Accion) => {
    const r = await accion();
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    setMensaje({ tipo: 'exito', texto: t('equipo.hecho') });
    alCambiar();
  };
  const aviso = mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null;
  return { ejecutar, aviso };
}

export function TablaInvitaciones(props: {
  codigo: string;
  invitaciones: Equipo['invitaciones'];
  alCambiar: () => void;
}) {
  const { ejecutar, aviso } = useCambio(props.alCambiar);
  const [reenviada, setReenviada] = useState<{ entrega: Entrega; email: string } | null>(null);
  const reenviarA = (id: string) =>
    ejecutar(async () => {
      const r = await reenviar(props.codigo, id);
      if (r.ok) setReenviada({ entrega: r.datos, email: r.datos.invitacion.email });
      return r;
    });
  return (
    <section aria-labelledby="titulo-pendientes">
      <h2 id="titulo-pendientes">{t('equipo.pendientes')}</h2>
      {aviso}
      {reenviada ? <ResultadoEntrega entrega={reenviada.entrega} email={reenviada.email} /> : null}
      {props.invitaciones.length === 0 ? (
        <p>{t('equipo.sinPendientes')}</p>
      ) : (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption class="visualmente-oculto">{t('equipo.pendientes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('equipo.colCorreo')}</th>
                <th scope="col">{t('equipo.colRoles')}</th>
                <th scope="col">{t('equipo.colInvitadaPor')}</th>
                <th scope="col">{t('equipo.colVence')}</th>
                <th scope="col">{t('equipo.colAcciones')}</th>
              </tr>
            </thead>
            <tbody>
              {props.invitaciones.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.email}</th>
                  <td>{i.rolEtiqueta}</td>
                  <td>{i.invitadaPor ?? '—'}</td>
                  <td>{i.vencida ? t('equipo.vencida') : fechaLarga(i.expiraEn.slice(0, 10))}</td>
                  <td>
                    <div class="acciones">
                      <Boton
                        variante="secundario"
                        aria-label={t('equipo.reenviarA', { email: i.email })}
                        onClick={() => void reenviarA(i.id)}
                      >
                        {t('equipo.reenviar')}
                      </Boton>{' '}
                      <Boton
                        variante="secundario"
                        aria-label={t('equipo.revocarA', { email: i.email })}
                        onClick={() => void ejecutar(() => revocar(props.codigo, i.id))}
                      >
                        {t('equipo.revocar')}
                      </Boton>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Miembro = Equipo['miembros'][number];

function AccionesMiembro(props: {
  codigo: string;
  miembro: Miembro;
  roles: Equipo['rolesInvitables'];
  ejecutar: (accion: Accion) => Promise<void>;
}) {
  const { miembro } = props;
  const [confirmando, setConfirmando] = useState(false);
  const gestionables = miembro.roles.filter((r) => r.gestionable);
  if (gestionables.length === 0) return <span class="nota">{t('equipo.asignaPlataforma')}</span>;
  if (confirmando)
    return (
      <div role="group" aria-label={t('equipo.retirarA', { nombre: miembro.nombre })}>
        <p>{t('equipo.confirmarRetiro', { nombre: miembro.nombre })}</p>
        <Boton onClick={() => void props.ejecutar(() => retirar(props.codigo, miembro.usuarioId))}>
          {t('equipo.retirar')}
        </Boton>{' '}
        <Boton variante="secundario" onClick={() => setConfirmando(false)}>
          {t('equipo.cancelar')}
        </Boton>
      </div>
    );
  return (
    <>
      <Selector
        id={`rol-${miembro.usuarioId}`}
        etiqueta={t('equipo.cambiarRolDe', { nombre: miembro.nombre })}
        ocultarEtiqueta
        valor={gestionables[0]!.rol}
        opciones={props.roles.map((r) => r.rol)}
        etiquetas={Object.fromEntries(props.roles.map((r) => [r.rol, r.etiqueta]))}
        alCambiar={(rol) =>
          void props.ejecutar(() => cambiarRol(props.codigo, miembro.usuarioId, rol))
        }
      />
      <Boton
        variante="secundario"
        aria-label={t('equipo.retirarA', { nombre: miembro.nombre })}
        onClick={() => setConfirmando(true)}
      >
        {t('equipo.retirar')}
      </Boton>
    </>
  );
}

export function TablaMiembros(props: { codigo: string; equipo: Equipo; alCambiar: () => void }) {
  const { ejecutar, aviso } = useCambio(props.alCambiar);
  const { miembros } = props.equipo;
  return (
    <section aria-labelledby="titulo-miembros-equipo">
      <h2 id="titulo-miembros-equipo">{t('equipo.miembros', { n: miembros.length })}</h2>
      {aviso}
      <div class="tabla-envoltura" tabIndex={0}>
        <table>
          <caption class="visualmente-oculto">
            {t('equipo.miembros', { n: miembros.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('equipo.colNombre')}</th>
              <th scope="col">{t('equipo.colCorreo')}</th>
              <th scope="col">{t('equipo.colRoles')}</th>
              <th scope="col">{t('equipo.colAcciones')}</th>
            </tr>
          </thead>
          <tbody>
            {miembros.map((m) => (
              <tr key={m.usuarioId}>
                <th scope="row">
                  {m.nombre}
                  {m.activo ? null : <span class="nota"> ({t('equipo.desactivada')})</span>}
                </th>
                <td>{m.email}</td>
                <td>{m.roles.map((r) => r.etiqueta).join(', ')}</td>
                <td>
                  <div class="acciones">
                    <AccionesMiembro
                      codigo={props.codigo}
                      miembro={m}
                      roles={props.equipo.rolesInvitables}
                      ejecutar={ejecutar}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Historial({ historial }: { historial: Equipo['historial'] }) {
  return (
    <section aria-labelledby="titulo-historial-equipo">
      <h2 id="titulo-historial-equipo">{t('equipo.historial')}</h2>
      {historial.length === 0 ? (
        <p>{t('equipo.sinHistorial')}</p>
      ) : (
        <ul class="historial">
          {historial.map((h, i) => (
            <li key={i}>
              <time dateTime={h.ocurridoEn}>{fechaHoraColombia(h.ocurridoEn)}</time> · {h.actor}:{' '}
              {h.descripcion}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
