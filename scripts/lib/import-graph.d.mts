/** The ids in `roots` and every id they import, directly or not. */
export function importClosure(roots: Iterable<string>, importsOf: (id: string) => readonly string[] | undefined): Set<string>;
