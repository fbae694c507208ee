import type { ComponentChildren } from 'preact';

/**
 * A table that may scroll sideways on a phone: the scrolling region is focusable and named, so
 * keyboard users can scroll it too (axe «scrollable-region-focusable»).
 */
export function TablaDesplazable({
  nombre,
  children,
}: {
  nombre: string;
  children: ComponentChildren;
}) {
  return (
    <div class="tabla-envoltura" role="region" aria-label={nombre} tabIndex={0}>
      {children}
    </div>
  );
}
