// POST /oidc/interaction/:uid/login — the login form of /login/:uid. Checks the password and lets
// oidc-provider continue the authorization request it paused for this interaction.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { verifyPassword } from '../local-accounts';
import { retryAfterSeconds, type SignInThrottle } from '../throttle/sign-in-throttle';
import { readFormBody } from './read-form-body';

function redirect(response: ServerResponse, location: string): void {
  // 303: the browser follows with GET, so a reload does not resubmit the password.
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end();
}

/** The sign-in attempt's context: the throttle wrong passwords are counted by and the address the attempt comes from. */
export interface LoginGuard {
  throttle: SignInThrottle;
  address: string;
}

export async function submitLogin(provider: Provider, uid: string, request: IncomingMessage, response: ServerResponse, guard: LoginGuard): Promise<void> {
  const loginPage = `/login/${encodeURIComponent(uid)}`;
  let interaction;
  try {
    // Reads the interaction cookie (path /oidc/interaction/:uid, SameSite=Lax): a cross-site page cannot post
    // a login into someone else's browser session.
    interaction = await provider.interactionDetails(request, response);
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return redirect(response, `${loginPage}?error=expired`);
    throw error;
  }
  if (interaction.uid !== uid || interaction.prompt.name !== 'login') return redirect(response, `${loginPage}?error=expired`);

  const form = await readFormBody(request);
  const login = form?.get('login') ?? '';
  // Unknown and known names take the same path through the throttle, so neither the answer nor the wait tells
  // whether an account exists.
  const check = await guard.throttle.checkPassword({ account: login, address: guard.address }, () => verifyPassword(login, form?.get('password') ?? ''));
  if (check.outcome === 'refused') return redirect(response, `${loginPage}?error=throttled&wait=${retryAfterSeconds(check.retryAfterMs)}`);
  if (check.outcome === 'wrong') {
    const wait = check.retryAfterMs > 0 ? `&wait=${retryAfterSeconds(check.retryAfterMs)}` : '';
    return redirect(response, `${loginPage}?error=invalid${wait}`);
  }

  await provider.interactionFinished(request, response, { login: { accountId: check.account.id } }, { mergeWithLastSubmission: false });
}
