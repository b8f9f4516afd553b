//! Digital inclusion against the real router, on SQLite and PostgreSQL: the
//! low-data version (chosen, or asked for by `Save-Data`) and how static files
//! are served (compressed at build time, kept for a year when named by content).

use crate::common::{self, location, page, sarah, spawn_app, spawn_app_with_sim, Backend};

on_both_databases!(
    low_data_pages_send_no_script_and_the_small_stylesheet,
    save_data_turns_low_data_on_unless_the_person_chose_the_standard_version,
    the_switch_remembers_the_choice_and_returns_to_the_page,
    stylesheets_are_compressed_at_build_time_and_kept_for_a_year,
);

/// The stylesheet a page links.
fn stylesheet(html: &str) -> String {
    let at = html
        .find("<link rel=\"stylesheet\" href=\"")
        .expect("a stylesheet link")
        + "<link rel=\"stylesheet\" href=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

fn manifest() -> serde_json::Value {
    let text = std::fs::read_to_string("public/assets/styles.json")
        .expect("public/assets/styles.json: run `node scripts/build-styles.mjs`");
    serde_json::from_str(&text).unwrap()
}

async fn low_data_pages_send_no_script_and_the_small_stylesheet(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = spawn_app_with_sim(backend, &sim, 3000, &[]).await;
    let styles = manifest();
    let signed_out = app.browser();
    let signed_in = sarah(&app).await;
    for (b, path) in [
        (&signed_out, "/"),
        (&signed_out, "/sign-in"),
        (&signed_out, "/register"),
        (&signed_out, "/privacy"),
        (&signed_out, "/no-such-page"),
        (&signed_in, "/home"),
        (&signed_in, "/record"),
        (&signed_in, "/record/test-results"),
        (&signed_in, "/appointments"),
        (&signed_in, "/triage"),
    ] {
        // The standard version: the app's scripts and the whole stylesheet.
        b.jar
            .add_cookie_str("fd-data=standard; Path=/", &app.base.parse().unwrap());
        let res = b.get(path).await;
        let html = res.text().await.unwrap();
        assert!(html.contains("<script"), "{path}: standard has scripts");
        assert!(html.contains(".wasm"), "{path}: standard loads the wasm");
        assert_eq!(stylesheet(&html), styles["standard"], "{path}");
        assert!(html.contains("Use the low-data version"), "{path}");
        assert!(html.contains("/data-mode/low?return="), "{path}");

        b.jar
            .add_cookie_str("fd-data=low; Path=/", &app.base.parse().unwrap());
        let res = b.get(path).await;
        let html = res.text().await.unwrap();
        assert!(
            !html.contains("<script"),
            "{path}: no script at all in low-data"
        );
        assert!(
            !html.contains(".wasm"),
            "{path}: no WebAssembly in low-data"
        );
        assert!(!html.contains("modulepreload"), "{path}");
        assert_eq!(stylesheet(&html), styles["low_data"], "{path}");
        assert!(html.contains("Use the standard version"), "{path}");
        assert!(
            html.contains(&format!("/data-mode/standard?return={path}")),
            "{path}: the way back returns to this page"
        );
        assert!(html.contains("<html lang=\"en\""), "{path}");
    }
    // Signed in, the timeout warning still comes without JavaScript: a plain
    // refresh, not one inside <noscript> (a low-data page runs no script).
    let html = page(&signed_in, "/home").await;
    assert!(
        html.contains("http-equiv=\"refresh\""),
        "the timeout refresh"
    );
    assert!(!html.contains("<noscript>"), "{html}");
    // The page still shows what it shows in the standard version.
    let record = page(&signed_in, "/record").await;
    assert!(record.contains("Sarah"), "the record summary names her");
}

async fn save_data_turns_low_data_on_unless_the_person_chose_the_standard_version(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let styles = manifest();
    let b = app.browser();
    let get = |save_data: bool| {
        let mut req = b
            .client
            .get(format!("{}/sign-in", app.base))
            .header("accept", "text/html");
        if save_data {
            req = req.header("save-data", "on");
        }
        async move { req.send().await.unwrap().text().await.unwrap() }
    };
    assert_eq!(stylesheet(&get(false).await), styles["standard"]);
    let low = get(true).await;
    assert_eq!(stylesheet(&low), styles["low_data"]);
    assert!(!low.contains("<script"));
    // The person's choice of the standard version wins over the browser's hint.
    let res = b.get("/data-mode/standard?return=/sign-in").await;
    assert_eq!(res.status(), 303);
    let standard = get(true).await;
    assert_eq!(stylesheet(&standard), styles["standard"]);
    assert!(standard.contains("<script"));
}

async fn the_switch_remembers_the_choice_and_returns_to_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = app.browser();
    let res = b.get("/data-mode/low?return=/sign-in").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/sign-in");
    let cookie = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("fd-data=low;"), "{cookie}");
    assert!(cookie.contains("Max-Age=31536000"), "remembered: {cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let html = page(&b, "/sign-in").await;
    assert!(!html.contains("<script"));
    assert!(html.contains("Use the standard version"));
    // One click back.
    let res = b.get("/data-mode/standard?return=/sign-in").await;
    assert_eq!(location(&res), "/sign-in");
    let html = page(&b, "/sign-in").await;
    assert!(html.contains("<script"));
    assert!(html.contains("Use the low-data version"));
    // Never to another site, whatever the link says; an unknown version is not found.
    let res = b.get("/data-mode/low?return=//elsewhere.example/x").await;
    assert_eq!(res.status(), 303);
    assert!(location(&res).starts_with('/') && !location(&res).starts_with("//"));
    let res = b
        .get("/data-mode/low?return=https://elsewhere.example/")
        .await;
    assert!(!location(&res).contains("elsewhere"));
    assert_eq!(b.get("/data-mode/huge?return=/").await.status(), 404);
    assert_eq!(location(&b.get("/data-mode/low").await), "/");
}

async fn stylesheets_are_compressed_at_build_time_and_kept_for_a_year(backend: Backend) {
    // Served from public/, where the build script writes the stylesheets.
    let app = common::spawn_app_with(backend, &[("LEPTOS_SITE_ROOT", "public")]).await;
    let styles = manifest();
    let b = app.browser();
    for key in ["standard", "low_data"] {
        let path = styles[key].as_str().unwrap();
        let raw = std::fs::metadata(format!("public{path}")).unwrap().len();
        for (encoding, suffix) in [("br", ".br"), ("gzip", ".gz")] {
            let res = b
                .client
                .get(format!("{}{path}", app.base))
                .header("accept-encoding", encoding)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{path}");
            let h = res.headers().clone();
            assert_eq!(h["content-encoding"], encoding, "{path}");
            assert_eq!(
                h["cache-control"], "public, max-age=31536000, immutable",
                "{path}"
            );
            let body = res.bytes().await.unwrap();
            let on_disk = std::fs::read(format!("public{path}{suffix}")).unwrap();
            assert_eq!(
                body.as_ref(),
                on_disk.as_slice(),
                "{path}: the file made at build time"
            );
            assert!((body.len() as u64) < raw / 4, "{path}: compressed");
        }
    }
    // The low-data stylesheet is a small part of the whole one.
    let size = |key: &str| {
        std::fs::metadata(format!("public{}.br", styles[key].as_str().unwrap()))
            .unwrap()
            .len()
    };
    assert!(size("low_data") * 2 < size("standard"));
    // Files not named by their content are asked for again each time.
    let res = b.get("/assets/images/favicon.svg").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-cache");
    let res = b.get("/favicon.ico").await;
    assert_eq!(res.headers()["cache-control"], "no-cache");
    // A stylesheet that is not there is a plain 404, never kept.
    let res = b.get("/assets/front-door.0000000000000000.css").await;
    assert_eq!(res.status(), 404);
    assert_eq!(res.headers()["cache-control"], "no-cache");
}
