// Runs once when the server process starts: the database is migrated (and an empty
// embedded one seeded) before the first request, and bad configuration stops the
// server with one clear line.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { installPeerAddressHeader } = await import("./lib/net/peer-address");
    installPeerAddressHeader();
    const { startDatabase } = await import("./lib/startup");
    await startDatabase();
    const { installGracefulStop } = await import("./lib/shutdown");
    installGracefulStop();
  }
}
