// The demo and test identity provider: a real, certified OpenID Provider (npm
// `oidc-provider`) set up to behave like NHS login's published interface:
// discovery, JWKS, the authorisation code flow with PKCE, `private_key_jwt`
// client authentication, the `vtr` request parameter (vectors of trust,
// RFC 8485), and the claims NHS login returns (`nhs_number`,
// `identity_proofing_level`, `vot`, ...). Its people are read from a JSON file.
//
// Settings (environment):
//   FRONTDOOR_IDP_ADDR           host:port to listen on (127.0.0.1:3920)
//   FRONTDOOR_IDP_ISSUER         issuer URL (http://<addr>); may differ from the address
//                                when something stands in front of it
//   FRONTDOOR_IDP_KEYS_DIR       where its signing key and the portal's client key pair
//                                live; made on first start (data/identity-provider-keys)
//   FRONTDOOR_IDP_PEOPLE         the people file (data/identity-provider/people.json)
//   FRONTDOOR_IDP_CLIENT_ID      the portal's client id (front-door)
//   FRONTDOOR_IDP_REDIRECT_URIS  comma-separated redirect URIs the portal may use
//   FRONTDOOR_IDP_EXIT_WITH_PARENT=1  stop when standard input closes (the parent died)
//
// It is for demonstrations and tests on this machine only: never point real
// residents at it.
import Provider from 'oidc-provider';
import { createServer } from 'node:http';
import { generateKeyPairSync, randomBytes, createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = (name, fallback) => (process.env[name] && process.env[name].trim()) || fallback;
const addr = env('FRONTDOOR_IDP_ADDR', '127.0.0.1:3920');
const [host, port] = [addr.slice(0, addr.lastIndexOf(':')), Number(addr.slice(addr.lastIndexOf(':') + 1))];
const issuer = env('FRONTDOOR_IDP_ISSUER', `http://${addr}`);
const keysDir = env('FRONTDOOR_IDP_KEYS_DIR', 'data/identity-provider-keys');
const peopleFile = env('FRONTDOOR_IDP_PEOPLE', 'data/identity-provider/people.json');
const clientId = env('FRONTDOOR_IDP_CLIENT_ID', 'front-door');
const redirectUris = env('FRONTDOOR_IDP_REDIRECT_URIS', 'http://127.0.0.1:3000/auth/nhs-login/callback')
  .split(',').map((s) => s.trim()).filter(Boolean);

// ---- keys: the provider's signing key and the portal's client key pair ----
// All keys are made together into one file, published at once (a hard link
// fails if another process got there first, and then its keys are used), so
// providers started side by side always agree. The files the portal and the
// tests read are written from it.

function newRsaKey(kidPrefix) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pub = publicKey.export({ format: 'jwk' });
  const kid = `${kidPrefix}-${createHash('sha256').update(pub.n).digest('base64url').slice(0, 16)}`;
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }),
    privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig' },
    publicJwk: { ...pub, kid, use: 'sig' },
  };
}

function writeFile(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, path);
}

mkdirSync(keysDir, { recursive: true });
const keysFile = join(keysDir, 'keys.json');
if (!existsSync(keysFile)) {
  const tmp = `${keysFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ provider: newRsaKey('idp'), client: newRsaKey('front-door') }), { mode: 0o600 });
  try {
    linkSync(tmp, keysFile);
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
  }
  unlinkSync(tmp);
}
const keys = JSON.parse(readFileSync(keysFile, 'utf8'));
writeFile(join(keysDir, 'provider-signing.pem'), keys.provider.privatePem);
writeFile(join(keysDir, 'provider-signing.jwk.json'), JSON.stringify(keys.provider.privateJwk));
writeFile(join(keysDir, 'portal-client.pem'), keys.client.privatePem);
writeFile(join(keysDir, 'portal-client.kid'), keys.client.publicJwk.kid);
const signingKey = keys.provider.privateJwk;
const clientJwks = { keys: [keys.client.publicJwk] };

// ---- people and identity levels ----

const people = JSON.parse(readFileSync(peopleFile, 'utf8')).people;
const bySub = new Map(people.map((p) => [p.sub, p]));
const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
const RANK = { P0: 0, P5: 5, P9: 9 };
const DEFAULT_VTR = ['P9.Cp.Cd', 'P9.Cp.Ck', 'P9.Cm'];
const VECTORS = ['P0', 'P5', 'P9'].flatMap((p) => [`${p}.Cp.Cd`, `${p}.Cp.Ck`, `${p}.Cm`]);

/** The vector of trust this person meets: the highest level asked for that is not above theirs. */
function chooseVector(vtrParam, level) {
  let asked = DEFAULT_VTR;
  if (vtrParam) {
    try {
      const parsed = JSON.parse(vtrParam);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) asked = parsed;
    } catch {
      return { error: 'the vtr parameter must be a JSON array of vectors' };
    }
  }
  const known = asked.filter((v) => VECTORS.includes(v));
  if (known.length === 0) return { error: 'the vtr parameter names no vector this provider supports' };
  const met = known.filter((v) => RANK[v.split('.')[0]] <= RANK[level]);
  if (met.length === 0) return { unmet: true };
  const best = Math.max(...met.map((v) => RANK[v.split('.')[0]]));
  return { vot: met.find((v) => RANK[v.split('.')[0]] === best) };
}

// ---- the provider ----

const configuration = {
  clients: [{
    client_id: clientId,
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'RS512',
    id_token_signed_response_alg: 'RS512',
    jwks: clientJwks,
    redirect_uris: redirectUris,
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }],
  jwks: { keys: [signingKey] },
  claims: {
    openid: ['sub', 'vot', 'vtm'],
    profile: ['family_name', 'given_name', 'birthdate', 'nhs_number', 'identity_proofing_level'],
    email: ['email', 'email_verified'],
    phone: ['phone_number', 'phone_number_verified'],
    gp_registration_details: ['gp_ods_code'],
    gp_integration_credentials: ['gp_linkage_key', 'gp_ods_code', 'gp_user_id'],
  },
  acrValues: VECTORS,
  // NHS login signs ID tokens and expects client assertions with RS512.
  enabledJWA: {
    idTokenSigningAlgValues: ['RS512', 'RS256'],
    clientAuthSigningAlgValues: ['RS512', 'RS256'],
  },
  extraParams: ['vtr'],
  // Claims asked for by scope go in the ID token as well as userinfo, as NHS login does.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  ttl: { AuthorizationCode: 60, IdToken: 3600, AccessToken: 600, Interaction: 600, Session: 600, Grant: 600 },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub, token) {
    const person = bySub.get(sub);
    if (!person) return undefined;
    return {
      accountId: sub,
      async claims(use, scope) {
        const vot = token?.acr || ctx.oidc?.session?.acr || ctx.oidc?.entities?.AuthorizationCode?.acr;
        const level = vot ? vot.split('.')[0] : 'P0';
        const out = {
          sub,
          vot,
          vtm: `${issuer}/trustmark/${new URL(issuer).host}`,
          email: person.email,
          email_verified: true,
          phone_number: person.phone_number,
          phone_number_verified: Boolean(person.phone_number),
          family_name: person.family_name,
          given_name: person.given_name,
          identity_proofing_level: person.level,
        };
        if (RANK[level] >= 5) {
          out.nhs_number = person.nhs_number;
          out.birthdate = person.birthdate;
          out.gp_ods_code = person.gp_ods_code;
        }
        if (level === 'P9' && scope.includes('gp_integration_credentials') && person.gp_linkage_key) {
          out.gp_linkage_key = person.gp_linkage_key;
          out.gp_user_id = person.gp_user_id;
        }
        return out;
      },
    };
  },
  // Front Door is the only client and asks only for what it needs: no separate consent step.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const found = await ctx.oidc.provider.Grant.find(grantId);
      if (found) return found;
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(ctx.oidc.params.scope);
    await grant.save();
    return grant;
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('There is a problem', `
      <h1>There is a problem</h1>
      <p>The sign-in could not go ahead: ${escape(out.error_description || out.error || 'unknown error')}.</p>
      <p>Go back to the service you came from and try again.</p>`);
  },
};

const provider = new Provider(issuer, configuration);
provider.proxy = true;
provider.on('server_error', (_ctx, err) => console.error('identity provider error:', err.message));

// ---- the sign-in pages (plain HTML forms, no JavaScript) ----

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} - Demo NHS login</title>
<style>
body{font-family:Arial,sans-serif;margin:0;color:#212b32;background:#f0f4f5;font-size:1.1875rem;line-height:1.5}
header{background:#005eb8;color:#fff;padding:16px 24px;font-weight:bold}
main{max-width:640px;margin:24px auto;padding:0 16px}
label{display:block;font-weight:bold;margin-top:16px}
input{font-size:1.1875rem;padding:8px;width:100%;box-sizing:border-box;border:2px solid #4c6272}
input:focus,button:focus{outline:4px solid #ffeb3b;box-shadow:0 4px 0 #212b32}
button{margin-top:24px;font-size:1.1875rem;padding:12px 16px;background:#007f3b;color:#fff;border:0;border-radius:4px;box-shadow:0 4px 0 #00401e;cursor:pointer}
.link-button{background:none;color:#005eb8;box-shadow:none;text-decoration:underline;padding:0}
.error{border:4px solid #d5281b;padding:16px;background:#fff}
.error a{color:#d5281b;font-weight:bold}
.demo{background:#fff9c4;padding:8px 16px;border-left:8px solid #ffeb3b}
</style></head><body><header>Demo NHS login</header><main id="main">${body}</main></body></html>`;
}

function loginPage(uid, { email = '', error = '' } = {}) {
  const summary = error
    ? `<div class="error" role="alert" aria-labelledby="error-title" tabindex="-1"><h2 id="error-title">There is a problem</h2><p><a href="#email">${escape(error)}</a></p></div>`
    : '';
  return page(error ? `Error: Sign in` : 'Sign in', `${summary}
    <h1>Sign in with NHS login</h1>
    <p class="demo">This is a demonstration identity provider for Front Door. Use a demo person's email address and password.</p>
    <form method="post" action="/interaction/${escape(uid)}/login" novalidate>
      <label for="email">Email address</label>
      <input id="email" name="email" type="email" autocomplete="username" value="${escape(email)}"${error ? ' aria-invalid="true"' : ''}>
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password">
      <button type="submit">Continue</button>
    </form>
    <form method="post" action="/interaction/${escape(uid)}/abort">
      <button class="link-button" type="submit">Cancel and go back to the service</button>
    </form>`);
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 16 * 1024) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function interaction(req, res) {
  const url = new URL(req.url, issuer);
  const [, , uid, action] = url.pathname.split('/');
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    return send(res, 400, page('Sign-in expired', '<h1>Your sign-in has expired</h1><p>Go back to the service you came from and start again.</p>'));
  }
  if (details.uid !== uid) return send(res, 400, page('There is a problem', '<h1>There is a problem</h1><p>Start again from the service you came from.</p>'));
  if (req.method === 'GET') return send(res, 200, loginPage(uid));
  if (req.method !== 'POST') return send(res, 405, page('Not allowed', '<h1>Not allowed</h1>'));

  const form = await readForm(req);
  if (action === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled signing in' }, { mergeWithLastSubmission: false });
  }
  const email = (form.get('email') || '').trim();
  const person = byEmail.get(email.toLowerCase());
  if (!person || person.password !== (form.get('password') || '')) {
    return send(res, 200, loginPage(uid, { email, error: 'Enter a correct email address and password' }));
  }
  const choice = chooseVector(details.params.vtr, person.level);
  if (choice.error) {
    return provider.interactionFinished(req, res, { error: 'invalid_request', error_description: choice.error }, { mergeWithLastSubmission: false });
  }
  if (choice.unmet) {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The person has not proved their identity to the level the service asked for',
    }, { mergeWithLastSubmission: false });
  }
  return provider.interactionFinished(req, res, {
    login: { accountId: person.sub, acr: choice.vot, amr: ['pwd'] },
  }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
const server = createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((err) => {
      console.error('identity provider interaction error:', err.message);
      if (!res.headersSent) send(res, 500, page('There is a problem', '<h1>There is a problem</h1><p>Try again later.</p>'));
    });
    return;
  }
  callback(req, res);
});
server.listen(port, host, () => {
  const where = server.address();
  console.log(`identity provider ready at http://${host}:${where.port} issuer ${issuer}`);
});

if (process.env.FRONTDOOR_IDP_EXIT_WITH_PARENT === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
  process.stdin.resume();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
