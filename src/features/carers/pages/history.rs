//! "Who has looked at or acted on your record".

use crate::components::{problem, BackLink, PageTitle, TableContainer};
use crate::domain::{t, t_with};
use crate::features::carers::api::get_access_history;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "Who has looked at or acted on your record".
#[component]
pub fn AccessHistoryPage() -> impl IntoView {
    let query = use_query_map();
    let history = Resource::new(move || query.with(|q| q.get("page")), get_access_history);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match history.await {
                    Err(e) => problem(e),
                    Ok(h) => view! {
                        <PageTitle text=t("carer-who-has-looked-at-or") />
                        <BackLink href="/account/people" text=t("carer-back-to-people-who-can") />
                        <h1>{t("carer-who-has-looked-at-or")}</h1>
                        <p>{t("carer-everything-done-in-front-door")}</p>
                        <TableContainer label=t("carer-who-has-looked-at-or")><table class="nhsuk-table">
                            <caption class="nhsuk-table__caption">{t_with("carer-page-of-entries", [("page", (h.page).to_string().into()), ("pages", (h.pages).to_string().into()), ("total", (h.total).to_string().into())])}</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">{t("carer-when")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t("carer-who")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t("carer-acting-as")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t("carer-what")}</th>
                                </tr>
                            </thead>
                            <tbody class="nhsuk-table__body">
                                {h.lines.iter().map(|l| view! {
                                    <tr class="nhsuk-table__row">
                                        <td class="nhsuk-table__cell">{l.when.clone()}</td>
                                        <td class="nhsuk-table__cell">{l.who.clone()}</td>
                                        <td class="nhsuk-table__cell">{l.role.clone()}</td>
                                        <td class="nhsuk-table__cell">{l.what.clone()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table></TableContainer>
                        {(h.pages > 1).then(|| view! {
                            <nav class="nhsuk-pagination" role="navigation" aria-label=t("carer-pagination")>
                                <ul class="nhsuk-list nhsuk-pagination__list">
                                    {(h.page > 1).then(|| view! {
                                        <li class="nhsuk-pagination-item--previous">
                                            <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=format!("/account/access-history?page={}", h.page - 1)>
                                                <span class="nhsuk-pagination__title">{t("carer-newer")}</span>
                                                <span class="nhsuk-u-visually-hidden">":"</span>
                                                <span class="nhsuk-pagination__page">{format!("Page {}", h.page - 1)}</span>
                                            </a>
                                        </li>
                                    })}
                                    {(h.page < h.pages).then(|| view! {
                                        <li class="nhsuk-pagination-item--next">
                                            <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=format!("/account/access-history?page={}", h.page + 1)>
                                                <span class="nhsuk-pagination__title">{t("carer-older")}</span>
                                                <span class="nhsuk-u-visually-hidden">":"</span>
                                                <span class="nhsuk-pagination__page">{format!("Page {}", h.page + 1)}</span>
                                            </a>
                                        </li>
                                    })}
                                </ul>
                            </nav>
                        })}
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
