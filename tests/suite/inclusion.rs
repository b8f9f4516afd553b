//! Digital inclusion against the real router, on SQLite and PostgreSQL: the
//! low-data version (chosen, or asked for by `Save-Data`), how static files
//! are served (compressed at build time, kept for a year when named by content),
//! the Easy Read pages, and the languages.

use crate::common::{self, location, page, sarah, spawn_app, spawn_app_with_sim, Backend};

on_both_databases!(
    low_data_pages_send_no_script_and_standard_pages_only_the_islands,
    save_data_turns_low_data_on_unless_the_person_chose_the_standard_version,
    the_switch_remembers_the_choice_and_returns_to_the_page,
    stylesheets_are_compressed_at_build_time_and_kept_for_a_year,
    easy_read_pages_keep_the_answers_and_the_emergency_numbers,
    pages_are_in_the_language_chosen_else_the_browsers,
    red_flags_and_their_numbers_are_right_in_every_language,
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

async fn low_data_pages_send_no_script_and_standard_pages_only_the_islands(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = spawn_app_with_sim(backend, &sim, 3000, &[]).await;
    let styles = manifest();
    let signed_out = app.browser();
    let signed_in = sarah(&app).await;
    for (b, path, island) in [
        (&signed_out, "/", false),
        (&signed_out, "/sign-in", false),
        (&signed_out, "/register", false),
        (&signed_out, "/privacy", false),
        (&signed_out, "/no-such-page", false),
        (&signed_in, "/home", true),
        (&signed_in, "/record", true),
        (&signed_in, "/record/test-results", true),
        (&signed_in, "/appointments", true),
        (&signed_in, "/triage", true),
    ] {
        // The standard version, the whole stylesheet. Only islands are hydrated
        // and the one island is the timeout warning: signed in, the page loads
        // the WebAssembly for it; signed out, it has no script at all.
        b.jar
            .add_cookie_str("fd-data=standard; Path=/", &app.base.parse().unwrap());
        let res = b.get(path).await;
        let html = res.text().await.unwrap();
        assert_eq!(
            html.contains("<leptos-island"),
            island,
            "{path}: the island"
        );
        assert_eq!(
            html.contains("<script"),
            island,
            "{path}: scripts only for the island"
        );
        assert_eq!(
            html.contains(".wasm"),
            island,
            "{path}: the wasm only for the island"
        );
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
    let styles = manifest();
    let html = page(&b, "/sign-in").await;
    assert_eq!(stylesheet(&html), styles["low_data"]);
    assert!(html.contains("Use the standard version"));
    // One click back.
    let res = b.get("/data-mode/standard?return=/sign-in").await;
    assert_eq!(location(&res), "/sign-in");
    let html = page(&b, "/sign-in").await;
    assert_eq!(stylesheet(&html), styles["standard"]);
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

/// The titles of the record items on a page, in order.
fn item_titles(html: &str) -> Vec<String> {
    html.split("<p class=\"fd-item__title\">")
        .skip(1)
        .map(|rest| rest.split("</p>").next().unwrap().to_string())
        .collect()
}

async fn easy_read_pages_keep_the_answers_and_the_emergency_numbers(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = spawn_app_with_sim(backend, &sim, 3000, &[]).await;
    let b = app.browser();
    // Signed out: a clear link on the start page, and the choice is remembered.
    let start = page(&b, "/").await;
    assert!(start.contains("href=\"/reading/easy?return=/\""), "{start}");
    assert!(start.contains("Easy Read version of this page"));
    assert!(!start.contains("app-easy-read__line"));
    let res = b.get("/reading/easy?return=/").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("fd-read=easy;"), "{cookie}");
    assert!(
        cookie.contains("Max-Age=31536000") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let start = page(&b, "/").await;
    assert!(start.contains("Front Door is a website for your health and care."));
    assert!(start.contains("If you are very ill or badly hurt, phone 999 now."));
    assert!(start.contains("Standard version of this page"));
    assert!(
        start.contains("aria-hidden=\"true\""),
        "pictures are hidden from screen readers"
    );
    // Signing in: Easy Read words above the same ways to sign in.
    let sign_in = page(&b, "/sign-in").await;
    assert!(sign_in.contains("Signing in means you tell us who you are."));
    assert!(sign_in.contains("name=\"email\"") && sign_in.contains("name=\"password\""));
    // A page without an Easy Read version is as it always is.
    let privacy = page(&b, "/privacy").await;
    assert!(!privacy.contains("app-easy-read") && !privacy.contains("/reading/"));
    // One click back, and only the two known choices.
    let res = b.get("/reading/standard?return=/sign-in").await;
    assert_eq!(location(&res), "/sign-in");
    let sign_in = page(&b, "/sign-in").await;
    assert!(!sign_in.contains("Signing in means"));
    assert!(sign_in.contains("href=\"/reading/easy?return=/sign-in\""));
    assert_eq!(b.get("/reading/large?return=/").await.status(), 404);
    let res = b.get("/reading/easy?return=//elsewhere.example/").await;
    assert!(!location(&res).contains("elsewhere"));

    // Signed in, with Easy Read chosen.
    let s = sarah(&app).await;
    let standard_record = page(&s, "/record").await;
    assert!(standard_record.contains("href=\"/reading/easy?return=/record\""));
    s.get("/reading/easy?return=/record").await;
    let record = page(&s, "/record").await;
    assert!(record.contains("This is your health record."));
    for heading in ["Allergies", "Your medicines", "Your health problems"] {
        assert!(record.contains(heading), "{heading}");
    }
    // The same things as the usual summary, each with who recorded it.
    let easy_items = item_titles(&record);
    assert!(!easy_items.is_empty(), "Sarah's record has items");
    for item in &easy_items {
        assert!(
            standard_record.contains(item.as_str()),
            "{item} is in her record"
        );
    }
    assert!(record.matches("fd-source").count() >= easy_items.len());

    // Asking for help: the emergency numbers first.
    let triage = page(&s, "/triage").await;
    assert!(triage.contains("What to do in an emergency"));
    assert!(triage.contains("Phone 999 now if you have:"));
    assert!(triage.contains("Phone 111 and choose the mental health option."));
    // The red-flag question in Easy Read words, with the same answers.
    let key = super::triage::begin(&s).await;
    let question = page(&s, &format!("/triage/{key}/q/emergency")).await;
    assert!(question.contains("Do you have any of these now?"));
    assert!(question.contains("Pain or a tight feeling in your chest"));
    assert!(question.contains("name=\"picked[chest-pain]\""));
    let to = super::triage::pick(&s, &key, "emergency", &["chest-pain"]).await;
    assert_eq!(to, format!("/triage/{key}/outcome"));
    let outcome = page(&s, &to).await;
    assert!(outcome.contains("Phone 999 now."), "Easy Read first");
    assert!(outcome.contains("Call 999"), "the usual care card too");
    assert!(outcome.contains("nhsuk-card--care--emergency"));
    // A mental health crisis: 111's mental health option, and 999 if in danger.
    let key = super::triage::begin(&s).await;
    super::triage::pick(&s, &key, "emergency", &["none"]).await;
    let urgent = page(&s, &format!("/triage/{key}/q/urgent")).await;
    assert!(urgent.contains("You are thinking about ending your life or hurting yourself"));
    let to = super::triage::pick(&s, &key, "urgent", &["suicidal-thoughts"]).await;
    let outcome = page(&s, &to).await;
    assert!(outcome.contains("Phone 111 now and choose the mental health option."));
    assert!(outcome.contains("If your life is in danger, phone 999."));
    assert!(
        outcome.contains("option for mental health"),
        "the usual crisis card too"
    );
    // A problem in pregnancy has its own care card: the Easy Read words say the
    // same (the maternity unit, then 111), never the usual 111 words.
    let key = super::triage::begin(&s).await;
    super::triage::pick(&s, &key, "emergency", &["none"]).await;
    super::triage::pick(&s, &key, "urgent", &["none"]).await;
    super::triage::answer(&s, &key, "reason", "new-symptom").await;
    let to = super::triage::answer(&s, &key, "symptom", "pregnancy").await;
    assert_eq!(to, format!("/triage/{key}/q/pe-signs"));
    let to = super::triage::pick(&s, &key, "pe-signs", &["bleeding"]).await;
    let outcome = page(&s, &to).await;
    assert!(
        outcome.contains("Call your maternity unit or midwife now"),
        "the card"
    );
    assert!(outcome.contains("Phone your maternity unit or your midwife now."));
    assert!(
        !outcome.contains("Phone 111 now."),
        "no words that differ from the card"
    );

    // Booking: the steps in Easy Read, above the same question.
    let book = page(&s, "/appointments/book").await;
    assert!(book.contains("You can book an appointment here."));
    assert!(book.contains("name=\"need\""));
}

/// The `lang` of the page's `<html>`.
fn html_lang(html: &str) -> String {
    let at = html.find("<html lang=\"").expect("<html lang>") + "<html lang=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

async fn pages_are_in_the_language_chosen_else_the_browsers(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = spawn_app_with_sim(backend, &sim, 3000, &[]).await;
    let b = app.browser();
    let url = |path: &str| format!("{}{path}", app.base);
    // No choice, no Accept-Language: English. Every page offers every
    // language, each named in itself with its lang, the current one not a link.
    let start = page(&b, "/").await;
    assert_eq!(html_lang(&start), "en");
    assert!(start.contains("Your health and care in one place"));
    for (code, name) in [("cy", "Cymraeg"), ("pl", "Polski"), ("ro", "Română")] {
        assert!(
            start.contains(&format!(
                "<a href=\"/language/{code}?return=/\" lang=\"{code}\" hreflang=\"{code}\" class=\"fd-languages__link\">{name}</a>"
            )),
            "{code}: {start}"
        );
    }
    assert!(start.contains(
        "<span lang=\"en\" aria-current=\"true\" class=\"fd-languages__current\">English</span>"
    ));

    // The browser's first language we have words for, by weight.
    let get = |path: &str, accept: &str| {
        b.client
            .get(url(path))
            .header("accept-language", accept.to_string())
            .send()
    };
    let welsh = get("/", "fr;q=1, cy;q=0.8, en;q=0.5")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(html_lang(&welsh), "cy");
    assert!(welsh.contains("Eich iechyd a"), "{welsh}");
    assert!(
        welsh.contains("ffoniwch 999"),
        "the emergency number in Welsh words"
    );
    assert!(welsh.contains("– Front Door – GIG</title>"));
    let german = get("/", "de-DE, de;q=0.9")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(html_lang(&german), "en");

    // Choosing remembers the choice (only it, a year) and returns to the page;
    // the choice wins over the browser.
    let res = b.get("/language/pl?return=/sign-in").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/sign-in");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("fd-lang=pl;"), "{cookie}");
    assert!(
        cookie.contains("Max-Age=31536000")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let sign_in = get("/sign-in", "cy").await.unwrap().text().await.unwrap();
    assert_eq!(html_lang(&sign_in), "pl");
    assert!(sign_in.contains("Zaloguj się"));
    assert!(sign_in.contains(
        "<span lang=\"pl\" aria-current=\"true\" class=\"fd-languages__current\">Polski</span>"
    ));
    assert!(sign_in.contains("href=\"/language/en?return=/sign-in\" lang=\"en\""));
    // Form errors come back in the chosen language too.
    let res = b
        .post_form("/api/sign-in", &[("email", ""), ("password", "")])
        .await;
    let back = location(&res);
    let html = page(&b, &back).await;
    assert_eq!(html_lang(&html), "pl");
    assert!(
        html.contains("Wystąpił problem"),
        "the error summary in Polish: {html}"
    );
    assert!(
        html.contains("<title>Błąd: "),
        "the title says Error in Polish"
    );

    // A page that is not there, in Romanian, is still a 404.
    b.get("/language/ro?return=/").await;
    let res = b.get("/no-such-page").await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert_eq!(html_lang(&html), "ro");
    assert!(html.contains("Pagina nu a fost găsită"));

    // Only the languages there are words for; never off-site.
    assert_eq!(b.get("/language/fr?return=/").await.status(), 404);
    assert_eq!(b.get("/language/CY?return=/").await.status(), 404);
    let res = b.get("/language/cy?return=//elsewhere.example/").await;
    assert!(!location(&res).contains("elsewhere"));

    // Signed in, in every language: asking for help starts with 999 and 111 in
    // that language's words, and the timeout warning's words are the page's.
    let s = sarah(&app).await;
    for (code, emergency, hidden) in [
        ("en", "Call 999 if you have:", "Immediate action required"),
        (
            "cy",
            "Ffoniwch 999 os oes gennych:",
            "Angen gweithredu ar unwaith",
        ),
        (
            "pl",
            "Zadzwoń pod numer 999, jeśli masz:",
            "Wymagane natychmiastowe działanie",
        ),
        (
            "ro",
            "Sunați la 999 dacă aveți:",
            "Este nevoie de acțiune imediată",
        ),
    ] {
        s.get(&format!("/language/{code}?return=/triage")).await;
        let triage = page(&s, "/triage").await;
        assert_eq!(html_lang(&triage), code);
        assert!(triage.contains(emergency), "{code}: {triage}");
        assert!(
            triage.contains(hidden),
            "{code}: the care card's hidden words"
        );
        assert!(triage.contains("111"), "{code}: 111");
        assert!(triage.contains("nhsuk-card--care--emergency"));
    }
    s.get("/language/cy?return=/home").await;
    let home = page(&s, "/home").await;
    assert!(
        home.contains("Byddwch yn cael eich allgofnodi cyn bo hir"),
        "the island's words"
    );
    assert!(home.contains("Aros wedi mewngofnodi"));
}

async fn red_flags_and_their_numbers_are_right_in_every_language(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = spawn_app_with_sim(backend, &sim, 3000, &[]).await;
    let s = sarah(&app).await;
    // (language, the first red-flag question, chest pain, what to do, the crisis card)
    for (code, question, chest_pain, call_999, crisis) in [
        (
            "en",
            "Do you have any of these symptoms now?",
            "Chest pain or pressure",
            "Call 999 now",
            "Get help for your mental health now",
        ),
        (
            "cy",
            "Oes gennych unrhyw un o'r symptomau hyn nawr?",
            "Poen neu bwysau yn y frest",
            "Ffoniwch 999 nawr",
            "Cael help gyda'ch iechyd meddwl nawr",
        ),
        (
            "pl",
            "Czy masz teraz któryś z tych objawów?",
            "Ból lub ucisk w klatce piersiowej",
            "Zadzwoń teraz pod numer 999",
            "Uzyskaj teraz pomoc w zakresie zdrowia psychicznego",
        ),
        (
            "ro",
            "Aveți acum vreunul dintre aceste simptome?",
            "Durere sau apăsare în piept",
            "Sunați acum la 999",
            "Obțineți acum ajutor pentru sănătatea mintală",
        ),
    ] {
        s.get(&format!("/language/{code}?return=/triage")).await;
        let key = super::triage::begin(&s).await;
        let page_html = page(&s, &format!("/triage/{key}/q/emergency")).await;
        assert_eq!(html_lang(&page_html), code);
        assert!(page_html.contains(question), "{code}: {page_html}");
        assert!(page_html.contains(chest_pain), "{code}: chest pain");
        // The same answers underneath, whatever the words.
        assert!(page_html.contains("name=\"picked[chest-pain]\""));
        let to = super::triage::pick(&s, &key, "emergency", &["chest-pain"]).await;
        assert_eq!(
            to,
            format!("/triage/{key}/outcome"),
            "{code}: a red flag stops at once"
        );
        let outcome = page(&s, &to).await;
        assert!(outcome.contains(call_999), "{code}: {outcome}");
        assert!(outcome.contains("nhsuk-card--care--emergency"));
        // A crisis: 111's mental health option, Samaritans, 999 if in danger.
        let key = super::triage::begin(&s).await;
        super::triage::pick(&s, &key, "emergency", &["none"]).await;
        let to = super::triage::pick(&s, &key, "urgent", &["suicidal-thoughts"]).await;
        let outcome = page(&s, &to).await;
        assert!(outcome.contains(crisis), "{code}: {outcome}");
        for number in ["111", "116 123", "85258", "999"] {
            assert!(
                outcome.contains(number),
                "{code}: {number} on the crisis page"
            );
        }
    }
}
