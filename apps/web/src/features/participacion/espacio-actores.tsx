// Actores del municipio y estrategia de participación por etapa (la oficina los mantiene).
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { AvisoEnvio, useEnvio } from '../../ui/formulario/envio';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
import { TablaDesplazable } from '../expediente/tabla';
import {
  agregarEstrategia,
  guardarActor,
  listarActores,
  listarEstrategia,
  retirarActor,
  retirarEstrategia,
} from './espacio-api';
import { useDatos } from './espacio-comun';

const TIPOS_ACTOR = [
  'concejal',
  'ctp',
  'jal',
  'jac',
  'gremio',
  'universidad',
  'comunidad_etnica',
  'organizacion_ambiental',
  'organizacion_comunitaria',
  'entidad',
  'otro',
] as const;
const ETAPAS = ['diagnostico', 'formulacion', 'concertacion', 'adopcion', 'seguimiento'] as const;

/** Retiro en dos pasos, como en la página del equipo: nada se borra con un solo clic. */
function Retirar(props: {
  nombre: string;
  confirmacion: string;
  ocupado: boolean;
  alConfirmar: () => void;
}) {
  const [confirmando, setConfirmando] = useState(false);
  if (!confirmando)
    return (
      <Boton variante="secundario" aria-label={props.nombre} onClick={() => setConfirmando(true)}>
        {t('espacio.retirar')}
      </Boton>
    );
  return (
    <div role="group" aria-label={props.nombre}>
      <p>{props.confirmacion}</p>
      <Boton disabled={props.ocupado} onClick={props.alConfirmar}>
        {t('espacio.retirar')}
      </Boton>{' '}
      <Boton variante="secundario" onClick={() => setConfirmando(false)}>
        {t('espacio.cancelar')}
      </Boton>
    </div>
  );
}

function FormularioActor({ codigo, alCrear }: { codigo: string; alCrear: () => void }) {
  const [consiente, setConsiente] = useState(false);
  const registro = useRegistro(
    { tipo: 'concejal', nombre: '', organizacion: '', contacto: '' },
    {
      enviar: (d) => {
        const contacto = d.contacto.trim();
        return guardarActor(codigo, {
          tipo: d.tipo,
          nombre: d.nombre.trim(),
          ...(d.organizacion.trim() ? { organizacion: d.organizacion.trim() } : {}),
          ...(contacto ? { contacto, consentimiento: consiente } : {}),
        });
      },
      exito: (_, d) => t('espacio.actorGuardado', { nombre: d.nombre.trim() }),
      alCrear: () => {
        setConsiente(false);
        alCrear();
      },
    },
  );
  return (
    <FormularioRegistro
      titulo={t('espacio.nuevoActor')}
      registro={registro}
      campos={[
        {
          clave: 'tipo',
          id: 'actor-tipo',
          etiqueta: t('espacio.actorTipo'),
          control: 'selector',
          opciones: TIPOS_ACTOR,
          prefijo: 'espacio.tipoActor',
        },
        { clave: 'nombre', id: 'actor-nombre', etiqueta: t('espacio.nombre'), requerido: true },
        {
          clave: 'organizacion',
          id: 'actor-organizacion',
          etiqueta: t('espacio.organizacion'),
          opcional: true,
        },
        {
          clave: 'contacto',
          id: 'actor-contacto',
          etiqueta: t('espacio.contacto'),
          ayuda: t('espacio.contactoAyuda'),
          opcional: true,
        },
      ]}
      boton={t('espacio.guardarActor')}
    >
      {registro.datos.contacto.trim() ? (
        <div class="campo campo-casilla">
          <input
            id="actor-consentimiento"
            type="checkbox"
            checked={consiente}
            required
            onChange={(e) => setConsiente(e.currentTarget.checked)}
          />
          <label for="actor-consentimiento">{t('espacio.consentimientoActor')}</label>
        </div>
      ) : null}
    </FormularioRegistro>
  );
}

export function SeccionActores({ codigo, oficina }: { codigo: string; oficina: boolean }) {
  const { datos, estado, recargar } = useDatos((s) => listarActores(codigo, s), [codigo]);
  const retiro = useEnvio();
  const retirar = async (id: string, nombre: string) => {
    if (
      await retiro.enviar(
        () => retirarActor(codigo, id),
        () => t('espacio.actorRetirado', { nombre }),
      )
    )
      recargar();
  };
  return (
    <section aria-labelledby="espacio-actores">
      <h2 id="espacio-actores">{t('espacio.actores')}</h2>
      <p>{oficina ? t('espacio.actoresIntroOficina') : t('espacio.actoresIntro')}</p>
      {estado}
      {datos?.actores.length === 0 ? <p>{t('espacio.sinActores')}</p> : null}
      {datos && datos.actores.length > 0 ? (
        <TablaDesplazable nombre={t('espacio.actores')}>
          <table>
            <caption>{t('espacio.actores')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('espacio.nombre')}</th>
                <th scope="col">{t('espacio.actorTipo')}</th>
                <th scope="col">{t('espacio.organizacion')}</th>
                {oficina ? <th scope="col">{t('espacio.contacto')}</th> : null}
                {oficina ? (
                  <th scope="col">
                    <span class="visualmente-oculto">{t('espacio.acciones')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {datos.actores.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.nombre}</th>
                  <td>{t(`espacio.tipoActor.${a.tipo}` as ClaveTexto)}</td>
                  <td>{a.organizacion ?? ''}</td>
                  {oficina ? <td>{a.contacto ?? t('espacio.sinDato')}</td> : null}
                  {oficina ? (
                    <td>
                      <Retirar
                        nombre={t('espacio.retirarActor', { nombre: a.nombre })}
                        confirmacion={t('espacio.confirmarRetiro', { nombre: a.nombre })}
                        ocupado={retiro.ocupado}
                        alConfirmar={() => void retirar(a.id, a.nombre)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TablaDesplazable>
      ) : null}
      <AvisoEnvio mensaje={retiro.mensaje} />
      {oficina ? <FormularioActor codigo={codigo} alCrear={recargar} /> : null}
    </section>
  );
}

function FormularioEstrategia({ codigo, alCrear }: { codigo: string; alCrear: () => void }) {
  const registro = useRegistro(
    { etapa: 'diagnostico', que: '', conQuien: '', cuando: '' },
    {
      enviar: (d) =>
        agregarEstrategia(codigo, {
          etapa: d.etapa,
          que: d.que.trim(),
          conQuien: d.conQuien.trim(),
          cuando: d.cuando.trim(),
        }),
      exito: () => t('espacio.estrategiaGuardada'),
      alCrear,
    },
  );
  return (
    <FormularioRegistro
      titulo={t('espacio.nuevaLinea')}
      registro={registro}
      campos={[
        {
          clave: 'etapa',
          id: 'estrategia-etapa',
          etiqueta: t('espacio.etapa'),
          control: 'selector',
          opciones: ETAPAS,
          prefijo: 'espacio.etapa',
        },
        { clave: 'que', id: 'estrategia-que', etiqueta: t('espacio.que'), requerido: true },
        {
          clave: 'conQuien',
          id: 'estrategia-con-quien',
          etiqueta: t('espacio.conQuien'),
          requerido: true,
        },
        {
          clave: 'cuando',
          id: 'estrategia-cuando',
          etiqueta: t('espacio.cuando'),
          ayuda: t('espacio.cuandoAyuda'),
          requerido: true,
        },
      ]}
      boton={t('espacio.agregarLinea')}
    />
  );
}

export function SeccionEstrategia({ codigo, oficina }: { codigo: string; oficina: boolean }) {
  const { datos, estado, recargar } = useDatos((s) => listarEstrategia(codigo, s), [codigo]);
  const retiro = useEnvio();
  const retirar = async (id: string) => {
    if (
      await retiro.enviar(
        () => retirarEstrategia(codigo, id),
        () => t('espacio.lineaRetirada'),
      )
    )
      recargar();
  };
  return (
    <section aria-labelledby="espacio-estrategia">
      <h2 id="espacio-estrategia">{t('espacio.estrategia')}</h2>
      <p>{t('espacio.estrategiaIntro')}</p>
      {estado}
      {datos?.estrategia.length === 0 ? <p>{t('espacio.sinEstrategia')}</p> : null}
      {datos && datos.estrategia.length > 0 ? (
        <TablaDesplazable nombre={t('espacio.estrategia')}>
          <table>
            <caption>{t('espacio.estrategia')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('espacio.etapa')}</th>
                <th scope="col">{t('espacio.que')}</th>
                <th scope="col">{t('espacio.conQuien')}</th>
                <th scope="col">{t('espacio.cuando')}</th>
                {oficina ? (
                  <th scope="col">
                    <span class="visualmente-oculto">{t('espacio.acciones')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {datos.estrategia.map((l) => (
                <tr key={l.id}>
                  <td>{t(`espacio.etapa.${l.etapa}` as ClaveTexto)}</td>
                  <td>{l.que}</td>
                  <td>{l.conQuien}</td>
                  <td>{l.cuando}</td>
                  {oficina ? (
                    <td>
                      <Retirar
                        nombre={t('espacio.retirarLinea', { que: l.que })}
                        confirmacion={t('espacio.confirmarRetiroLinea', { que: l.que })}
                        ocupado={retiro.ocupado}
                        alConfirmar={() => void retirar(l.id)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TablaDesplazable>
      ) : null}
      <AvisoEnvio mensaje={retiro.mensaje} />
      {oficina ? <FormularioEstrategia codigo={codigo} alCrear={recargar} /> : null}
    </section>
  );
}
