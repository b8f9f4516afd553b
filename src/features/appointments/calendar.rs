//! `GET /appointments/at/{provider}/{id}/calendar.ics`: one appointment as an
//! iCalendar file (RFC 5545) to add to a phone or computer calendar. Only the
//! resident's own appointments; audited.
//!
//! Hand-written rather than a crate: one VEVENT with text escaping and line
//! folding is a few lines, and the iCalendar crates bring a second date library.

use crate::domain::{t, t_with};

use super::{service, AppointmentView};
use crate::{
    domain::error::AppError,
    platform::{
        acting::{self, Scope},
        audit::AuditAction,
        state::AppState,
    },
};
use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use time::{macros::format_description, OffsetDateTime};
use tower_sessions::Session;

pub async fn download(
    State(state): State<AppState>,
    Path((provider, id)): Path<(String, String)>,
    session: Session,
) -> Response {
    let result = async {
        let acting = acting::acting(&state, &session, Scope::Appointments).await?;
        service::one(
            &state,
            acting,
            &provider,
            &id,
            AuditAction::CalendarDownloaded,
        )
        .await
    }
    .await;
    match result {
        Ok(Ok(view)) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"appointment.ics\"",
                ),
            ],
            ics(&view, state.clock.now_unix()),
        )
            .into_response(),
        Ok(Err(service::NotOpened::NotYours)) => {
            (StatusCode::NOT_FOUND, t("say-appt-we-could-not-find-that")).into_response()
        }
        Ok(Err(service::NotOpened::Unavailable)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            t("say-appt-we-could-not-get-this"),
        )
            .into_response(),
        Err(AppError::NotSignedIn) => Redirect::to("/sign-in").into_response(),
        Err(e) => (
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            e.to_string(),
        )
            .into_response(),
    }
}

fn utc(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(format_description!(
                "[year][month][day]T[hour][minute][second]Z"
            ))
            .ok()
        })
        .unwrap_or_default()
}

/// RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; no other controls.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a character), ending it with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

pub fn ics(v: &AppointmentView, now: i64) -> String {
    let end = v.start + v.minutes.unwrap_or(30) * 60;
    let mut description = Vec::new();
    if let Some(how) = &v.how {
        description.push(format!("{how}."));
    }
    if let Some(with) = &v.with {
        description.push(t_with("say-appt-ics-with", [("with", with.clone().into())]));
    }
    if let Some(prepare) = &v.prepare {
        description.push(prepare.clone());
    }
    if let Some(reference) = &v.reference {
        description.push(t_with(
            "say-appt-ics-reference",
            [("reference", reference.clone().into())],
        ));
    }
    description.push(t_with(
        "say-appt-ics-change",
        [("source", v.source.clone().into())],
    ));
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Front Door//Appointments//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}-{}@frontdoor", text(&v.provider_id), text(&v.id)),
        format!("DTSTAMP:{}", utc(now)),
        format!("DTSTART:{}", utc(v.start)),
        format!("DTEND:{}", utc(end)),
        format!("SUMMARY:{}", text(&format!("{} ({})", v.what, v.source))),
    ] {
        line(&mut out, &l);
    }
    if let Some(place) = &v.place {
        line(&mut out, &format!("LOCATION:{}", text(place)));
    }
    line(
        &mut out,
        &format!("DESCRIPTION:{}", text(&description.join(" "))),
    );
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> AppointmentView {
        AppointmentView {
            provider_id: "northbridge-hospital".into(),
            id: "r9x-1000-appt-0".into(),
            source: "Northbridge Hospitals NHS Foundation Trust".into(),
            what: "Cardiology outpatient appointment".into(),
            day: String::new(),
            time: String::new(),
            minutes: Some(30),
            place: Some("Outpatients Clinic 4, Hospital Road; Northbridge".into()),
            with: Some("Dr Joseph Osei".into()),
            how: Some("In person".into()),
            prepare: Some("Bring a list of the medicines you take, and wear a top that is easy to take off.\nThank you".into()),
            status: "Booked".into(),
            upcoming: true,
            change_need: None,
            reference: None,
            start: 1_796_380_200,
        }
    }

    #[test]
    fn a_calendar_file_has_one_event_in_utc_escaped_and_folded() {
        let s = ics(&view(), 1_795_338_000);
        assert!(s.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(s.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(s.contains("DTSTART:20261204T103000Z\r\n"));
        assert!(s.contains("DTEND:20261204T110000Z\r\n"));
        assert!(s.contains("DTSTAMP:20261122T090000Z\r\n"));
        assert!(s.contains("LOCATION:Outpatients Clinic 4\\, Hospital Road\\; Northbridge"));
        let unfolded = s.replace("\r\n ", "");
        assert!(unfolded.contains("easy to take off.\\nThank you"));
        assert!(s.split("\r\n").all(|l| l.len() <= 75));
    }
}
