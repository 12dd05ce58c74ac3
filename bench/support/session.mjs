// Signing in over HTTP the way a browser does with Auth.js v5 (Credentials provider): the
// CSRF token and its cookie from /api/auth/csrf, then a form POST to the provider's callback.
// Under `next start` the cookies are the production ones (`__Host-authjs.csrf-token`,
// `__Secure-authjs.session-token`, marked Secure): a browser keeps those only over https,
// but this client keeps whatever the server sets and sends it back itself, so the app is
// measured with its production cookie settings unchanged.

export class CookieJar {
  #cookies = new Map();
  take(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim(),
        value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
  names() {
    return [...this.#cookies.keys()];
  }
  header() {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in with e-mail and password; returns the Cookie header of the session. */
export async function signIn(baseUrl, email, password) {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  jar.take(csrfResponse);
  const { csrfToken } = await csrfResponse.json();
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/staff` }),
  });
  jar.take(response);
  if (!jar.names().some((n) => /authjs\.session-token/.test(n))) {
    throw new Error(`sign-in refused (status ${response.status}, location ${response.headers.get("location")})`);
  }
  // The server must read the cookie back as a session for this user.
  const check = await fetch(`${baseUrl}/api/auth/session`, { headers: { Cookie: jar.header() } });
  const session = check.ok ? await check.json() : null;
  if (session?.user?.email !== email)
    throw new Error(
      `signed in, but the server does not see the session (GET /api/auth/session answered ${check.status})`,
    );
  return jar.header();
}
