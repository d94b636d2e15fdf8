const SECRET_NAMES = /^(?:access_?token|id_?token|refresh_?token|token|auth|authorization|code|session|session_?id|sid|jsessionid|phpsessid|password|passwd|pwd|secret|client_?secret|api_?key|apikey|key|jwt|signature|sig|otp)$/i;

/**
 * Names of query or fragment parameters in a page URL that look like credentials (an OAuth token in the
 * fragment, a session id in the query), plus `userinfo` when the URL carries a user name or password.
 */
export function findUrlSecrets(pageUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return [];
  }
  const names = new Set<string>();
  if (url.username !== '' || url.password !== '') names.add('userinfo');
  const params = [url.search.slice(1), url.hash.slice(1)].flatMap((part) => part.split('&').slice(0, 100));
  for (const pair of params) {
    const name = pair.split('=')[0] ?? '';
    if (name.length <= 40 && SECRET_NAMES.test(name)) names.add(name);
  }
  return [...names].slice(0, 10);
}
