//! Easy Read: short sentences, one idea a line, a simple picture beside the
//! words, large text. The pictures are drawn here for Front Door (simple
//! shapes, public domain like the rest of the code's own work); the words
//! always carry the meaning, so screen readers skip the pictures.

use crate::domain::{t, Choice, Reading};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The pictures Easy Read lines use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// A front door: the service itself.
    Door,
    /// A page with lines of writing: a health record, a letter.
    Record,
    /// A calendar page: an appointment.
    Calendar,
    /// A speech bubble: asking for help, a message.
    Message,
    /// A telephone.
    Phone,
    /// A telephone with 999 on it.
    Phone999,
    /// A telephone with 111 on it.
    Phone111,
    /// An ambulance.
    Ambulance,
    /// A hospital building with an H.
    Hospital,
    /// A heart: feelings, mental health.
    Heart,
    /// A key: signing in.
    Key,
    /// A computer screen.
    Computer,
    /// A person.
    Person,
    /// Two people: someone who helps.
    Helper,
    /// A tablet (medicine).
    Medicine,
    /// A warning triangle: an allergy, something to take care with.
    Warning,
    /// A clock: time.
    Clock,
    /// A map pin: a place.
    Place,
    /// A question mark: questions.
    Question,
    /// A tick: done.
    Tick,
}

/// The choice for the pages that have an Easy Read version (the person's
/// cookie, read by the server for this request).
pub fn easy_read() -> bool {
    Reading::current().is_easy()
}

/// A clear link at the top of each page that has an Easy Read version: to it,
/// or back to the usual words. The choice is remembered.
#[component]
pub fn EasyReadSwitch() -> impl IntoView {
    let reading = Reading::current();
    let location = use_location();
    let href = move || reading.other().href(&location.pathname.get());
    let text = match reading {
        Reading::Standard => t("easy-read-switch-to-easy"),
        Reading::Easy => t("easy-read-switch-to-standard"),
    };
    view! {
        <p class="app-easy-read-switch">
            <a href=href>
                <PictureSvg picture=Picture::Record />
                <span>{text}</span>
            </a>
        </p>
    }
}

/// Easy Read lines, in large text.
#[component]
pub fn EasyRead(children: Children) -> impl IntoView {
    view! { <div class="app-easy-read">{children()}</div> }
}

/// One idea: a picture and a short sentence or two beside it.
#[component]
pub fn EasyLine(picture: Picture, children: Children) -> impl IntoView {
    view! {
        <div class="app-easy-read__line">
            <PictureSvg picture />
            <div class="app-easy-read__words">{children()}</div>
        </div>
    }
}

/// The picture as inline SVG (64 × 64), hidden from screen readers.
#[component]
pub fn PictureSvg(picture: Picture) -> impl IntoView {
    let shapes = match picture {
        Picture::Door => view! {
            <rect x="16" y="6" width="32" height="52" rx="2" />
            <rect x="22" y="12" width="20" height="16" rx="1" />
            <circle cx="41" cy="36" r="2.5" class="app-picture__fill" />
            <path d="M8 58h48" />
        }
        .into_any(),
        Picture::Record => view! {
            <path d="M14 6h26l10 10v42H14z" />
            <path d="M40 6v10h10" />
            <path d="M21 26h22M21 34h22M21 42h22M21 50h14" />
        }
        .into_any(),
        Picture::Calendar => view! {
            <rect x="8" y="12" width="48" height="44" rx="3" />
            <path d="M8 24h48M20 6v12M44 6v12" />
            <rect x="16" y="32" width="8" height="8" class="app-picture__fill" />
            <path d="M30 36h8M44 36h4M16 48h8M30 48h8" />
        }
        .into_any(),
        Picture::Message => view! {
            <path d="M8 10h48v32H28l-12 12V42H8z" />
            <path d="M18 22h28M18 30h18" />
        }
        .into_any(),
        Picture::Phone => phone("").into_any(),
        Picture::Phone999 => phone("999").into_any(),
        Picture::Phone111 => phone("111").into_any(),
        Picture::Ambulance => view! {
            <path d="M4 44V18h32v26M36 26h12l10 10v8H36" />
            <path d="M4 44h54" />
            <circle cx="16" cy="48" r="5" class="app-picture__white" />
            <circle cx="46" cy="48" r="5" class="app-picture__white" />
            <path d="M20 24v14M13 31h14" class="app-picture__red" />
        }
        .into_any(),
        Picture::Hospital => view! {
            <path d="M6 58V20h52v38" />
            <path d="M2 58h60" />
            <rect x="26" y="42" width="12" height="16" />
            <path d="M24 26v12M40 26v12M24 32h16" class="app-picture__thick" />
        }
        .into_any(),
        Picture::Heart => view! {
            <path d="M32 54 10 32a12 12 0 0 1 22-16 12 12 0 0 1 22 16z" />
        }
        .into_any(),
        Picture::Key => view! {
            <circle cx="20" cy="32" r="11" />
            <circle cx="20" cy="32" r="3" class="app-picture__fill" />
            <path d="M31 32h27M50 32v9M42 32v7" />
        }
        .into_any(),
        Picture::Computer => view! {
            <rect x="6" y="8" width="52" height="34" rx="2" />
            <path d="M26 42v8M38 42v8M18 54h28" />
        }
        .into_any(),
        Picture::Person => view! {
            <circle cx="32" cy="18" r="10" />
            <path d="M12 58c0-14 9-22 20-22s20 8 20 22" />
        }
        .into_any(),
        Picture::Helper => view! {
            <circle cx="20" cy="20" r="8" />
            <path d="M4 56c0-12 7-19 16-19s16 7 16 19" />
            <circle cx="44" cy="20" r="8" />
            <path d="M28 56c0-12 7-19 16-19s16 7 16 19" />
        }
        .into_any(),
        Picture::Medicine => view! {
            <rect x="8" y="22" width="48" height="20" rx="10" transform="rotate(-35 32 32)" />
            <path d="M26 22l12 20" />
        }
        .into_any(),
        Picture::Warning => view! {
            <path d="M32 6 60 56H4z" />
            <path d="M32 24v16" class="app-picture__thick" />
            <circle cx="32" cy="48" r="2.5" class="app-picture__fill" />
        }
        .into_any(),
        Picture::Clock => view! {
            <circle cx="32" cy="32" r="25" />
            <path d="M32 16v16l11 7" />
        }
        .into_any(),
        Picture::Place => view! {
            <path d="M32 58S12 36 12 24a20 20 0 0 1 40 0c0 12-20 34-20 34z" />
            <circle cx="32" cy="24" r="7" />
        }
        .into_any(),
        Picture::Question => view! {
            <circle cx="32" cy="32" r="25" />
            <path d="M24 25a8 8 0 1 1 11 7c-2 1-3 3-3 5v3" />
            <circle cx="32" cy="47" r="2.5" class="app-picture__fill" />
        }
        .into_any(),
        Picture::Tick => view! {
            <circle cx="32" cy="32" r="25" />
            <path d="M20 33l8 8 16-17" class="app-picture__thick" />
        }
        .into_any(),
    };
    view! {
        <svg class="app-picture" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
            {shapes}
        </svg>
    }
}

/// A telephone handset with the number (if any) written beside it.
fn phone(number: &'static str) -> impl IntoView {
    view! {
        <path d="M10 8h12l4 12-7 5a30 30 0 0 0 14 14l5-7 12 4v12c0 3-3 5-6 5C26 53 7 34 7 13c0-3 2-5 3-5z" />
        {(!number.is_empty()).then(|| view! {
            <text x="62" y="20" text-anchor="end" class="app-picture__text">{number}</text>
        })}
    }
}
