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
        <PageTitle text=t("rec-download-your-data") />
        <BackLink href="/record" text=t("rec-back-to-your-health-record") />
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <h1>{t("rec-download-your-data")}</h1>
                <p>{t("rec-you-can-save-everything-your")}</p>
                <Suspense fallback=|| view! { <p>{t("rec-checking-for-your-file")}</p> }>
                    {move || Suspend::new(async move {
                        match answer.await {
                            Err(e) => problem(e),
                            Ok(a) if !a.has_nhs_number => view! {
                                <p>{t("rec-to-download-your-data-we")}</p>
                                <p><a href="/record">{t("rec-find-out-what-to-do")}</a></p>
                            }.into_any(),
                            Ok(a) => {
                                let limit = a.limit.clone();
                                let button = move |words: String, secondary: bool| view! {
                                    <ActionForm action=prepare>
                                        <button class=if secondary { "nhsuk-button nhsuk-button--secondary" } else { "nhsuk-button" } type="submit">{words}</button>
                                    </ActionForm>
                                };
                                match a.state {
                                    DownloadState::Nothing => view! {
                                        <p>{t_with("rec-it-can-take-a-minute", [("limit", (limit).to_string().into())])}</p>
                                        {button(t("rec-prepare-my-file"), false)}
                                    }.into_any(),
                                    DownloadState::Preparing { since } => view! {
                                        <div class="nhsuk-inset-text">
                                            <span class="nhsuk-u-visually-hidden">{t("rec-information")}" "</span>
                                            <h2 class="nhsuk-heading-m">{t("rec-your-file-is-being-prepared")}</h2>
                                            <p>{t_with("rec-we-started-collecting-your-data", [("since", (since).to_string().into())])}</p>
                                        </div>
                                        <p><a href="/record/download">{t("rec-check-if-your-file-is")}</a></p>
                                    }.into_any(),
                                    DownloadState::Ready { prepared_at, items, size, missing } => view! {
                                        <h2 class="nhsuk-heading-m">{t("rec-your-file-is-ready")}</h2>
                                        <p>{t_with("rec-prepared-at-items", [("prepared-at", (prepared_at).to_string().into()), ("items", (items).to_string().into()), ("size", (size).to_string().into())])}</p>
                                        {(!missing.is_empty()).then(|| view! {
                                            <div class="nhsuk-warning-callout">
                                                <h3 class="nhsuk-warning-callout__label">
                                                    <span role="text"><span class="nhsuk-u-visually-hidden">{t("rec-important")}" "</span>{t("rec-some-information-is-not-in")}</span>
                                                </h3>
                                                {missing.into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
                                                <p>{t("rec-you-can-prepare-the-file")}</p>
                                            </div>
                                        })}
                                        <DownloadWarning />
                                        <p><a class="nhsuk-button" href="/record/download/file" download="">{t("rec-download-your-file")}</a></p>
                                        <p>{t("rec-the-file-is-kept-on")}</p>
                                        {button(t("rec-prepare-new-file"), true)}
                                    }.into_any(),
                                    DownloadState::Failed => view! {
                                        <div class="nhsuk-warning-callout">
                                            <h2 class="nhsuk-warning-callout__label">
                                                <span role="text"><span class="nhsuk-u-visually-hidden">{t("rec-important")}" "</span>{t("rec-your-file-could-not-be")}</span>
                                            </h2>
                                            <p>{t("rec-something-went-wrong-while-collecting")}</p>
                                        </div>
                                        {button(t("rec-try-again"), false)}
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
