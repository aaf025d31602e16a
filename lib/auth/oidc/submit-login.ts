// POST /oidc/interaction/:uid/login — the login form of /login/:uid. Checks the password and lets
// oidc-provider continue the authorization request it paused for this interaction.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { verifyPassword } from '../local-accounts';
import { readFormBody } from './read-form-body';

function redirect(response: ServerResponse, location: string): void {
  // 303: the browser follows with GET, so a reload does not resubmit the password.
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end();
}

export async function submitLogin(provider: Provider, uid: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
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
  const account = await verifyPassword(form?.get('login') ?? '', form?.get('password') ?? '');
  if (!account) return redirect(response, `${loginPage}?error=invalid`);

  await provider.interactionFinished(request, response, { login: { accountId: account.id } }, { mergeWithLastSubmission: false });
}
