//! "Download your data": prepare the file in the background, then save it.

use super::*;
use crate::features::record::{
    api::{get_download, PrepareDownload},
    DownloadState,
};

#[component]
pub fn DownloadPage() -> impl IntoView {
    let prepare = ServerAction::<PrepareDownload>::new();
    let answer = Resource::new(move || prepare.version().get(), |_| get_download());
    view! {
        <PageTitle text="Download your data" />
        <BackLink href="/record" text="Back to your health record" />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>"Download your data"</h1>
                <p>"You can save everything your health and care services hold about you that Front Door can show, as one file. The file is in FHIR, the format health and care systems use to share records, so you can give it to another service or app."</p>
                <Suspense fallback=|| view! { <p>"Checking for your file…"</p> }>
                    {move || Suspend::new(async move {
                        match answer.await {
                            Err(e) => problem(e),
                            Ok(a) if !a.has_nhs_number => view! {
                                <p>"To download your data, we need to know your NHS number and that you are who you say you are."</p>
                                <p><a href="/record">"Find out what to do"</a></p>
                            }.into_any(),
                            Ok(a) => {
                                let limit = a.limit.clone();
                                let button = move |words: &'static str, secondary: bool| view! {
                                    <ActionForm action=prepare>
                                        <button class=if secondary { "nhsuk-button nhsuk-button--secondary" } else { "nhsuk-button" } type="submit">{words}</button>
                                    </ActionForm>
                                };
                                match a.state {
                                    DownloadState::Nothing => view! {
                                        <p>{format!("It can take a minute or two to collect everything from all your services ({limit}). You can leave this page and come back.")}</p>
                                        {button("Prepare my file", false)}
                                    }.into_any(),
                                    DownloadState::Preparing { since } => view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                            <h2 class="nhsuk-heading-m">"Your file is being prepared"</h2>
                                            <p>{format!("We started collecting your data at {since}. It can take a minute or two. You can leave this page and come back.")}</p>
                                        </div>
                                        <p><a href="/record/download">"Check if your file is ready"</a></p>
                                    }.into_any(),
                                    DownloadState::Ready { prepared_at, items, size, missing } => view! {
                                        <h2 class="nhsuk-heading-m">"Your file is ready"</h2>
                                        <p>{format!("Prepared at {prepared_at}: {items} items, {size}.")}</p>
                                        {(!missing.is_empty()).then(|| view! {
                                            <div class="nhsuk-warning-callout">
                                                <h3 class="nhsuk-warning-callout__label">
                                                    <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Some information is not in the file"</span>
                                                </h3>
                                                {missing.into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
                                                <p>"You can prepare the file again later, or ask that service for a copy."</p>
                                            </div>
                                        })}
                                        <DownloadWarning />
                                        <p><a class="nhsuk-button" href="/record/download/file" download="">"Download your file"</a></p>
                                        <p>"The file is kept on our system for a day, then deleted."</p>
                                        {button("Prepare a new file", true)}
                                    }.into_any(),
                                    DownloadState::Failed => view! {
                                        <div class="nhsuk-warning-callout">
                                            <h2 class="nhsuk-warning-callout__label">
                                                <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Your file could not be prepared"</span>
                                            </h2>
                                            <p>"Something went wrong while collecting your data. Nothing was lost. Try again."</p>
                                        </div>
                                        {button("Try again", false)}
                                    }.into_any(),
                                }
                            }
                        }
                    })}
                </Suspense>
            </div>
        </div>
    }
}
