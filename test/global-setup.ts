// Filled in by the integration harness: spawns redis-server and prepares a PGlite template.
export default async function setup(): Promise<void> {}
