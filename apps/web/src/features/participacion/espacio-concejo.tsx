// Sección del Concejo: radicación, cabildo abierto, sesiones y decisión, con sus advertencias.
import { CITES } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { Selector } from '../../ui/selector';
import { TablaDesplazable } from '../expediente/tabla';
import { obtenerConcejo, registrarConcejo, type RegistroConcejo } from './espacio-api';
import { AreaTexto, AvisoEnvio, CampoArchivo, useDatos, useEnvio } from './espacio-comun';
import { advertenciasDe } from './espacio-model';

const TIPOS = ['radicacion', 'cabildo_abierto', 'sesion', 'decision'] as const;
const DECISIONES = ['aprobado', 'negado'] as const;

function FormularioConcejo({ codigo, alCambiar }: { codigo: string; alCambiar: () => void }) {
  const vacio = { tipo: 'radicacion', fecha: '', descripcion: '', decision: 'aprobado' };
  const [datos, setDatos] = useState(vacio);
  const [archivo, setArchivo] = useState<File | null>(null);
  const [ronda, setRonda] = useState(0);
  const { ocupado, mensaje, enviar } = useEnvio();
  const campo = (k: keyof typeof vacio) => (v: string) => setDatos((d) => ({ ...d, [k]: v }));
  const guardar = async (e: Event) => {
    e.preventDefault();
    const campos = { ...datos, decision: datos.tipo === 'decision' ? datos.decision : '' };
    if (
      await enviar(
        () => registrarConcejo(codigo, campos, archivo),
        () => t('espacio.concejoGuardado'),
      )
    ) {
      setDatos(vacio);
      setArchivo(null);
      setRonda((n) => n + 1);
      alCambiar();
    }
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h3>{t('espacio.nuevoRegistroConcejo')}</h3>
      <Selector
        id="concejo-tipo"
        etiqueta={t('espacio.tipoRegistro')}
        valor={datos.tipo}
        opciones={TIPOS}
        prefijo="espacio.concejoTipo"
        alCambiar={campo('tipo')}
      />
      <Campo
        id="concejo-fecha"
        etiqueta={t('espacio.fecha')}
        tipo="date"
        valor={datos.fecha}
        alCambiar={campo('fecha')}
        requerido
      />
      {datos.tipo === 'decision' ? (
        <Selector
          id="concejo-decision"
          etiqueta={t('espacio.decision')}
          valor={datos.decision}
          opciones={DECISIONES}
          prefijo="espacio.decision"
          alCambiar={campo('decision')}
        />
      ) : null}
      <AreaTexto
        id="concejo-descripcion"
        etiqueta={t('espacio.descripcion')}
        valor={datos.descripcion}
        alCambiar={campo('descripcion')}
        opcional
      />
      <CampoArchivo
        id="concejo-evidencia"
        etiqueta={t('espacio.evidenciaConcejo')}
        aceptar=".pdf,.docx,.jpg,.jpeg,.png"
        alCambiar={setArchivo}
        ronda={ronda}
        opcional
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !datos.fecha}>
        {t('espacio.registrar')}
      </Boton>
    </form>
  );
}

function TablaConcejo({ registros }: { registros: readonly RegistroConcejo[] }) {
  return (
    <TablaDesplazable nombre={t('espacio.registrosConcejo')}>
      <table>
        <caption>{t('espacio.registrosConcejo')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('espacio.fecha')}</th>
            <th scope="col">{t('espacio.tipoRegistro')}</th>
            <th scope="col">{t('espacio.descripcion')}</th>
            <th scope="col">{t('espacio.evidencia')}</th>
          </tr>
        </thead>
        <tbody>
          {registros.map((r) => (
            <tr key={r.id}>
              <td>{fechaLarga(r.fecha)}</td>
              <th scope="row">
                {t(`espacio.concejoTipo.${r.tipo}` as ClaveTexto)}
                {r.decision ? `: ${t(`espacio.decision.${r.decision}` as ClaveTexto)}` : null}
              </th>
              <td>{r.descripcion}</td>
              <td>
                {r.archivos.length > 0
                  ? r.archivos.map((a) => a.nombre).join(', ')
                  : t('espacio.sinEvidencia')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TablaDesplazable>
  );
}

export function SeccionConcejo(props: { codigo: string; puedeRegistrar: boolean }) {
  const { datos, estado, recargar } = useDatos(
    (s) => obtenerConcejo(props.codigo, s),
    [props.codigo],
  );
  return (
    <section aria-labelledby="espacio-concejo">
      <h2 id="espacio-concejo">{t('espacio.concejo')}</h2>
      <p>{t('espacio.concejoIntro')}</p>
      <Alerta tipo="info" titulo={t('espacio.cabildoAntes')}>
        <ListaCitas citas={[CITES.ley507art2]} />
      </Alerta>
      <Alerta tipo="info" titulo={t('espacio.concejoNoventa')}>
        <ListaCitas citas={[CITES.art25, CITES.ley810]} />
      </Alerta>
      {estado}
      {datos ? (
        <>
          <ListaAdvertencias advertencias={advertenciasDe(datos.advertencias)} />
          {datos.registros.length === 0 ? (
            <p>{t('espacio.sinRegistrosConcejo')}</p>
          ) : (
            <TablaConcejo registros={datos.registros} />
          )}
        </>
      ) : null}
      {props.puedeRegistrar ? (
        <FormularioConcejo codigo={props.codigo} alCambiar={recargar} />
      ) : null}
    </section>
  );
}
