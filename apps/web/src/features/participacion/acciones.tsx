import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Campo } from '../../ui/campo';
import { CamposFormulario, useCampos } from '../../ui/formulario/campos';
import { Selector } from '../../ui/selector';
import { actuar, type AporteDetalle, desagrupar, type Grupo } from './api';
import { type AlHacer, FormAccion, useEnvioAccion } from './form-accion';
import { ETAPAS, etiquetasGrupos } from './model';
import { FormResponder } from './responder-form';

interface PropsForm {
  codigo: string;
  d: AporteDetalle;
  grupos: readonly Grupo[];
  leyenda: string;
  alHacer: AlHacer;
}

function FormClasificar(p: PropsForm) {
  const { datos, campo } = useCampos({
    tema: p.d.tema ?? '',
    etapa: p.d.etapa ?? '',
    documento: p.d.documento ?? '',
    articulo: p.d.articulo ?? '',
    capa: p.d.capa ?? '',
  });
  const { ocupado, enviar, aviso } = useEnvioAccion('clasificar', p.alHacer);
  const cuerpo = () =>
    Object.fromEntries(
      Object.entries(datos)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, v.trim()]),
    );
  return (
    <FormAccion
      id="clasificar"
      leyenda={p.leyenda}
      boton={t('partOficina.clasificar')}
      ocupado={ocupado}
      aviso={aviso}
      alEnviar={() => void enviar(() => actuar(p, 'clasificacion', cuerpo()))}
    >
      <CamposFormulario
        datos={datos}
        campo={campo}
        campos={[
          { clave: 'tema', id: 'clas-tema', etiqueta: t('partOficina.tema'), requerido: true },
          {
            clave: 'etapa',
            id: 'clas-etapa',
            etiqueta: t('partOficina.etapa'),
            control: 'selector',
            opciones: ['', ...ETAPAS],
            etiquetas: { '': t('partOficina.sinEtapa') },
            prefijo: 'partOficina.etapa',
          },
          ...(['documento', 'articulo', 'capa'] as const).map((clave) => ({
            clave,
            id: `clas-${clave}`,
            etiqueta: t(`partOficina.${clave}`),
            opcional: true,
          })),
        ]}
      />
    </FormAccion>
  );
}

function FormAgrupar(p: PropsForm) {
  const [grupoId, setGrupoId] = useState(p.grupos[0]?.id ?? '');
  const [tema, setTema] = useState(p.d.tema ?? '');
  const { ocupado, enviar, aviso } = useEnvioAccion('agrupar', p.alHacer);
  const cuerpo = grupoId ? { grupoId } : { tema: tema.trim() };
  return (
    <FormAccion
      id="agrupar"
      leyenda={p.leyenda}
      boton={t('partOficina.agrupar')}
      ocupado={ocupado}
      aviso={aviso}
      alEnviar={() => void enviar(() => actuar(p, 'grupo', cuerpo))}
    >
      <Selector
        id="agrupar-grupo"
        etiqueta={t('partOficina.grupoExistente')}
        valor={grupoId}
        opciones={[...p.grupos.map((g) => g.id), '']}
        etiquetas={etiquetasGrupos(p.grupos, 'id', t('partOficina.grupoNuevo'))}
        alCambiar={setGrupoId}
      />
      {grupoId ? null : (
        <Campo
          id="agrupar-tema"
          etiqueta={t('partOficina.temaGrupo')}
          valor={tema}
          alCambiar={setTema}
          requerido
        />
      )}
    </FormAccion>
  );
}

function FormIncorporar(p: PropsForm) {
  const [version, setVersion] = useState('');
  const { ocupado, enviar, aviso } = useEnvioAccion('incorporar', p.alHacer);
  return (
    <FormAccion
      id="incorporar"
      leyenda={p.leyenda}
      boton={t('partOficina.incorporar')}
      ocupado={ocupado}
      aviso={aviso}
      alEnviar={() => void enviar(() => actuar(p, 'incorporacion', { version: version.trim() }))}
    >
      <Campo
        id="incorporar-version"
        etiqueta={t('partOficina.version')}
        valor={version}
        alCambiar={setVersion}
        requerido
      />
    </FormAccion>
  );
}

function FormSimple(p: PropsForm & { accion: 'descartar' | 'desagrupar' }) {
  const { ocupado, enviar, aviso } = useEnvioAccion(p.accion, p.alHacer);
  const descartar = p.accion === 'descartar';
  return (
    <FormAccion
      id={p.accion}
      leyenda={p.leyenda}
      boton={t(descartar ? 'partOficina.descartar' : 'partOficina.desagrupar')}
      ocupado={ocupado}
      aviso={aviso}
      alEnviar={() => void enviar(() => (descartar ? actuar(p, 'descarte') : desagrupar(p)))}
    >
      {descartar ? <p>{t('partOficina.descartarTexto')}</p> : null}
    </FormAccion>
  );
}

/** One form per move the server lists in `acciones` (nothing else is offered). */
export function Acciones(props: {
  codigo: string;
  d: AporteDetalle;
  grupos: readonly Grupo[];
  alHacer: AlHacer;
}) {
  const vistas = new Set<string>();
  const formularios = props.d.acciones.flatMap((a) => {
    if (vistas.has(a.accion)) return [];
    vistas.add(a.accion);
    const p = { ...props, leyenda: a.etiqueta };
    switch (a.accion) {
      case 'clasificar':
        return [<FormClasificar key={a.accion} {...p} />];
      case 'agrupar':
        return [<FormAgrupar key={a.accion} {...p} />];
      case 'responder':
        return [<FormResponder key={a.accion} {...p} />];
      case 'incorporar':
        return [<FormIncorporar key={a.accion} {...p} />];
      case 'descartar':
      case 'desagrupar':
        return [<FormSimple key={a.accion} {...p} accion={a.accion} />];
      default:
        return [];
    }
  });
  if (formularios.length === 0) return <p>{t('partOficina.sinAcciones')}</p>;
  return <>{formularios}</>;
}
