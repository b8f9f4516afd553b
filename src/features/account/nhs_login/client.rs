//! The OpenID Connect client for NHS login (or any provider with its interface).
//!
//! The `openidconnect` crate does the protocol and every check of the ID token
//! (signature against the provider's JWKS, `iss`, `aud`, `exp`, `nonce`); this
//! file sets it up the NHS login way: `private_key_jwt` client authentication,
//! PKCE, the `vtr` parameter, the NHS login claims, and a time budget on every
//! call to the provider.

use crate::{domain::IdentityLevel, platform::config::var};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use openidconnect::{
    core::{
        CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
        CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreRevocableToken,
        CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
    },
    AdditionalClaims, AuthType, AuthorizationCode, Client, ClientId, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields, IssuerUrl,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, StandardErrorResponse,
    StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::{
    sync::{
        atomic::{AtomicI64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

/// The claims NHS login adds to the standard ones.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct NhsLoginClaims {
    pub nhs_number: Option<String>,
    pub identity_proofing_level: Option<String>,
    /// The vector of trust the person met this time, such as `P9.Cp.Cd`.
    pub vot: Option<String>,
    pub gp_ods_code: Option<String>,
}
impl AdditionalClaims for NhsLoginClaims {}

type IdFields = IdTokenFields<
    NhsLoginClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type Tokens = StandardTokenResponse<IdFields, CoreTokenType>;
type OidcClient = Client<
    NhsLoginClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    Tokens,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// Vectors asked for when `FRONTDOOR_NHS_LOGIN_VTR` is not set: the highest the person has.
pub const DEFAULT_VTR: &str = r#"["P9.Cp.Cd","P9.Cp.Ck","P9.Cm","P5.Cp.Cd","P5.Cp.Ck","P5.Cm","P0.Cp.Cd","P0.Cp.Ck","P0.Cm"]"#;
const DEFAULT_SCOPES: &str = "openid profile email phone gp_registration_details";
/// Signature algorithms accepted on ID tokens: asymmetric ones only (never `none`, never HMAC).
const ID_TOKEN_ALGS: [CoreJwsSigningAlgorithm; 6] = [
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha384,
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha512,
    CoreJwsSigningAlgorithm::RsaSsaPssSha256,
    CoreJwsSigningAlgorithm::RsaSsaPssSha384,
    CoreJwsSigningAlgorithm::RsaSsaPssSha512,
];
/// How far the provider's clock may be from ours.
const LEEWAY_SECS: i64 = 60;
/// How long the provider's discovery document and keys are kept.
const METADATA_TTL: Duration = Duration::from_secs(300);
/// How long after a failure the sign-in page says NHS login may not be working.
const UNAVAILABLE_NOTICE_SECS: i64 = 120;

/// NHS login for this portal, or `None` when it is not configured.
#[derive(Clone, Default)]
pub struct NhsLoginSettings(pub Option<Arc<NhsLogin>>);

pub struct NhsLogin {
    issuer: IssuerUrl,
    client_id: ClientId,
    redirect: RedirectUrl,
    key: EncodingKey,
    key_id: Option<String>,
    vtr: String,
    vectors: Vec<String>,
    scopes: Vec<String>,
    budget: Duration,
    http: reqwest::Client,
    metadata: tokio::sync::Mutex<Option<(Instant, CoreProviderMetadata)>>,
    failed_at: AtomicI64,
}

impl NhsLoginSettings {
    /// `FRONTDOOR_NHS_LOGIN_ISSUER` switches NHS login on; the other variables say how.
    pub fn from_lookup(
        lookup: &impl Fn(&str) -> Option<String>,
        public_url: &str,
    ) -> Result<Self, String> {
        let Some(issuer) = var(lookup, "FRONTDOOR_NHS_LOGIN_ISSUER") else {
            return Ok(Self(None));
        };
        let issuer = IssuerUrl::new(issuer.trim().to_string())
            .map_err(|e| format!("FRONTDOOR_NHS_LOGIN_ISSUER: {e}"))?;
        let client_id = var(lookup, "FRONTDOOR_NHS_LOGIN_CLIENT_ID")
            .ok_or("FRONTDOOR_NHS_LOGIN_CLIENT_ID must be set with FRONTDOOR_NHS_LOGIN_ISSUER")?;
        let key_file = var(lookup, "FRONTDOOR_NHS_LOGIN_PRIVATE_KEY_FILE").ok_or(
            "FRONTDOOR_NHS_LOGIN_PRIVATE_KEY_FILE must be set with FRONTDOOR_NHS_LOGIN_ISSUER",
        )?;
        let pem = std::fs::read(&key_file)
            .map_err(|e| format!("FRONTDOOR_NHS_LOGIN_PRIVATE_KEY_FILE ({key_file}): {e}"))?;
        let key = EncodingKey::from_rsa_pem(&pem).map_err(|_| {
            format!("FRONTDOOR_NHS_LOGIN_PRIVATE_KEY_FILE ({key_file}) is not an RSA private key in PEM")
        })?;
        let vtr = var(lookup, "FRONTDOOR_NHS_LOGIN_VTR").unwrap_or_else(|| DEFAULT_VTR.into());
        let vectors: Vec<String> = serde_json::from_str(&vtr)
            .map_err(|_| "FRONTDOOR_NHS_LOGIN_VTR must be a JSON array of vectors".to_string())?;
        if vectors.is_empty()
            || vectors
                .iter()
                .any(|v| IdentityLevel::of_vector(v).is_none())
        {
            return Err("FRONTDOOR_NHS_LOGIN_VTR must list vectors such as P9.Cp.Cd".into());
        }
        let scopes = var(lookup, "FRONTDOOR_NHS_LOGIN_SCOPES")
            .unwrap_or_else(|| DEFAULT_SCOPES.into())
            .split_whitespace()
            .filter(|s| *s != "openid")
            .map(str::to_string)
            .collect();
        let budget_ms: u64 = match var(lookup, "FRONTDOOR_NHS_LOGIN_BUDGET_MS") {
            None => 5000,
            Some(v) => v
                .trim()
                .parse()
                .map_err(|_| "FRONTDOOR_NHS_LOGIN_BUDGET_MS must be a whole number")?,
        };
        let budget = Duration::from_millis(budget_ms.clamp(100, 60_000));
        let redirect = RedirectUrl::new(format!(
            "{}/auth/nhs-login/callback",
            public_url.trim_end_matches('/')
        ))
        .map_err(|e| format!("FRONTDOOR_PUBLIC_URL: {e}"))?;
        let http = reqwest::Client::builder()
            // Following redirects from the provider would let it point us anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(budget)
            .connect_timeout(budget)
            .build()
            .map_err(|e| format!("NHS login HTTP client: {e}"))?;
        Ok(Self(Some(Arc::new(NhsLogin {
            issuer,
            client_id: ClientId::new(client_id),
            redirect,
            key,
            key_id: var(lookup, "FRONTDOOR_NHS_LOGIN_KEY_ID"),
            vtr,
            vectors,
            scopes,
            budget,
            http,
            metadata: tokio::sync::Mutex::new(None),
            failed_at: AtomicI64::new(0),
        }))))
    }
}

/// What the portal keeps in the session between sending the person to the
/// provider and their return: checked once, then forgotten.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Pending {
    pub state: String,
    pub nonce: String,
    pub verifier: String,
    pub purpose: Purpose,
    pub started_at: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    SignIn {
        shared_device: bool,
    },
    /// Linking NHS login to the signed-in account.
    Link {
        account: crate::domain::AccountId,
    },
}

/// Who NHS login says the person is, after every check.
#[derive(Clone, Debug)]
pub struct Proved {
    pub sub: String,
    pub level: IdentityLevel,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub birthdate: Option<String>,
    pub email: Option<String>,
    pub nhs_number: Option<String>,
}

/// Why a sign-in with NHS login did not go ahead. The words are safe to log:
/// they never carry what the provider sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoginError {
    /// The provider did not answer, or not in time.
    Unavailable,
    /// The provider answered with something the portal refuses (a bad token, a used code).
    Refused(&'static str),
}

impl LoginError {
    pub fn reason(self) -> &'static str {
        match self {
            Self::Unavailable => "provider_unavailable",
            Self::Refused(why) => why,
        }
    }
}

impl NhsLogin {
    /// True when the provider failed recently: the sign-in page says so.
    pub fn recently_unavailable(&self) -> bool {
        let at = self.failed_at.load(Ordering::Relaxed);
        at > 0 && unix_now() - at < UNAVAILABLE_NOTICE_SECS
    }

    /// The provider's web origin, which the sign-in form is allowed to send people to.
    pub fn origin(&self) -> String {
        let url = self.issuer.url();
        url.origin().ascii_serialization()
    }

    fn unavailable(&self) -> LoginError {
        self.failed_at.store(unix_now(), Ordering::Relaxed);
        LoginError::Unavailable
    }

    async fn provider_metadata(&self) -> Result<CoreProviderMetadata, LoginError> {
        let mut cached = self.metadata.lock().await;
        if let Some((at, m)) = cached.as_ref() {
            if at.elapsed() < METADATA_TTL {
                return Ok(m.clone());
            }
        }
        let found = tokio::time::timeout(
            self.budget,
            CoreProviderMetadata::discover_async(self.issuer.clone(), &self.http),
        )
        .await;
        match found {
            Ok(Ok(m)) => {
                *cached = Some((Instant::now(), m.clone()));
                self.failed_at.store(0, Ordering::Relaxed);
                Ok(m)
            }
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "NHS login discovery failed");
                Err(self.unavailable())
            }
            Err(_) => {
                tracing::warn!("NHS login discovery took longer than its budget");
                Err(self.unavailable())
            }
        }
    }

    fn client(&self, metadata: CoreProviderMetadata) -> OidcClient {
        OidcClient::from_provider_metadata(metadata, self.client_id.clone(), None)
            .set_redirect_uri(self.redirect.clone())
            .set_auth_type(AuthType::RequestBody)
    }

    /// Where to send the person to sign in, and what to keep until they come back.
    pub async fn start(&self, purpose: Purpose, now: i64) -> Result<(String, Pending), LoginError> {
        let client = self.client(self.provider_metadata().await?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge)
            .add_extra_param("vtr", self.vtr.clone())
            // Always ask the person to sign in: never someone else's session on a shared computer.
            .add_prompt(CoreAuthPrompt::Login);
        for scope in &self.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.url();
        Ok((
            url.to_string(),
            Pending {
                state: state.secret().clone(),
                nonce: nonce.secret().clone(),
                verifier: verifier.secret().clone(),
                purpose,
                started_at: now,
            },
        ))
    }

    /// The issuer this portal trusts, for the `iss` parameter on the way back (RFC 9207).
    pub fn is_issuer(&self, iss: &str) -> bool {
        iss.trim_end_matches('/') == self.issuer.as_str().trim_end_matches('/')
    }

    /// Exchanges the code (once) and checks the ID token; returns who the person is.
    pub async fn finish(&self, pending: &Pending, code: String) -> Result<Proved, LoginError> {
        let metadata = self.provider_metadata().await?;
        let token_url = metadata
            .token_endpoint()
            .map(|u| u.to_string())
            .ok_or(LoginError::Refused("no_token_endpoint"))?;
        let client = self.client(metadata);
        let assertion = self.client_assertion(&token_url)?;
        let request = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|_| LoginError::Refused("no_token_endpoint"))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone()))
            .add_extra_param(
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            )
            .add_extra_param("client_assertion", assertion);
        let tokens = match tokio::time::timeout(self.budget, request.request_async(&self.http))
            .await
        {
            Err(_) => return Err(self.unavailable()),
            Ok(Err(openidconnect::RequestTokenError::ServerResponse(e))) => {
                tracing::warn!(error = ?e.error(), "NHS login refused the code");
                return Err(LoginError::Refused("code_refused"));
            }
            Ok(Err(openidconnect::RequestTokenError::Request(_))) => return Err(self.unavailable()),
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "NHS login token response could not be read");
                return Err(LoginError::Refused("token_unreadable"));
            }
            Ok(Ok(t)) => t,
        };
        let id_token = tokens
            .id_token()
            .ok_or(LoginError::Refused("no_id_token"))?;
        let now = chrono::Utc::now();
        let verifier = client
            .id_token_verifier()
            .set_allowed_algs(ID_TOKEN_ALGS)
            // exp with a little leeway for the provider's clock.
            .set_time_fn(move || now - chrono::Duration::seconds(LEEWAY_SECS))
            .set_issue_time_verifier_fn(move |iat| {
                if iat > now + chrono::Duration::seconds(LEEWAY_SECS) {
                    Err("issued in the future".into())
                } else {
                    Ok(())
                }
            });
        let nonce = Nonce::new(pending.nonce.clone());
        let claims = match id_token.claims(&verifier, &nonce) {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "NHS login ID token refused");
                // The provider may have rotated its keys: the next sign-in fetches them again.
                *self.metadata.lock().await = None;
                return Err(LoginError::Refused("id_token_refused"));
            }
        };
        let extra = claims.additional_claims();
        let level = self.level_of(extra)?;
        let name = |n: Option<&openidconnect::LocalizedClaim<openidconnect::EndUserGivenName>>| {
            n.and_then(|c| c.get(None)).map(|v| v.to_string())
        };
        Ok(Proved {
            sub: claims.subject().to_string(),
            level,
            given_name: name(claims.given_name()),
            family_name: claims
                .family_name()
                .and_then(|c| c.get(None))
                .map(|v| v.to_string()),
            birthdate: claims.birthdate().map(|b| b.to_string()),
            email: claims.email().map(|e| e.to_string()),
            nhs_number: extra.nhs_number.clone(),
        })
    }

    /// The level proved this time: the `vot` must be one the portal asked for, and is
    /// never taken above the `identity_proofing_level` the provider states.
    fn level_of(&self, claims: &NhsLoginClaims) -> Result<IdentityLevel, LoginError> {
        let vot = claims.vot.as_deref().ok_or(LoginError::Refused("no_vot"))?;
        if !self.vectors.iter().any(|v| v == vot) {
            return Err(LoginError::Refused("vot_not_asked_for"));
        }
        let from_vot =
            IdentityLevel::of_vector(vot).ok_or(LoginError::Refused("vot_unreadable"))?;
        let proofing = claims
            .identity_proofing_level
            .as_deref()
            .and_then(IdentityLevel::parse)
            .unwrap_or(from_vot);
        Ok(from_vot.min(proofing))
    }

    /// The `private_key_jwt` client assertion: signed with the portal's key, for the
    /// token endpoint only, once (`jti`), for one minute.
    fn client_assertion(&self, token_url: &str) -> Result<String, LoginError> {
        #[derive(Serialize)]
        struct Assertion<'a> {
            iss: &'a str,
            sub: &'a str,
            aud: &'a str,
            jti: String,
            iat: i64,
            exp: i64,
        }
        let now = unix_now();
        let mut header = Header::new(Algorithm::RS512);
        header.kid = self.key_id.clone();
        jsonwebtoken::encode(
            &header,
            &Assertion {
                iss: self.client_id.as_str(),
                sub: self.client_id.as_str(),
                aud: token_url,
                jti: uuid::Uuid::new_v4().simple().to_string(),
                iat: now,
                exp: now + 60,
            },
            &self.key,
        )
        .map_err(|_| LoginError::Refused("client_assertion"))
    }
}

/// Tokens carry the provider's idea of now; they are checked against this
/// machine's clock, not the portal's clock of record (which tests move by hand).
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
