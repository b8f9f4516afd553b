//! The demo staff, seeded at start-up on the embedded default: an ICS
//! administrator, the administrator of Northbridge Libraries and one of its
//! helpers. Their passwords are set; each has a fixed two-step key (printed by
//! `make run`) that the composition root turns on, since staff always sign in
//! with a security code.

use crate::{
    domain::{AccountId, AppError},
    platform::{
        accounts, passwords,
        staff::{self, StaffRole},
        state::AppState,
    },
};

pub struct DemoStaff {
    pub full_name: &'static str,
    pub email: &'static str,
    pub role: StaffRole,
    pub organisation: Option<&'static str>,
    /// The base32 key of their authenticator app (20 bytes).
    pub two_step_key: &'static str,
}

pub const DEMO_STAFF_PASSWORD: &str = "front-door-demo-2026";

pub const DEMO_STAFF: [DemoStaff; 3] = [
    DemoStaff {
        full_name: "Ife Adeyemi",
        email: "ife.adeyemi@ics.example.nhs.uk",
        role: StaffRole::IcsAdmin,
        organisation: None,
        two_step_key: "FRONTDOORDEMOICSADMINKEYABCDEFGH",
    },
    DemoStaff {
        full_name: "Jo Hughes",
        email: "jo.hughes@northbridge-libraries.example",
        role: StaffRole::OrgAdmin,
        organisation: Some("northbridge-libraries"),
        two_step_key: "FRONTDOORDEMOLIBRARYADMINKEYABCD",
    },
    DemoStaff {
        full_name: "Amir Khan",
        email: "amir.khan@northbridge-libraries.example",
        role: StaffRole::Helper,
        organisation: Some("northbridge-libraries"),
        two_step_key: "FRONTDOORDEMOHELPERAMIRKHANKEYAB",
    },
];

/// Creates the demo staff that do not exist yet; returns each one's account and
/// two-step key, for two-step sign-in to be turned on.
pub async fn seed_demo_staff(state: &AppState) -> Result<Vec<(AccountId, &'static str)>, AppError> {
    let mut made = Vec::new();
    for demo in &DEMO_STAFF {
        let account = match accounts::by_email(&state.db, demo.email).await? {
            Some(row) => row.id,
            None => {
                let hash = passwords::hash(DEMO_STAFF_PASSWORD.to_string()).await?;
                let new = accounts::NewAccount {
                    full_name: demo.full_name,
                    date_of_birth: "",
                    email: demo.email,
                    password_hash: &hash,
                    nhs_number: None,
                };
                match accounts::insert(&state.db, &new, state.clock.now_unix()).await {
                    Ok(id) => id,
                    Err(accounts::InsertError::Db(e)) => return Err(e.into()),
                    Err(_) => continue,
                }
            }
        };
        if staff::of(&state.db, account).await?.is_none() {
            staff::insert(
                &state.db,
                account,
                demo.role,
                demo.organisation,
                None,
                state.clock.now_unix(),
            )
            .await?;
        }
        made.push((account, demo.two_step_key));
    }
    Ok(made)
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_keys_are_twenty_bytes_of_base32() {
        for s in &super::DEMO_STAFF {
            assert_eq!(s.two_step_key.len(), 32, "{}", s.full_name);
            assert!(s
                .two_step_key
                .chars()
                .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c)));
        }
    }
}
