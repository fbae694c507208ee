// Sección del Concejo: radicación, cabildo abierto, sesiones y decisión, con sus advertencias.
import { CITES } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { CampoArchivo } from '../../ui/formulario/controles';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
import { TablaDesplazable } from '../expediente/tabla';
import { obtenerConcejo, registrarConcejo, type RegistroConcejo } from './espacio-api';
import { useDatos } from './espacio-comun';
import { advertenciasDe } from './espacio-model';

const TIPOS = ['radicacion', 'cabildo_abierto', 'sesion', 'decision'] as const;
const DECISIONES = ['aprobado', 'negado'] as const;

function FormularioConcejo({ codigo, alCambiar }: { codigo: string; alCambiar: () => void }) {
  const [archivo, setArchivo] = useState<File | null>(null);
  const [ronda, setRonda] = useState(0);
  const registro = useRegistro(
    { tipo: 'radicacion', fecha: '', descripcion: '', decision: 'aprobado' },
    {
      enviar: (d) =>
        registrarConcejo(
          codigo,
          { ...d, decision: d.tipo === 'decision' ? d.decision : '' },
          archivo,
        ),
      exito: () => t('espacio.concejoGuardado'),
      alCrear: () => {
        setArchivo(null);
        setRonda((n) => n + 1);
        alCambiar();
      },
    },
  );
  return (
    <FormularioRegistro
      titulo={t('espacio.nuevoRegistroConcejo')}
      registro={registro}
      campos={[
        {
          clave: 'tipo',
          id: 'concejo-tipo',
          etiqueta: t('espacio.tipoRegistro'),
          control: 'selector',
          opciones: TIPOS,
          prefijo: 'espacio.concejoTipo',
        },
        {
          clave: 'fecha',
          id: 'concejo-fecha',
          etiqueta: t('espacio.fecha'),
          tipo: 'date',
          requerido: true,
        },
        registro.datos.tipo === 'decision' && {
          clave: 'decision',
          id: 'concejo-decision',
          etiqueta: t('espacio.decision'),
          control: 'selector',
          opciones: DECISIONES,
          prefijo: 'espacio.decision',
        },
        {
          clave: 'descripcion',
          id: 'concejo-descripcion',
          etiqueta: t('espacio.descripcion'),
          control: 'area',
          opcional: true,
        },
      ]}
      boton={t('espacio.registrar')}
      deshabilitado={!registro.datos.fecha}
    >
      <CampoArchivo
        id="concejo-evidencia"
        etiqueta={t('espacio.evidenciaConcejo')}
        aceptar=".pdf,.docx,.jpg,.jpeg,.png"
        alCambiar={setArchivo}
        ronda={ronda}
        opcional
      />
    </FormularioRegistro>
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
