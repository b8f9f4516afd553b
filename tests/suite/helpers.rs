//! Help to use Front Door, on SQLite and PostgreSQL: "Get help getting online" is
//! public, shows the help points from configuration, and is linked from the
//! sign-in page, every page's footer and every "you need to prove who you are"
//! page; a broken help points file stops start-up with the reason.

use crate::common;
use common::{location, page, spawn_app, spawn_app_with_sim, spawn_sim, Backend, PASSWORD};

async fn help_getting_online_is_public_shown_from_configuration_and_linked(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = app.browser();
    let help = page(&b, "/get-help-online").await;
    for words in [
        "Get help getting online",
        "Northbridge Central Library",
        "1 Market Square",
        "Monday to Friday, 9am to 7pm",
        "Citizens Advice Northbridge",
        "Free mobile data",
        "Learn my way",
        "They will never ask for your password",
        "call 111",
    ] {
        assert!(help.contains(words), "{words}");
    }
    // Linked from the sign-in page and from every page's footer.
    assert!(page(&b, "/sign-in")
        .await
        .contains("href=\"/get-help-online\""));
    assert!(page(&b, "/privacy")
        .await
        .contains("href=\"/get-help-online\""));
    // And from the page that says a person must prove who they are first.
    let res = b
        .register("Jo Brown", "jo.help@example.test", PASSWORD, "")
        .await;
    assert_eq!(res.status(), 302);
    let refused = b.get("/record").await;
    assert_eq!(refused.status(), 403);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("href=\"/get-help-online\""));
    assert!(page(&b, "/prove-who-you-are")
        .await
        .contains("href=\"/get-help-online\""));
}

async fn a_broken_help_points_file_stops_start_up_with_the_reason(_backend: Backend) {
    let dir = std::env::temp_dir().join("frontdoor-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("help-points-{}.json", std::process::id()));
    std::fs::write(
        &file,
        r#"{ "organisations": [ { "id": "a", "name": "A", "help_points": [] }, { "id": "a", "name": "B", "help_points": [] } ] }"#,
    )
    .unwrap();
    let path = file.display().to_string();
    let vars = [("FRONTDOOR_HELP_POINTS_FILE", path.as_str())];
    let err = match front_door::state::Setup::from_lookup(|k| {
        vars.iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.to_string())
    }) {
        Err(e) => e,
        Ok(_) => panic!("a broken help points file was accepted"),
    };
    assert!(
        err.contains("FRONTDOOR_HELP_POINTS_FILE") && err.contains("appears twice"),
        "{err}"
    );
    let _ = std::fs::remove_file(file);
}

async fn a_shared_computer_says_finish_and_clear_and_warns_before_downloads(backend: Backend) {
    let sim = spawn_sim().await;
    let app = spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    // On a shared or public computer (chosen before NHS login).
    let shared = app.browser();
    let start = shared
        .post_form("/auth/nhs-login", &[("shared_device", "yes")])
        .await;
    let back = shared
        .at_provider(&location(&start), "sarah@example.test", PASSWORD)
        .await;
    assert_eq!(shared.get(&back).await.status(), 303);
    let home = page(&shared, "/home").await;
    let header_button = |html: &str| {
        let at = html
            .find("nhsuk-header__account-button")
            .expect("the header's button");
        let rest = &html[at..];
        rest[rest.find('>').unwrap() + 1..rest.find("</button>").unwrap()].to_string()
    };
    assert_eq!(header_button(&home), "Finish and clear this computer");
    let record = page(&shared, "/record").await;
    assert!(record.contains("A file you download stays on this computer"));
    // On a personal device: "Sign out", and no warning.
    let own = common::sarah(&app).await;
    let home = page(&own, "/home").await;
    assert_eq!(header_button(&home), "Sign out");
    assert!(!page(&own, "/record")
        .await
        .contains("A file you download stays on this computer"));
    // Finishing deletes the session on the server and tells the browser to clear the site.
    let res = shared.post_form("/api/sign-out", &[]).await;
    assert!(res
        .headers()
        .get("clear-site-data")
        .is_some_and(|v| v.to_str().unwrap().contains("storage")));
    assert_eq!(location(&shared.get("/record").await), "/sign-in");
}

on_both_databases!(
    a_shared_computer_says_finish_and_clear_and_warns_before_downloads,
    help_getting_online_is_public_shown_from_configuration_and_linked,
    a_broken_help_points_file_stops_start_up_with_the_reason,
);
