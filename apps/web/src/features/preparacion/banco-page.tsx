import './preparacion.css';

import { convertPesos, IPC_LAST_YEAR } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { useUbicacion } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { Selector } from '../../ui/selector';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { useSesion } from '../sesion/session-context';
import { buscarBanco } from './api';
import { CuracionBanco } from './curacion';
import { DocumentoCaso, ListaDocumentosCaso } from './documento-caso';
import { consultaBanco, municipiosCuracion, pesos } from './model';

/**
 * A case's cost in pesos of the latest IPC year, with the conversion written out, so costs of
 * different years are compared in the same pesos (the municipality's own year is used in its cost
 * screen). Nothing when the case has no year for its pesos or the series lacks it.
 */
function ConversionCaso(props: { costoCop: number; anioCosto: number | null }) {
  if (props.anioCosto === null || props.anioCosto === IPC_LAST_YEAR) return null;
  const c = convertPesos({ cop: props.costoCop, fromYear: props.anioCosto, toYear: IPC_LAST_YEAR });
  return c ? <span class="nota"> · {t('preparacion.conversion', { texto: c.texto })}</span> : null;
}

const RESULTADOS = ['', 'adoptado', 'no_adoptado', 'anulado', 'suspendido'];

/** Banco de experiencias (/banco): public search in Spanish with filters. */
export function BancoPage() {
  useTitulo(t('banco.titulo'));
  // A link may bring a search (from the self-assessment risks: /banco?texto=…).
  const inicial = useUbicacion().busqueda.get('texto') ?? '';
  const [f, setF] = useState({ texto: inicial, departamento: '', tipoPlan: '', resultado: '' });
  const [consulta, setConsulta] = useState(consultaBanco({ texto: inicial }));
  const { recurso, recargar } = useRecurso((s) => buscarBanco(consulta, s), [consulta]);
  // Advisors (of the case's municipality) and administrators attach documents to a case.
  const { sesion } = useSesion();
  const curador = (codigo: string | undefined) =>
    (sesion?.usuario.esAdministrador ?? false) ||
    municipiosCuracion(sesion).some((m) => m.asesor && m.codigo === codigo);
  const cambiar = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  return (
    <>
      <h1>{t('banco.titulo')}</h1>
      <p class="entradilla">{t('banco.intro')}</p>
      <form
        class="tarjeta"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setConsulta(consultaBanco(f));
        }}
      >
        <Campo
          id="banco-texto"
          tipo="search"
          etiqueta={t('banco.texto')}
          valor={f.texto}
          alCambiar={cambiar('texto')}
        />
        <Campo
          id="banco-dpto"
          etiqueta={t('banco.departamento')}
          valor={f.departamento}
          alCambiar={cambiar('departamento')}
          opcional
        />
        <Selector
          id="banco-tipo"
          etiqueta={t('banco.tipoPlan')}
          valor={f.tipoPlan}
          opciones={['', 'POT', 'PBOT', 'EOT']}
          etiquetas={{ '': t('banco.todos'), POT: 'POT', PBOT: 'PBOT', EOT: 'EOT' }}
          alCambiar={cambiar('tipoPlan')}
        />
        <Selector
          id="banco-resultado"
          etiqueta={t('banco.resultado')}
          valor={f.resultado}
          opciones={RESULTADOS}
          etiquetas={{
            '': t('banco.todos'),
            adoptado: t('banco.resultado.adoptado'),
            no_adoptado: t('banco.resultado.no_adoptado'),
            anulado: t('banco.resultado.anulado'),
            suspendido: t('banco.resultado.suspendido'),
          }}
          alCambiar={cambiar('resultado')}
        />
        <button type="submit" class="boton boton-primario">
          {t('banco.buscar')}
        </button>
      </form>
      <CuracionBanco tipos={recurso.estado === 'ok' ? recurso.datos.tiposRevision : []} />
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' ? (
        <section aria-live="polite">
          <p>
            {recurso.datos.casos.length === 0
              ? t('banco.sinResultados')
              : t('banco.encontrados', { n: recurso.datos.casos.length })}
          </p>
          <ul class="lista-casos">
            {recurso.datos.casos.map((c) => (
              <li key={c.id} class="tarjeta">
                <h2>
                  {c.municipio} ({c.departamento}) — {c.tipoPlan}
                </h2>
                <p>
                  {c.tipoRevisionNombre}
                  {c.acto ? (
                    <>
                      {' · '}
                      <strong>{c.acto}</strong>
                    </>
                  ) : null}
                  {c.anioFin ? ` (${c.anioFin})` : ''}
                  {' · '}
                  {t(`banco.resultado.${c.resultado as 'adoptado'}`)}
                </p>
                {c.objeto ? <p>{c.objeto}</p> : null}
                {c.lecciones ? <p>{c.lecciones}</p> : null}
                {c.costoCop ? (
                  <p>
                    {t('banco.costo', { costo: pesos(c.costoCop), anio: c.anioCosto ?? '' })}
                    <ConversionCaso costoCop={c.costoCop} anioCosto={c.anioCosto} />
                  </p>
                ) : null}
                <ListaDocumentosCaso casoId={c.id} documentos={c.documentos} descargables />
                {c.codigo && curador(c.codigo) ? (
                  <DocumentoCaso codigo={c.codigo} casoId={c.id} alGuardar={recargar} />
                ) : null}
                <p>
                  <small>{t('banco.fuente', { fuente: c.fuente })}</small>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
