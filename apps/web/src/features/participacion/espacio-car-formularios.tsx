// Formularios de una ronda con la CAR: observaciones (rol CAR) y acta (CAR u oficina).
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { CampoArchivo } from '../../ui/formulario/controles';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
import { observar, registrarActa, type Ronda } from './espacio-api';
import { actaIncompleta, type TipoActa } from './espacio-model';

const TEMAS = [
  'determinantes_ambientales',
  'riesgo',
  'areas_protegidas',
  'recurso_hidrico',
  'otro',
] as const;
const TIPOS_ACTA = ['total', 'parcial', 'sin_acuerdo'] as const;

/** La CAR registra una observación por tema; puede enviar varias, una tras otra. */
export function FormularioObservaciones(props: {
  codigo: string;
  ronda: string;
  alCambiar: () => void;
}) {
  const registro = useRegistro(
    { tema: 'determinantes_ambientales', texto: '' },
    {
      enviar: (d) => observar(props.codigo, props.ronda, [{ tema: d.tema, texto: d.texto.trim() }]),
      exito: () => t('espacio.observacionGuardada'),
      vaciar: ['texto'],
      alCrear: props.alCambiar,
    },
  );
  const id = `obs-${props.ronda}`;
  return (
    <FormularioRegistro
      titulo={t('espacio.nuevaObservacion')}
      nivel={4}
      registro={registro}
      campos={[
        {
          clave: 'tema',
          id: `${id}-tema`,
          etiqueta: t('espacio.temaObservacion'),
          control: 'selector',
          opciones: TEMAS,
          prefijo: 'espacio.tema',
        },
        {
          clave: 'texto',
          id: `${id}-texto`,
          etiqueta: t('espacio.textoObservacion'),
          ayuda: t('espacio.minimo10'),
          control: 'area',
          requerido: true,
        },
      ]}
      boton={t('espacio.registrarObservacion')}
      deshabilitado={registro.datos.texto.trim().length < 10}
    />
  );
}

/** El acta cierra la ronda: concertación total, parcial o sin acuerdo, con su archivo y fecha. */
export function FormularioActa(props: {
  codigo: string;
  ronda: Ronda;
  alCambiar: (aviso?: string) => void;
}) {
  const [archivo, setArchivo] = useState<File | null>(null);
  const registro = useRegistro(
    { tipo: 'total', fecha: '', puntos: '' },
    {
      enviar: (d) => {
        if (!archivo) return t('ruta.evidencia.faltaArchivo');
        if (actaIncompleta(d.tipo as TipoActa, d.puntos)) return t('espacio.faltanPuntos');
        return registrarActa(props.codigo, props.ronda.id, {
          archivo,
          fecha: d.fecha,
          tipo: d.tipo as TipoActa,
          puntosDesacuerdo: d.puntos,
        });
      },
      exito: () => t('espacio.actaGuardada'),
      vaciar: [],
      alCrear: () => props.alCambiar(t('espacio.actaGuardada')),
    },
  );
  const id = `acta-${props.ronda.id}`;
  const { tipo, fecha } = registro.datos;
  return (
    <FormularioRegistro
      titulo={t('espacio.registrarActa')}
      nivel={4}
      intro={t('espacio.actaIntro')}
      registro={registro}
      campos={[
        {
          clave: 'tipo',
          id: `${id}-tipo`,
          etiqueta: t('espacio.tipoActa'),
          control: 'selector',
          opciones: TIPOS_ACTA,
          prefijo: 'espacio.tipoActa',
        },
        {
          clave: 'fecha',
          id: `${id}-fecha`,
          etiqueta: t('espacio.actaFechaCampo'),
          tipo: 'date',
          requerido: true,
        },
        tipo !== 'total' && {
          clave: 'puntos',
          id: `${id}-puntos`,
          etiqueta: t('espacio.puntosDesacuerdo'),
          ayuda: t('espacio.puntosAyuda'),
          control: 'area',
          requerido: true,
        },
      ]}
      boton={t('espacio.guardarActa')}
      deshabilitado={!archivo || !fecha}
    >
      <CampoArchivo
        id={`${id}-archivo`}
        etiqueta={t('espacio.archivoActa')}
        ayuda={t('espacio.archivoActaAyuda')}
        aceptar=".pdf,.jpg,.jpeg,.png"
        alCambiar={setArchivo}
      />
    </FormularioRegistro>
  );
}
