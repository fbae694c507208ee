/**
 * A valid request for each municipal route, used by the authorization matrix. Adding a municipal
 * route without a sample fails the suite, so every new route is covered.
 */
export interface RouteSample {
  query?: string;
  body?: unknown;
  /** Path parameters besides :codigo; `$proceso`, `$evidencia`, `$indicador`, `$capa`, `$analisis`… are filled with fixture ids. */
  params?: Record<string, string>;
  /**
   * What an allowed principal gets in another municipality that lacks the record the route needs
   * (e.g. 409 for an evidence pack where there is no process); default 200.
   */
  inOther?: number;
  /** The only account that sees the record (a resumable upload is its uploader's): others get 404. */
  soloCreador?: string;
}

const ITEM = { procesoId: '$proceso', itemId: 'dts-diagnostico' };

export const ROUTE_SAMPLES: Record<string, RouteSample> = {
  'GET /api/v1/municipios/:codigo/participacion/aportes': { query: '?limite=5' },
  'GET /api/v1/municipios/:codigo/participacion/aportes/:id': { params: { id: '$aporte' } },
  'POST /api/v1/municipios/:codigo/participacion/aportes': {
    body: {
      origen: 'ventanilla',
      texto: 'Aporte de muestra para la matriz.',
      recibidoEn: '2026-03-02',
    },
  },
  'POST /api/v1/municipios/:codigo/participacion/aportes/:id/clasificacion': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { tema: 'Movilidad' },
  },
  'POST /api/v1/municipios/:codigo/participacion/aportes/:id/grupo': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { tema: 'Movilidad' },
  },
  'DELETE /api/v1/municipios/:codigo/participacion/aportes/:id/grupo': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'POST /api/v1/municipios/:codigo/participacion/aportes/:id/respuesta': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { resultado: 'no_aceptado', razones: 'No corresponde al alcance del plan.' },
  },
  'POST /api/v1/municipios/:codigo/participacion/aportes/:id/incorporacion': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { version: 'v1' },
  },
  'POST /api/v1/municipios/:codigo/participacion/aportes/:id/descarte': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'GET /api/v1/municipios/:codigo/participacion/grupos': {},
  'GET /api/v1/municipios/:codigo/participacion/paquete.zip': { inOther: 409 },
  'GET /api/v1/municipios/:codigo/participacion/actores': {},
  'POST /api/v1/municipios/:codigo/participacion/actores': {
    body: { tipo: 'jac', nombre: 'JAC Muestra' },
  },
  'PUT /api/v1/municipios/:codigo/participacion/actores/:id': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { tipo: 'jac', nombre: 'JAC Muestra' },
  },
  'DELETE /api/v1/municipios/:codigo/participacion/actores/:id': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'GET /api/v1/municipios/:codigo/participacion/estrategia': {},
  'POST /api/v1/municipios/:codigo/participacion/estrategia': {
    body: { etapa: 'formulacion', que: 'Talleres', conQuien: 'JAC', cuando: 'Marzo' },
  },
  'DELETE /api/v1/municipios/:codigo/participacion/estrategia/:id': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'GET /api/v1/municipios/:codigo/participacion/eventos': {},
  'POST /api/v1/municipios/:codigo/participacion/eventos': {
    body: { tipo: 'taller', titulo: 'Taller', fecha: '2026-02-20' },
  },
  'GET /api/v1/municipios/:codigo/participacion/eventos/:id': {
    params: { id: '$eventoParticipacion' },
  },
  'PUT /api/v1/municipios/:codigo/participacion/eventos/:id': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { tipo: 'taller', titulo: 'Taller', fecha: '2026-02-20' },
  },
  'POST /api/v1/municipios/:codigo/participacion/eventos/:id/archivos': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'POST /api/v1/municipios/:codigo/participacion/eventos/:id/asistencia': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { asistentes: [{ nombre: 'Ana Gómez' }] },
  },
  'POST /api/v1/municipios/:codigo/participacion/eventos/:id/asistencia/archivo': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'GET /api/v1/municipios/:codigo/participacion/documentos': {},
  'POST /api/v1/municipios/:codigo/participacion/documentos': {},
  'GET /api/v1/municipios/:codigo/participacion/car/rondas': {},
  'POST /api/v1/municipios/:codigo/participacion/car/rondas': {
    body: { radicadaEn: '2026-02-02' },
  },
  'POST /api/v1/municipios/:codigo/participacion/car/rondas/:id/observaciones': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { observaciones: [{ tema: 'riesgo', texto: 'Observación de muestra.' }] },
  },
  'POST /api/v1/municipios/:codigo/participacion/car/observaciones/:id/respuesta': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
    body: { respuesta: 'Respuesta de muestra.' },
  },
  'POST /api/v1/municipios/:codigo/participacion/car/rondas/:id/acta': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'GET /api/v1/municipios/:codigo/participacion/ctp': {},
  'PUT /api/v1/municipios/:codigo/participacion/ctp': {
    body: { recibidoProyectoEn: '2026-02-01' },
  },
  'POST /api/v1/municipios/:codigo/participacion/ctp/recomendaciones': {
    body: { recomendaciones: [{ texto: 'Recomendación de muestra.' }] },
  },
  'GET /api/v1/municipios/:codigo/participacion/concejo': {},
  'POST /api/v1/municipios/:codigo/participacion/concejo': {
    body: { tipo: 'sesion', fecha: '2026-02-10' },
  },
  'GET /api/v1/municipios/:codigo/participacion/resumen': {},
  'GET /api/v1/publico/:codigo/participacion/documentos/:id/archivo': {
    params: { id: '$documentoParticipacion' },
  },
  'GET /api/v1/municipios/:codigo/equipo': {},
  'POST /api/v1/municipios/:codigo/equipo/invitaciones': {
    body: { email: 'muestra@firma.co', rol: 'consultor' },
  },
  'POST /api/v1/municipios/:codigo/equipo/invitaciones/:id/reenviar': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'DELETE /api/v1/municipios/:codigo/equipo/invitaciones/:id': {
    params: { id: '00000000-0000-4000-8000-000000000001' },
  },
  'PUT /api/v1/municipios/:codigo/equipo/miembros/:usuarioId': {
    params: { usuarioId: '00000000-0000-4000-8000-000000000002' },
    body: { rol: 'consultor' },
  },
  'DELETE /api/v1/municipios/:codigo/equipo/miembros/:usuarioId': {
    params: { usuarioId: '00000000-0000-4000-8000-000000000002' },
  },
  'GET /api/v1/municipios/:codigo/expediente': { query: '?anio=2026' },
  'POST /api/v1/municipios/:codigo/expediente/indicadores/catalogo': {},
  'GET /api/v1/municipios/:codigo/expediente/indicadores/:indicadorId': {
    params: { indicadorId: '$indicador' },
  },
  'PUT /api/v1/municipios/:codigo/expediente/indicadores/:indicadorId': {
    params: { indicadorId: 'espacio-publico' },
    body: {
      nombre: 'Espacio público',
      dimension: 'modelo_ocupacion',
      unidad: 'm²/hab',
      sentido: 'aumentar',
    },
  },
  'POST /api/v1/municipios/:codigo/expediente/mediciones': {
    body: { mediciones: [{ indicadorId: 'espacio-publico', anio: 2025, valor: 4.1 }] },
  },
  'POST /api/v1/municipios/:codigo/expediente/importar/:tipo': { params: { tipo: 'mediciones' } },
  'POST /api/v1/municipios/:codigo/expediente/planes-desarrollo': {
    body: { nombre: 'Plan de Desarrollo 2024–2027', anioInicio: 2024 },
  },
  'POST /api/v1/municipios/:codigo/expediente/proyectos': {
    body: {
      proyectos: [
        {
          codigo: 'P-1',
          nombre: 'Parque lineal',
          plazo: 'corto',
          anioInicio: 2024,
          anioFin: 2027,
          costoCop: 1000,
          fuente: 'sgp',
          entidadResponsable: 'Secretaría de Obras',
        },
      ],
    },
  },
  'PUT /api/v1/municipios/:codigo/expediente/suficiencia': {
    body: { respuestas: { 'programa-ejecucion': 'parcial' } },
  },
  'PUT /api/v1/municipios/:codigo/expediente/conclusiones/:anio': {
    params: { anio: '2026' },
    body: { conclusiones: 'Texto', recomendaciones: 'Texto' },
  },
  'GET /api/v1/municipios/:codigo/expediente/archivo': { query: '?q=acuerdo' },
  'GET /api/v1/municipios/:codigo/expediente/documento': { query: '?anio=2026&formato=pdf' },
  'POST /api/v1/municipios/:codigo/expediente/documento/:anio/adjuntar': {
    params: { anio: '2026' },
  },
  'POST /api/v1/municipios/:codigo/expediente/archivo/carga': {},
  'GET /api/v1/municipios/:codigo/expediente/archivo/:documentoId/descarga': {
    params: { documentoId: '$documentoArchivo' },
  },
  'POST /api/v1/municipios/:codigo/expediente/indicadores/:indicadorId/linea-base-capa': {
    params: { indicadorId: 'area-urbana' },
  },
  'POST /api/v1/municipios/:codigo/expediente/archivo': {
    body: { tipo: 'estudio', titulo: 'Estudio de amenaza', fecha: '2025-03-01' },
  },
  'GET /api/v1/municipios/:codigo/miembros': {},
  'GET /api/v1/municipios/:codigo/auditoria': { query: '?limite=5' },
  'GET /api/v1/municipios/:codigo/autodiagnostico': {},
  'POST /api/v1/municipios/:codigo/autodiagnostico': {
    body: {
      respuestas: {
        'decision-expediente-conformado': 'parcial',
        'contexto-vigencia-conocida': 'si',
      },
    },
  },
  'POST /api/v1/municipios/:codigo/autodiagnostico/etapas/:etapa': {
    params: { etapa: 'contexto' },
    body: { respuestas: { 'contexto-vigencia-conocida': 'si' } },
  },
  'PUT /api/v1/municipios/:codigo/plan-vigente': {
    body: { instrumento: 'Acuerdo 12 de 2002', adopcion: '2002-03-15' },
  },
  'POST /api/v1/municipios/:codigo/actos-plan': {
    body: { tipo: 'adopcion', instrumento: 'Acuerdo 12 de 2002', fecha: '2002-03-15' },
  },
  'GET /api/v1/municipios/:codigo/procesos/propuesta': {},
  'POST /api/v1/municipios/:codigo/procesos': { body: { tipoRevision: 'revision_general' } },
  'GET /api/v1/municipios/:codigo/procesos/actual': {},
  'PUT /api/v1/municipios/:codigo/procesos/:procesoId/consulta-previa': {
    params: { procesoId: '$proceso' },
    body: {
      decision: 'no_aplica',
      motivo: 'Certificación del Ministerio del Interior: sin presencia',
    },
  },
  'POST /api/v1/municipios/:codigo/procesos/:procesoId/eventos/:eventoId/anulacion': {
    params: { procesoId: '$proceso', eventoId: '00000000-0000-4000-8000-000000000003' },
    body: { motivo: 'Fecha mal digitada' },
  },
  'GET /api/v1/municipios/:codigo/tablero': {},
  'PATCH /api/v1/municipios/:codigo/procesos/:procesoId/items/:itemId': {
    params: ITEM,
    body: { estado: 'en_curso', version: 1 },
  },
  'POST /api/v1/municipios/:codigo/procesos/:procesoId/items/:itemId/evidencias': {
    params: ITEM,
    body: {},
  },
  'GET /api/v1/municipios/:codigo/evidencias/:evidenciaId/archivo': {
    params: { evidenciaId: '$evidencia' },
  },
  'POST /api/v1/municipios/:codigo/procesos/:procesoId/items/:itemId/conceptos': {
    params: ITEM,
    body: {
      calidad: 'cumple',
      suficiencia: 'cumple',
      pertinencia: 'cumple',
      comentarios: 'Revisado.',
      decision: 'devuelto',
    },
  },
  'GET /api/v1/municipios/:codigo/procesos/:procesoId/eventos': {
    params: { procesoId: '$proceso' },
    query: '?limite=5',
  },
  'POST /api/v1/municipios/:codigo/procesos/:procesoId/eventos': {
    params: { procesoId: '$proceso' },
    body: { tipo: 'radicacion_car', fecha: '2026-01-15' },
  },
  'POST /api/v1/municipios/:codigo/procesos/:procesoId/radicacion-concejo': {
    params: { procesoId: '$proceso' },
  },
  'POST /api/v1/municipios/:codigo/procesos/:procesoId/cierre': {
    params: { procesoId: '$proceso' },
    body: { accion: 'archivar', version: 1, motivo: 'desistido' },
  },
  'GET /api/v1/municipios/:codigo/preparacion': {},
  'PUT /api/v1/municipios/:codigo/preparacion/ajustes': {
    body: {
      tipoRevision: 'revision_general',
      opcionSuburbano: 'suburbano_1_5000',
      modalidad: 'concurso_meritos',
      planDesarrollo: 'si',
      version: 1,
    },
  },
  'PUT /api/v1/municipios/:codigo/preparacion/inventario/:itemId': {
    params: { itemId: 'catastro' },
    body: { estado: 'tiene', version: 1 },
  },
  'GET /api/v1/municipios/:codigo/preparacion/costo': {},
  'GET /api/v1/municipios/:codigo/preparacion/terminos-referencia': {},
  'GET /api/v1/municipios/:codigo/preparacion/terminos-referencia/:formato': {
    params: { formato: 'docx' },
  },
  'GET /api/v1/municipios/:codigo/preparacion/inventario/:itemId/carta/:formato': {
    params: { itemId: 'catastro', formato: 'pdf' },
  },
  'POST /api/v1/municipios/:codigo/preparacion/solicitudes/:id/archivo-respuesta': {
    params: { id: '00000000-0000-4000-8000-000000000000' },
  },
  'GET /api/v1/municipios/:codigo/preparacion/inventario/:itemId/respuesta': {
    params: { itemId: 'catastro' },
  },
  'POST /api/v1/municipios/:codigo/preparacion/solicitudes': {
    body: { itemId: 'estudio-basico-inundacion' },
  },
  'POST /api/v1/municipios/:codigo/preparacion/solicitudes/:id/estado': {
    params: { id: '00000000-0000-4000-8000-000000000000' },
    body: { estado: 'respondida', fecha: '2026-03-01', version: 1 },
  },
  'GET /api/v1/municipios/:codigo/banco/borradores': {},
  'POST /api/v1/municipios/:codigo/banco': {
    body: {
      tipoPlan: 'POT',
      tipoRevision: 'revision_general',
      resultado: 'adoptado',
      fuente: 'Prueba',
    },
  },
  'POST /api/v1/municipios/:codigo/banco/:id/documentos': {
    params: { id: '00000000-0000-4000-8000-000000000000' },
  },
  'POST /api/v1/municipios/:codigo/banco/:id/publicar': {
    params: { id: '00000000-0000-4000-8000-000000000000' },
  },
  'GET /api/v1/municipios/:codigo/capas': {},
  'POST /api/v1/municipios/:codigo/capas': {},
  'GET /api/v1/municipios/:codigo/capas/:capaId/entidades': {
    params: { capaId: '$capa' },
    query: '?bbox=-74.1,4.9,-73.9,5.1&zoom=12',
  },
  'GET /api/v1/municipios/:codigo/capas/:capaId/entidades/:entidadId': {
    params: { capaId: '$capa', entidadId: '1' },
  },
  'PATCH /api/v1/municipios/:codigo/capas/:capaId': {
    params: { capaId: '00000000-0000-4000-8000-000000000001' },
    body: { publica: true },
  },
  'GET /api/v1/municipios/:codigo/capas/analisis': {},
  'POST /api/v1/municipios/:codigo/capas/analisis': {
    body: {
      suelo: '00000000-0000-4000-8000-000000000001',
      amenaza: '00000000-0000-4000-8000-000000000002',
    },
  },
  'GET /api/v1/municipios/:codigo/capas/analisis/:id': { params: { id: '$analisis' } },
  'GET /api/v1/municipios/:codigo/capas/:capaId/teselas/:z/:x/:y': {
    params: { capaId: '$capa', z: '0', x: '0', y: '0.mvt' },
  },
  'POST /api/v1/municipios/:codigo/capas/analisis/:id/adjuntar': { params: { id: '$analisis' } },
  'POST /api/v1/municipios/:codigo/capas/subidas': {},
  'GET /api/v1/municipios/:codigo/capas/subidas/:subidaId': {
    params: { subidaId: '$subida' },
    soloCreador: 'planeacion.zipaquira@demo.rutapot.co',
  },
  'PATCH /api/v1/municipios/:codigo/capas/subidas/:subidaId': { params: { subidaId: '$subida' } },
  'DELETE /api/v1/municipios/:codigo/capas/subidas/:subidaId': { params: { subidaId: '$subida' } },
  'GET /api/v1/municipios/:codigo/capas/analisis/:id/informe/:formato': {
    params: { id: '$analisis', formato: 'docx' },
  },
};
