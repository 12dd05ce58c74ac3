// Scripts that create databases or accounts with known passwords act on this machine's
// database server only.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Whether a postgres:// URL names a server on this machine. */
export const isLocalDatabase = (url: string | URL) => LOCAL_HOSTS.has(new URL(url).hostname);
