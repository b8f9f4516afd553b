//! "Who has looked at or acted on your record".

use crate::components::{problem, BackLink, PageTitle, TableContainer};
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
                        <PageTitle text="Who has looked at or acted on your record" />
                        <BackLink href="/account/people" text="Back to people who can act for you" />
                        <h1>"Who has looked at or acted on your record"</h1>
                        <p>"Everything done in Front Door with your record, appointments and requests, by you and by anyone acting for you, newest first. Your GP surgery and other services keep their own records of who looked at your information in their systems."</p>
                        <TableContainer label="Who has looked at or acted on your record"><table class="nhsuk-table">
                            <caption class="nhsuk-table__caption">{format!("Page {} of {} ({} entries)", h.page, h.pages, h.total)}</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">"When"</th>
                                    <th class="nhsuk-table__header" scope="col">"Who"</th>
                                    <th class="nhsuk-table__header" scope="col">"Acting as"</th>
                                    <th class="nhsuk-table__header" scope="col">"What"</th>
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
                            <nav class="nhsuk-pagination" role="navigation" aria-label="Pagination">
                                <ul class="nhsuk-list nhsuk-pagination__list">
                                    {(h.page > 1).then(|| view! {
                                        <li class="nhsuk-pagination-item--previous">
                                            <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=format!("/account/access-history?page={}", h.page - 1)>
                                                <span class="nhsuk-pagination__title">"Newer"</span>
                                                <span class="nhsuk-u-visually-hidden">":"</span>
                                                <span class="nhsuk-pagination__page">{format!("Page {}", h.page - 1)}</span>
                                            </a>
                                        </li>
                                    })}
                                    {(h.page < h.pages).then(|| view! {
                                        <li class="nhsuk-pagination-item--next">
                                            <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=format!("/account/access-history?page={}", h.page + 1)>
                                                <span class="nhsuk-pagination__title">"Older"</span>
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
