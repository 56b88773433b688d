/** The category tree of the reference catalog: six top categories with subcategories. */
import type { CatalogCategory } from './types.js';

const top = (id: string, de: string, en: string): CatalogCategory => ({ id, parentId: null, name: { de, en } });
const sub = (parentId: string, id: string, de: string, en: string): CatalogCategory => ({
  id,
  parentId,
  name: { de, en },
});

/** Parents before children, as the contract's `getCategories` requires. */
export const CATEGORIES: readonly CatalogCategory[] = [
  top('fasteners', 'Befestigungstechnik', 'Fasteners'),
  sub('fasteners', 'bolts', 'Schrauben', 'Bolts and screws'),
  sub('fasteners', 'nuts', 'Muttern', 'Nuts'),
  sub('fasteners', 'washers', 'Scheiben', 'Washers'),
  top('cables', 'Kabel und Leitungen', 'Cables'),
  sub('cables', 'installation-cables', 'Installationsleitungen', 'Installation cables'),
  sub('cables', 'underground-cables', 'Erdkabel', 'Underground cables'),
  top('gloves', 'Arbeitsschutz', 'Protective equipment'),
  sub('gloves', 'work-gloves', 'Schutzhandschuhe', 'Work gloves'),
  top('tools', 'Werkzeuge', 'Tools'),
  sub('tools', 'drill-bits', 'Bohrer', 'Drill bits'),
  sub('tools', 'power-tools', 'Elektrowerkzeuge', 'Power tools'),
  top('pipes', 'Rohre und Fittings', 'Pipes and fittings'),
  sub('pipes', 'pipes-straight', 'Rohre', 'Pipes'),
  sub('pipes', 'fittings', 'Fittings', 'Fittings'),
  top('lab', 'Labor- und Praxisbedarf', 'Lab and practice supplies'),
  sub('lab', 'disposable-gloves', 'Einmalhandschuhe', 'Disposable gloves'),
  sub('lab', 'pipette-tips', 'Pipettenspitzen', 'Pipette tips'),
  sub('lab', 'storage-boxes', 'Aufbewahrungsboxen', 'Storage boxes'),
];

/** The path from the top category down to `id`. */
export function categoryPath(id: string, byId: ReadonlyMap<string, CatalogCategory>): CatalogCategory[] {
  const path: CatalogCategory[] = [];
  let current = byId.get(id);
  while (current) {
    path.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}
