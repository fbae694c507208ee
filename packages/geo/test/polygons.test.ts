import { describe, expect, it } from 'vitest';

import { checkAreaGeometry } from '../src/polygons';

const square = [
  [
    [-74.1, 4.6],
    [-74.0, 4.6],
    [-74.0, 4.7],
    [-74.1, 4.6],
  ],
];

describe(checkAreaGeometry.name, () => {
  it('accepts a closed WGS84 polygon in Colombia and counts its vertices', () => {
    expect(checkAreaGeometry({ type: 'Polygon', coordinates: square })).toMatchObject({
      ok: true,
      vertices: 4,
    });
  });

  it('rejects projected coordinates with an explanation', () => {
    const projected = [
      [
        [4_880_000, 2_070_000],
        [4_890_000, 2_070_000],
        [4_890_000, 2_080_000],
        [4_880_000, 2_070_000],
      ],
    ];
    const result = checkAreaGeometry({ type: 'Polygon', coordinates: projected });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.reason).toMatch(/EPSG:4326/);
  });

  it('rejects open rings, points and missing geometry', () => {
    expect(
      checkAreaGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [-74.1, 4.6],
            [-74, 4.6],
            [-74, 4.7],
            [-74.05, 4.65],
          ],
        ],
      }).ok,
    ).toBe(false);
    expect(checkAreaGeometry({ type: 'Point', coordinates: [-74, 4.6] }).ok).toBe(false);
    expect(checkAreaGeometry(null).ok).toBe(false);
  });
});
