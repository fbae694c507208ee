import { useState } from 'preact/hooks';

import { pedir } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import { useRecurso } from '../../ui/use-recurso';
import { useSesion } from '../sesion/session-context';
import { DocumentoCaso, ListaDocumentosCaso } from './documento-caso';
import { cuerpoCaso, municipiosCuracion } from './model';
import type { CasoBanco } from './types';

const VACIO = {
  tipoPlan: 'EOT',
  tipoRevision: 'revision_general',
  resultado: 'adoptado',
  anioFin: '',
  costoCop: '',
  anioCosto: '',
  acto: '',
  objeto: '',
  lecciones: '',
  fuente: '',
};

function Borradores(props: {
  codigo: string;
  publica: boolean;
  version: number;
  alCambiar: (m: string) => void;
}) {
  const base = `/api/v1/municipios/${encodeURIComponent(props.codigo)}/banco`;
  const { recurso, recargar } = useRecurso(
    (s) => pedir<{ casos: CasoBanco[] }>(`${base}/borradores`, { senal: s }),
    [props.codigo, props.version],
  );
  if (recurso.estado !== 'ok' || recurso.datos.casos.length === 0) return null;
  return (
    <>
      <h3>{t('banco.borradores')}</h3>
      <ul>
        {recurso.datos.casos.map((c) => (
          <li key={c.id}>
            {c.municipio} — {c.acto ?? c.tipoRevision} ({c.anioFin ?? ''}){' '}
            {props.publica ? (
              <button
                type="button"
                class="boton boton-secundario"
                onClick={() =>
                  void pedir(`${base}/${c.id}/publicar`, { metodo: 'POST' }).then((r) => {
                    props.alCambiar(r.ok ? t('banco.publicado') : r.error.mensaje);
                    recargar();
                  })
                }
              >
                {t('banco.publicar')}
              </button>
            ) : null}
            <ListaDocumentosCaso casoId={c.id} documentos={c.documentos} descargables={false} />
            {props.publica ? (
              <DocumentoCaso codigo={props.codigo} casoId={c.id} alGuardar={recargar} />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Advisors and administrators add and publish cases; a municipality leaves drafts. */
export function CuracionBanco({ tipos }: { tipos: Array<{ id: string; nombre: string }> }) {
  const { sesion } = useSesion();
  const opciones = municipiosCuracion(sesion);
  // The session may load after the first render: default to its first municipality until chosen.
  const [elegidoCodigo, setCodigo] = useState('');
  const codigo = elegidoCodigo || (opciones[0]?.codigo ?? '');
  const [f, setF] = useState(VACIO);
  const [aviso, setAviso] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  if (opciones.length === 0 && !sesion?.usuario.esAdministrador) return null;
  const elegido = opciones.find((o) => o.codigo === codigo);
  const publica = (sesion?.usuario.esAdministrador ?? false) || elegido?.asesor === true;
  const cambiar = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const enviar = (e: Event) => {
    e.preventDefault();
    void pedir<{ estado: string }>(`/api/v1/municipios/${encodeURIComponent(codigo)}/banco`, {
      metodo: 'POST',
      cuerpo: cuerpoCaso(f),
    }).then((r) => {
      setAviso(
        r.ok
          ? r.datos.estado === 'publicado'
            ? t('banco.publicado')
            : t('banco.borradorGuardado')
          : r.error.mensaje,
      );
      if (r.ok) {
        setF(VACIO);
        setVersion((v) => v + 1);
      }
    });
  };
  return (
    <section class="tarjeta" aria-labelledby="titulo-curacion">
      <h2 id="titulo-curacion">{t('banco.agregar')}</h2>
      <p>{t('banco.agregarIntro')}</p>
      {aviso ? <Alerta tipo="info" titulo={aviso} anunciar /> : null}
      <form onSubmit={enviar} noValidate>
        {opciones.length > 0 ? (
          <Selector
            id="caso-municipio"
            etiqueta={t('banco.municipio')}
            valor={codigo}
            opciones={opciones.map((o) => o.codigo)}
            etiquetas={Object.fromEntries(opciones.map((o) => [o.codigo, o.nombre]))}
            alCambiar={setCodigo}
          />
        ) : (
          <Campo
            id="caso-municipio"
            etiqueta={t('banco.codigoMunicipio')}
            valor={codigo}
            alCambiar={setCodigo}
          />
        )}
        <Selector
          id="caso-plan"
          etiqueta={t('banco.tipoPlan')}
          valor={f.tipoPlan}
          opciones={['POT', 'PBOT', 'EOT']}
          etiquetas={{ POT: 'POT', PBOT: 'PBOT', EOT: 'EOT' }}
          alCambiar={cambiar('tipoPlan')}
        />
        {tipos.length > 0 ? (
          <Selector
            id="caso-tipo"
            etiqueta={t('banco.tipoRevision')}
            valor={f.tipoRevision}
            opciones={tipos.map((x) => x.id)}
            etiquetas={Object.fromEntries(tipos.map((x) => [x.id, x.nombre]))}
            alCambiar={cambiar('tipoRevision')}
          />
        ) : null}
        <Selector
          id="caso-resultado"
          etiqueta={t('banco.resultado')}
          valor={f.resultado}
          opciones={['adoptado', 'no_adoptado', 'anulado', 'suspendido']}
          prefijo="banco.resultado"
          alCambiar={cambiar('resultado')}
        />
        <Campo
          id="caso-acto"
          etiqueta={t('banco.acto')}
          valor={f.acto}
          alCambiar={cambiar('acto')}
          opcional
        />
        <Campo
          id="caso-anio"
          etiqueta={t('banco.anioFin')}
          valor={f.anioFin}
          alCambiar={cambiar('anioFin')}
          opcional
        />
        <Campo
          id="caso-costo"
          etiqueta={t('banco.costoCop')}
          valor={f.costoCop}
          alCambiar={cambiar('costoCop')}
          opcional
        />
        <Campo
          id="caso-anio-costo"
          etiqueta={t('banco.anioCosto')}
          valor={f.anioCosto}
          alCambiar={cambiar('anioCosto')}
          opcional
        />
        <Campo
          id="caso-objeto"
          etiqueta={t('banco.objeto')}
          valor={f.objeto}
          alCambiar={cambiar('objeto')}
          opcional
        />
        <Campo
          id="caso-lecciones"
          etiqueta={t('banco.lecciones')}
          valor={f.lecciones}
          alCambiar={cambiar('lecciones')}
          opcional
        />
        <Campo
          id="caso-fuente"
          etiqueta={t('banco.fuenteCaso')}
          valor={f.fuente}
          alCambiar={cambiar('fuente')}
          requerido
        />
        <button type="submit" class="boton boton-primario">
          {publica ? t('banco.guardarPublicar') : t('banco.guardarBorrador')}
        </button>
      </form>
      {codigo ? (
        <Borradores codigo={codigo} publica={publica} version={version} alCambiar={setAviso} />
      ) : null}
    </section>
  );
}
