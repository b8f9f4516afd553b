//! One test's history: found from one of its results (the provider's id for it,
//! read for this person only), then every provider that knows the person is
//! asked for that test by its code (`Observation?code=…&_sort=-date`), and the
//! numbers are drawn as a small chart on the server (SVG, no JavaScript).

use super::{
    release::ReleasePolicy, service::read_part, ResultItem, TestAnswer, TestHistory, Trend,
};
use crate::{
    domain::{sources::ProviderStatus, uk_time::people_time, AppError},
    platform::{
        acting::{audited_subject, Acting},
        audit::AuditAction,
        state::AppState,
    },
    providers::{
        fanout::{answered, failed},
        fhir::security::{visibility, Audience},
        gateway::{urlencode, valid_id, Section},
        links,
    },
};
use serde_json::Value;

use super::trend_box::{BOTTOM_Y, LEFT_X, RIGHT_X, TOP_Y};

/// The history of the test that result `id` at `provider_id` is of. Audited.
pub async fn history(
    state: &AppState,
    acting: Acting,
    provider_id: &str,
    id: &str,
) -> Result<TestAnswer, AppError> {
    let account = audited_subject(state, acting, AuditAction::RecordViewed, "test-history").await?;
    let (Some(index), true) = (state.gateway.index_of(provider_id), valid_id(id)) else {
        return Ok(TestAnswer::NotFound);
    };
    let provider = &state.gateway.providers[index];
    let Some(patient_id) = links::patient_at(state, &account, index).await? else {
        return Ok(TestAnswer::NotFound);
    };
    let audience = Audience::of(acting.role.is_proxy());
    let query = format!("Observation?_id={id}&patient={patient_id}");
    let found = match state.gateway.search_at(index, &query).await {
        Ok(found) => found,
        Err(_) => return Ok(TestAnswer::Unavailable(provider.name.clone())),
    };
    let Some(code) = found
        .resources
        .iter()
        .filter(|r| r["resourceType"] == "Observation" && r["id"].as_str() == Some(id))
        .filter(|r| audience.may_see(visibility(r)))
        .find_map(test_code)
    else {
        return Ok(TestAnswer::NotFound);
    };
    let release = state.settings::<ReleasePolicy>();
    let today = state.clock.today();
    // Every provider that knows the person, asked for this test at once.
    let known = links::links(&state.db, account.id).await?;
    let asks: Vec<(usize, String)> = known
        .into_iter()
        .filter_map(|(p, pid)| Some((state.gateway.index_of(&p)?, pid)))
        .collect();
    let answers = futures::future::join_all(asks.iter().map(|(i, pid)| {
        let q = format!(
            "Observation?patient={pid}&code={}&_sort=-date&_count=50",
            urlencode(&code)
        );
        async move { state.gateway.search_newest(*i, &q).await }
    }))
    .await;
    let mut results: Vec<ResultItem> = Vec::new();
    let mut providers = Vec::new();
    for ((i, _), answer) in asks.iter().zip(answers) {
        let p = &state.gateway.providers[*i];
        let provider_state = match answer {
            Ok(mut found) => {
                found.resources.retain(|r| audience.may_see(visibility(r)));
                let cut_short = found.cut_short;
                let part = read_part(Section::Results, found, &p.source(), release, today);
                // Only this test, whatever the provider did with the code parameter.
                results.extend(
                    part.items
                        .results
                        .into_iter()
                        .filter(|r| r.test_key.as_deref() == Some(code.as_str())),
                );
                answered(cut_short, part.unreadable, None)
            }
            Err(failure) => failed(failure, None),
        };
        providers.push(ProviderStatus {
            source: p.source(),
            state: provider_state,
        });
    }
    results.sort_by(|a, b| b.sort_key.cmp(&a.sort_key));
    let Some(latest) = results.first() else {
        return Ok(TestAnswer::NotFound);
    };
    Ok(TestAnswer::Test(Box::new(TestHistory {
        what: latest.what.clone(),
        trend: trend(&results),
        results,
        providers,
        generated_at: people_time(state.clock.now_unix()),
    })))
}

/// `system|code` of an Observation's first coding that has both.
fn test_code(r: &Value) -> Option<String> {
    r["code"]["coding"].as_array()?.iter().find_map(|c| {
        let (s, c) = (c["system"].as_str()?, c["code"].as_str()?);
        (!s.contains('|') && !c.contains('|')).then(|| format!("{s}|{c}"))
    })
}

/// The unit of a shown value ("48 mmol/mol" → "mmol/mol").
fn unit(r: &ResultItem) -> &str {
    r.value
        .as_deref()
        .and_then(|v| v.split_once(' '))
        .map_or("", |(_, u)| u)
}

/// A chart when at least two results (newest first) are numbers in the unit of the
/// newest and have dates.
pub fn trend(results: &[ResultItem]) -> Option<Trend> {
    let newest = results.iter().find(|r| r.milli.is_some())?;
    let wanted = unit(newest);
    let mut points: Vec<(i32, i64, &ResultItem)> = results
        .iter()
        .filter(|r| unit(r) == wanted)
        .filter_map(|r| {
            let day = crate::providers::parse_fhir_date(&r.sort_key)?.to_julian_day();
            Some((day, r.milli?, r))
        })
        .collect();
    if points.len() < 2 {
        return None;
    }
    points.reverse();
    let (first, last) = (points[0].0, points[points.len() - 1].0);
    let lowest = points.iter().map(|p| p.1).min()?;
    let highest = points.iter().map(|p| p.1).max()?;
    // A little room above and below; a flat line sits in the middle.
    let pad = ((highest - lowest) / 10).max(1000);
    let (bottom_value, top_value) = (lowest - pad, highest + pad);
    let plot_w = i64::from(RIGHT_X - LEFT_X);
    let plot_h = i64::from(BOTTOM_Y - TOP_Y);
    let x = |day: i32| {
        let span = i64::from((last - first).max(1));
        LEFT_X + (i64::from(day - first) * plot_w / span) as i32
    };
    let y = |v: i64| TOP_Y + ((top_value - v) * plot_h / (top_value - bottom_value)) as i32;
    let number = |m: i64| {
        let v = m as f64 / 1000.0;
        let s = format!("{v:.1}");
        s.trim_end_matches(".0").to_string()
    };
    let y_labels = [lowest, (lowest + highest) / 2, highest]
        .into_iter()
        .map(|v| (y(v), number(v)))
        .collect::<Vec<_>>();
    let year = |day: i32| {
        time::Date::from_julian_day(day)
            .map(|d| d.year().to_string())
            .unwrap_or_default()
    };
    let mut x_labels = vec![(x(first), year(first))];
    if year(last) != year(first) {
        x_labels.push((x(last), year(last)));
    }
    let date = |r: &ResultItem| r.date.clone().unwrap_or_default();
    let summary = format!(
        "{} results from {} to {}. Lowest {} {wanted}, highest {} {wanted}, latest {} {wanted} on {}.",
        points.len(),
        date(points[0].2),
        date(points[points.len() - 1].2),
        number(lowest),
        number(highest),
        number(points[points.len() - 1].1),
        date(points[points.len() - 1].2),
    );
    Some(Trend {
        points: points.iter().map(|p| (x(p.0), y(p.1))).collect(),
        y_labels,
        x_labels,
        summary: summary.replace(" .", "."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::record::{Coded, Verdict};

    fn result(date: &str, milli: Option<i64>, value: &str) -> ResultItem {
        ResultItem {
            what: Coded::default(),
            date: Some(date.into()),
            value: Some(value.into()),
            range: None,
            verdict: Verdict::NoRange,
            explanation: String::new(),
            comment: None,
            sources: vec![],
            sort_key: date.into(),
            id: None,
            test_key: Some("s|1".into()),
            milli,
        }
    }

    #[test]
    fn the_trend_runs_oldest_to_newest_inside_the_box() {
        let results = vec![
            result("2026-11-01", Some(48_000), "48 mmol/mol"),
            result("2025-05-01", Some(41_000), "41 mmol/mol"),
            result("2024-01-01", Some(44_500), "44.5 mmol/mol"),
        ];
        let t = trend(&results).expect("three numbers");
        assert_eq!(t.points.len(), 3);
        assert!(
            t.points.windows(2).all(|w| w[0].0 < w[1].0),
            "left to right in time"
        );
        for (x, y) in &t.points {
            assert!((LEFT_X..=RIGHT_X).contains(x) && (TOP_Y..=BOTTOM_Y).contains(y));
        }
        // Higher values are nearer the top.
        assert!(t.points[2].1 < t.points[1].1);
        assert_eq!(t.x_labels.len(), 2);
        assert!(t
            .summary
            .contains("Lowest 41 mmol/mol, highest 48 mmol/mol, latest 48 mmol/mol"));
    }

    #[test]
    fn no_trend_from_one_number_or_mixed_units() {
        assert!(trend(&[result("2026-11-01", Some(48_000), "48 mmol/mol")]).is_none());
        assert!(trend(&[
            result("2026-11-01", Some(48_000), "48 mmol/mol"),
            result("2025-11-01", Some(6_500), "6.5 %"),
        ])
        .is_none());
        assert!(trend(&[
            result("2026-11-01", None, "Positive"),
            result("2025-11-01", None, "Negative"),
        ])
        .is_none());
    }
}
