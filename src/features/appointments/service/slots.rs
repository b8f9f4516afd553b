//! Free times for a need across the providers that offer it (or that a
//! triage outcome opened).

use super::*;

/// A free slot with the details of its clinic.
pub(super) struct FreeSlot {
    pub(super) provider: usize,
    pub(super) slot_id: String,
    pub(super) start: i64,
    pub(super) end: Option<i64>,
    pub(super) place: String,
    pub(super) with: Option<String>,
    pub(super) how: Option<String>,
    pub(super) prepare: Option<String>,
    pub(super) what: String,
}

/// The clinic details a schedule gives its slots.
pub(super) struct Clinic {
    pub(super) place: Option<String>,
    pub(super) with: Option<String>,
    pub(super) prepare: Option<String>,
}

pub(super) fn clinic(s: &fhir::Schedule) -> Clinic {
    let place = s
        .actor
        .iter()
        .find(|a| {
            a.reference
                .as_deref()
                .is_some_and(|r| r.starts_with("Location/"))
        })
        .and_then(|a| a.display.clone());
    let with = s
        .actor
        .iter()
        .find(|a| {
            !a.reference
                .as_deref()
                .is_some_and(|r| r.starts_with("Location/"))
        })
        .and_then(|a| a.display.clone());
    Clinic {
        place,
        with,
        prepare: s.comment.clone(),
    }
}

pub(super) fn free_slot(
    index: usize,
    provider: &ProviderConfig,
    offer: &Offer,
    slot: &fhir::Slot,
    clinic: Option<&Clinic>,
    now: i64,
) -> Option<FreeSlot> {
    let slot_id = slot.id.clone().filter(|id| valid_id(id))?;
    let start = slot.start.as_deref().and_then(parse_instant)?;
    if start <= now
        || slot.status.as_deref() != Some("free")
        || !offers_type(offer, &slot.service_type)
    {
        return None;
    }
    Some(FreeSlot {
        provider: index,
        slot_id,
        start,
        end: slot.end.as_deref().and_then(parse_instant),
        place: clinic
            .and_then(|c| c.place.clone())
            .unwrap_or_else(|| provider.name.clone()),
        with: clinic.and_then(|c| c.with.clone()),
        how: how(delivery_channel(&slot.extension)),
        prepare: clinic.and_then(|c| c.prepare.clone()),
        what: slot
            .service_type
            .iter()
            .find_map(words)
            .unwrap_or_else(|| "Appointment".into()),
    })
}

/// Free slots for one offer between `from` and `to`, from one provider.
pub(super) async fn free_slots(
    state: &AppState,
    offer: &Offer,
    from: i64,
    to: i64,
    now: i64,
) -> Result<Vec<FreeSlot>, Failure> {
    let Some(index) = state.gateway.index_of(&offer.provider) else {
        return Err(Failure::Unreachable);
    };
    let provider = &state.gateway.providers[index];
    let query = format!(
        "Slot?status=free&service-type={}&start=ge{}&start=lt{}&_include=Slot:schedule&_count=100",
        urlencode(&format!(
            "{}|{}",
            offer.service_type.system, offer.service_type.code
        )),
        urlencode(&instant(from)),
        urlencode(&instant(to)),
    );
    let found = state.gateway.search_at(index, &query).await?;
    let mut schedules = BTreeMap::new();
    let mut slots = Vec::new();
    for value in found.resources {
        match value.get("resourceType").and_then(Value::as_str) {
            Some(fhir::Schedule::TYPE) => {
                if let Ok(s) = resource_from_value::<fhir::Schedule>(value) {
                    if let Some(id) = s.id.clone() {
                        schedules.insert(format!("Schedule/{id}"), clinic(&s));
                    }
                }
            }
            Some(fhir::Slot::TYPE) => {
                if let Ok(s) = resource_from_value::<fhir::Slot>(value) {
                    slots.push(s);
                }
            }
            _ => {}
        }
    }
    Ok(slots
        .iter()
        .filter_map(|s| {
            let c = s
                .schedule
                .as_ref()
                .and_then(|r| r.reference.as_deref())
                .and_then(|r| schedules.get(r));
            free_slot(index, provider, offer, s, c, now)
        })
        .filter(|s| s.start < to)
        .collect())
}

/// The first day of a fortnight's window: today, or a later date the resident asked for.
pub fn window_start(today: Date, asked: Option<&str>) -> Date {
    let asked = asked.and_then(|s| {
        Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()
    });
    match asked {
        Some(d) if d > today && d <= today + time::Duration::days(MAX_DAYS_AHEAD) => d,
        _ => today,
    }
}

/// The booking an opening (`triage`: the key of the sent online request that
/// opened it) allows now for this need: never when changing an existing time.
pub(super) async fn after_triage(
    state: &AppState,
    acting: Acting,
    need_id: &str,
    triage: Option<&str>,
    changing: Option<(&str, &str)>,
) -> Result<Option<Opening>, AppError> {
    let (Some(key), None) = (triage, changing) else {
        return Ok(None);
    };
    if !valid_key(key) {
        return Ok(None);
    }
    let now = state.clock.now_unix();
    Ok(openings::get(&state.db, key, acting.subject)
        .await?
        .filter(|o| o.need_id == need_id && o.is_open(uk_local(now).date(), now)))
}

/// Free times for a need across every provider that offers it, grouped by day and place.
/// When `changing` is given, only its provider's times for its type are shown.
pub async fn slots(
    state: &AppState,
    acting: Acting,
    need_id: &str,
    from: Option<&str>,
    changing: Option<(&str, &str)>,
    triage: Option<&str>,
) -> Result<Option<SlotsPage>, AppError> {
    let Some(need) = state.settings::<Catalogue>().need(need_id) else {
        return Ok(None);
    };
    let account = audited_subject(state, acting, AuditAction::SlotsSearched, "slots").await?;
    let now = state.clock.now_unix();
    let today = uk_local(now).date();
    let window = after_triage(state, acting, need_id, triage, changing).await?;
    // After triage, the times run from now to the end of the outcome's time.
    let (first, last) = match &window {
        Some(w) => (today, w.last_day + time::Duration::days(1)),
        None => {
            let first = window_start(today, from);
            (first, first + time::Duration::days(WINDOW_DAYS))
        }
    };
    let old = match changing {
        Some((provider_id, id)) => match open(state, &account, provider_id, id).await? {
            Ok(o) if o.view.upcoming => Some(o.view),
            _ => return Ok(None),
        },
        None => None,
    };
    let bookable: Vec<&Offer> = need
        .offers
        .iter()
        .filter(|o| match &window {
            Some(w) => o.provider == w.provider_id,
            None => o.online == Online::Book,
        })
        .filter(|o| old.as_ref().is_none_or(|v| v.provider_id == o.provider))
        .collect();
    let after_triage: Vec<OtherRoute> = if bookable.is_empty() {
        need.offers
            .iter()
            .filter_map(|o| {
                let i = state.gateway.index_of(&o.provider)?;
                Some(OtherRoute {
                    provider: state.gateway.providers[i].name.clone(),
                    phone: o.phone.clone(),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    // Only where the provider knows the person: a time at a provider with no record
    // of them could be chosen but never booked. (A provider that cannot be asked
    // just now stays, and its problem is shown with its times.)
    let mut known_here = Vec::with_capacity(bookable.len());
    for offer in bookable {
        if let Some(index) = state.gateway.index_of(&offer.provider) {
            if matches!(patient_at(state, &account, index).await, Ok(None)) {
                continue;
            }
        }
        known_here.push(offer);
    }
    let bookable = known_here;
    let start_of = |d: Date| crate::domain::uk_time::uk_wall_clock(d, 0, 0).unix_timestamp();
    let (from_unix, to_unix) = (start_of(first).max(now), start_of(last));
    let results = futures::future::join_all(
        bookable
            .iter()
            .map(|o| free_slots(state, o, from_unix, to_unix, now)),
    )
    .await;
    let mut found = Vec::new();
    let mut not_answering = Vec::new();
    for (offer, result) in bookable.iter().zip(results) {
        match result {
            Ok(s) => found.extend(s),
            Err(_) => {
                let name = state
                    .gateway
                    .index_of(&offer.provider)
                    .map(|i| state.gateway.providers[i].name.clone())
                    .unwrap_or_default();
                if !not_answering.contains(&name) {
                    not_answering.push(name);
                }
            }
        }
    }
    found.sort_by(|a, b| (a.start, &a.place).cmp(&(b.start, &b.place)));
    let mut days: Vec<DayTimes> = Vec::new();
    for s in found {
        let day = day_with_weekday(s.start);
        if days.last().is_none_or(|d| d.day != day) {
            days.push(DayTimes {
                day: day.clone(),
                places: Vec::new(),
            });
        }
        let Some(d) = days.last_mut() else { continue };
        let provider = &state.gateway.providers[s.provider];
        let place = match d
            .places
            .iter_mut()
            .position(|p| p.place == s.place && p.source == provider.name)
        {
            Some(i) => &mut d.places[i],
            None => {
                d.places.push(PlaceTimes {
                    place: s.place.clone(),
                    source: provider.name.clone(),
                    with: s.with.clone(),
                    how: s.how.clone(),
                    minutes: s.end.map(|e| (e - s.start) / 60),
                    times: Vec::new(),
                });
                let n = d.places.len() - 1;
                &mut d.places[n]
            }
        };
        let time = clock_time(s.start);
        place.times.push(SlotChoice {
            value: format!("{}~{}", provider.id, s.slot_id),
            label: format!("{time} at {}", s.place),
            time,
        });
    }
    let iso = |d: Date| d.to_string();
    Ok(Some(SlotsPage {
        need: need_view(need),
        after_triage,
        days,
        from_label: long_date(first),
        to_label: long_date(last - time::Duration::days(1)),
        earlier: (window.is_none() && first > today)
            .then(|| iso((first - time::Duration::days(WINDOW_DAYS)).max(today))),
        later: (window.is_none() && last < today + time::Duration::days(MAX_DAYS_AHEAD))
            .then(|| iso(last)),
        from: iso(first),
        not_answering,
        changing: old,
        triage: window.and(triage.map(str::to_string)),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_starts_today_unless_a_later_date_within_reach_is_asked_for() {
        let today = Date::from_calendar_date(2026, time::Month::November, 22).unwrap();
        assert_eq!(window_start(today, None), today);
        assert_eq!(window_start(today, Some("2026-11-01")), today);
        assert_eq!(window_start(today, Some("nonsense")), today);
        assert_eq!(
            window_start(today, Some("2026-12-06")).to_string(),
            "2026-12-06"
        );
        assert_eq!(window_start(today, Some("2027-06-01")), today);
    }
}
