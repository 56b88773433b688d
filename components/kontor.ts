export async function load(): Promise<void> { await import('./zz-tooling-check/zz-tooling-check.js'); }
