// La hoja de estilos de MapLibre se importa de forma diferida solo en el visor (Vite la separa).
declare module 'maplibre-gl/dist/maplibre-gl.css';
