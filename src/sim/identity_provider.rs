//! Starts the demo identity provider (`scripts/identity-provider.mjs`, npm
//! `oidc-provider` set up like NHS login) as a child process, for `make run` and
//! the tests. It stops when this process ends: its standard input closes.

use std::{path::PathBuf, process::Stdio, time::Duration};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

pub struct IdentityProviderOptions {
    /// `host:port` to listen on.
    pub addr: String,
    /// The issuer it names itself (defaults to `http://{addr}`).
    pub issuer: Option<String>,
    pub keys_dir: PathBuf,
    pub people_file: PathBuf,
    pub client_id: String,
    pub redirect_uris: Vec<String>,
    pub script: PathBuf,
}

pub struct IdentityProvider {
    /// Where it listens, `http://host:port`.
    pub base_url: String,
    pub issuer: String,
    pub keys_dir: PathBuf,
    _child: Child,
}

impl IdentityProvider {
    /// The portal's private key for `private_key_jwt`, made by the provider on first start.
    pub fn client_key_file(&self) -> PathBuf {
        self.keys_dir.join("portal-client.pem")
    }

    /// The key id the provider registered for the portal's key.
    pub fn client_key_id(&self) -> Option<String> {
        std::fs::read_to_string(self.keys_dir.join("portal-client.kid"))
            .ok()
            .map(|s| s.trim().to_string())
    }

    /// The settings that point the portal at this provider.
    pub fn portal_settings(&self, client_id: &str) -> Vec<(String, String)> {
        let mut out = vec![
            ("FRONTDOOR_NHS_LOGIN_ISSUER".into(), self.issuer.clone()),
            ("FRONTDOOR_NHS_LOGIN_CLIENT_ID".into(), client_id.into()),
            (
                "FRONTDOOR_NHS_LOGIN_PRIVATE_KEY_FILE".into(),
                self.client_key_file().display().to_string(),
            ),
        ];
        if let Some(kid) = self.client_key_id() {
            out.push(("FRONTDOOR_NHS_LOGIN_KEY_ID".into(), kid));
        }
        out
    }
}

/// A people file (for `IdentityProviderOptions::people_file`) of simulated
/// residents, each proved to P9 with NHS login, with the email `email` gives
/// them and one password.
pub fn people_at_p9(
    people: &[super::data::Person],
    email: impl Fn(&super::data::Person) -> String,
    password: &str,
) -> serde_json::Value {
    let list: Vec<serde_json::Value> = people
        .iter()
        .map(|p| {
            serde_json::json!({
                "sub": format!("sim-resident-{}", p.index), "email": email(p), "password": password,
                "level": "P9", "given_name": p.given, "family_name": p.family,
                "birthdate": p.birth_date.to_string(), "nhs_number": p.nhs_number,
            })
        })
        .collect();
    serde_json::json!({ "people": list })
}

/// A free port on 127.0.0.1 (for a child process that needs its address up front).
pub fn free_local_addr() -> std::io::Result<String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.to_string())
}

pub async fn start(options: IdentityProviderOptions) -> Result<IdentityProvider, String> {
    let issuer = options
        .issuer
        .clone()
        .unwrap_or_else(|| format!("http://{}", options.addr));
    let mut child = Command::new("node")
        .arg(&options.script)
        .env("FRONTDOOR_IDP_ADDR", &options.addr)
        .env("FRONTDOOR_IDP_ISSUER", &issuer)
        .env("FRONTDOOR_IDP_KEYS_DIR", &options.keys_dir)
        .env("FRONTDOOR_IDP_PEOPLE", &options.people_file)
        .env("FRONTDOOR_IDP_CLIENT_ID", &options.client_id)
        .env(
            "FRONTDOOR_IDP_REDIRECT_URIS",
            options.redirect_uris.join(","),
        )
        .env("FRONTDOOR_IDP_EXIT_WITH_PARENT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("could not run node {}: {e}", options.script.display()))?;
    let stdout = child
        .stdout
        .take()
        .ok_or("no output from the identity provider")?;
    if let Some(stderr) = child.stderr.take() {
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                // Its warnings about Node's version and the in-memory store are expected here.
                if !line.contains("WARNING") {
                    eprintln!("identity provider: {line}");
                }
            }
        });
    }
    let mut lines = BufReader::new(stdout).lines();
    let ready = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if line.starts_with("identity provider ready at ") {
                return true;
            }
        }
        false
    })
    .await;
    if ready != Ok(true) {
        return Err(format!(
            "the identity provider at {} did not start (is `npm ci` done?)",
            options.addr
        ));
    }
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Ok(IdentityProvider {
        base_url: format!("http://{}", options.addr),
        issuer,
        keys_dir: options.keys_dir,
        _child: child,
    })
}
