// Textos de la subida reanudable de capas (ADR 0028). Se unen al catálogo en ../es-CO.ts.
export const textosCartografiaSubida = {
  'carto.subidaProgreso': 'Subida del archivo',
  'carto.subidaBytes': '{enviados} de {total} ({porcentaje} %)',
  'carto.subidaCorte':
    'Se cortó la conexión. Lo enviado se conserva; se reintenta en {segundos} s desde donde quedó.',
  'carto.subidaPausada':
    'Subida en pausa. Lo enviado se conserva 24 horas; pulse «Continuar la subida» para seguir.',
  'carto.subidaPausar': 'Pausar la subida',
  'carto.subidaContinuar': 'Continuar la subida',
  'carto.subidaDetenida':
    'La subida se detuvo en {enviados} de {total}: la conexión no respondió durante varios minutos. Lo enviado se conserva 24 horas. Revise la conexión y pulse «Continuar la subida»: seguirá desde donde quedó, sin empezar de nuevo.',
  'carto.subidaPendientes':
    'Tiene subidas sin terminar en este navegador. Para continuar una, elija el mismo archivo y pulse «Importar la capa»: seguirá desde donde quedó.',
  'carto.subidaPendiente': '«{nombre}», {tamano}',
  'carto.subidaVencida':
    'El archivo ya no está en el servidor (las subidas sin importar se guardan 24 horas). Pulse «Importar la capa» para subirlo de nuevo.',
} as const satisfies Record<string, string>;
