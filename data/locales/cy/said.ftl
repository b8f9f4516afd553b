# Geiriau y mae'r gwasanaethau'n eu dweud, a ddangosir ar dudalennau: gwallau ffurflenni,
# statws, beth a wnaed. Peiriant a gyfieithodd hwn: rhaid i gyfieithydd cymwys ei adolygu.

## Yr hanes mynediad: beth a wnaed

hist-record-viewed-test-results = Edrych ar ganlyniadau profion
hist-record-viewed-letters = Edrych ar lythyrau
hist-record-viewed = Edrych ar y cofnod iechyd
hist-record-downloaded = Lawrlwytho'r cofnod iechyd
hist-appointments-viewed = Edrych ar apwyntiadau
hist-appointment-viewed = Edrych ar apwyntiad
hist-slots-searched = Chwilio am amseroedd apwyntiad
hist-slot-chosen = Dewis amser apwyntiad
hist-booking-viewed = Gwirio apwyntiad cyn ei drefnu
hist-booking-confirmed = Cadarnhau trefnu apwyntiad
hist-appointment-booked = Trefnu apwyntiad
hist-appointment-not-booked = Ceisio trefnu apwyntiad (heb ei drefnu)
hist-appointment-changed = Newid apwyntiad
hist-cancel-requested = Gofyn i ganslo apwyntiad
hist-appointment-cancelled = Canslo apwyntiad
hist-calendar-downloaded = Ychwanegu apwyntiad at galendr
hist-triage-started = Dechrau gofyn am help
hist-triage-red-flag = Cael gwybod am gael help brys
hist-triage-outcome-shown = Cael gweld beth i'w wneud nesaf
hist-triage-sent = Anfon cais am help i'r feddygfa
hist-triage-not-sent = Ceisio anfon cais am help (heb ei anfon)
hist-triage-discarded = Dileu drafft o gais am help
hist-triage-request-viewed = Edrych ar gais am help
hist-triage-requests-viewed = Edrych ar geisiadau am help
hist-acting-for-chosen = Dewis gweithredu ar eich rhan
hist-acting-refused = Gwrthodwyd mynediad
hist-identity-level-too-low = Gwrthodwyd mynediad (hunaniaeth heb ei phrofi digon)
hist-proxy-invited = Gwahodd rhywun i weithredu ar eich rhan
hist-proxy-invitation-withdrawn = Tynnu gwahoddiad yn ôl
hist-proxy-invitation-accepted = Derbyn eich gwahoddiad i weithredu ar eich rhan
hist-proxy-invitation-refused = Ceisio derbyn gwahoddiad (gwrthodwyd)
hist-proxy-access-changed = Newid beth y gall rhywun ei wneud ar eich rhan
hist-proxy-access-ended = Dod â mynediad rhywun i weithredu ar eich rhan i ben
hist-proxy-access-from-practice = Cofnodi rhywun a all weithredu ar eich rhan
hist-access-history-viewed = Edrych ar yr hanes hwn
hist-help-agreed = Cytuno i help gan helpwr mewn man help
hist-help-declined = Peidio â chytuno i help gan helpwr
hist-help-ended = Dod â sesiwn help i ben
hist-helper-code-made = Gwneud cod i helpwr
hist-helper-code-used = Defnyddio eich cod i ddechrau eich helpu
hist-account-details-viewed = Edrych ar fanylion y cyfrif
hist-signed-in = Mewngofnodi
hist-signed-out = Allgofnodi
hist-sign-in-failed = Methodd mewngofnodi
hist-sign-in-throttled = Cafodd mewngofnodi ei oedi ar ôl gormod o gynigion
hist-session-timed-out = Cafodd ei allgofnodi ar ôl cyfnod heb weithgarwch
hist-stayed-signed-in = Dewis aros wedi mewngofnodi
hist-account-created = Creu'r cyfrif
hist-nhs-login-linked = Cysylltu NHS login
hist-nhs-login-refused = Gwrthodwyd mewngofnodi gydag NHS login
hist-identity-level-changed = Newidiodd lefel yr hunaniaeth
hist-two-step-turned-on = Troi mewngofnodi dau gam ymlaen
hist-two-step-turned-off = Troi mewngofnodi dau gam i ffwrdd
hist-recovery-codes-made = Gwneud codau adfer newydd
hist-gp-linkage-verified = Profi hunaniaeth gyda manylion gan y feddygfa
hist-gp-linkage-refused = Nid oedd manylion y feddygfa'n cyfateb

# features/carers/service/history.rs
hist-you = Chi
hist-your-gp-surgery = Eich meddygfa

# platform/acting.rs
role-yourself = Chi eich hun
role-carer = Gofalwr
role-parent = Rhiant
role-lasting-power-of-attorney = Atwrneiaeth arhosol
role-court-appointed-deputy = Dirprwy a benodwyd gan y llys
role-helper-with-you-at-a = Helpwr, gyda chi mewn man help

scope-their-own-account-details = Manylion eu cyfrif eu hunain
scope-see-the-health-record-summary = Gweld crynodeb y cofnod iechyd
scope-see-test-results-and-letters = Gweld canlyniadau profion a llythyrau
scope-see-and-manage-appointments = Gweld a rheoli apwyntiadau
scope-ask-for-help-from-the = Gofyn i'r feddygfa am help a gweld ceisiadau

# platform/proxies.rs
proxy-by-you = Gennych chi
proxy-by-your-gp-surgery-parental = Gan eich meddygfa (cyfrifoldeb rhiant)
proxy-by-your-gp-surgery-lasting = Gan eich meddygfa (atwrneiaeth arhosol)
proxy-by-your-gp-surgery-deputy = Gan eich meddygfa (dirprwy a benodwyd gan y Llys Gwarchod)

# platform/assisted.rs
ended-ended-by-the-person-helped = Daeth i ben gan y person a gafodd help
ended-ended-by-you = Daeth i ben gennych chi
ended-reached-the-agreed-time = Cyrhaeddodd yr amser a gytunwyd
ended-ended-after-no-activity = Daeth i ben ar ôl dim gweithgarwch
ended-the-person-did-not-agree = Ni chytunodd y person
ended-cancelled-before-they-joined = Canslwyd cyn iddynt ymuno
ended-ended-when-your-account-was = Daeth i ben pan ataliwyd eich cyfrif
ended-ended = Daeth i ben

# features/record/mod.rs
record-your-health-record = Eich cofnod iechyd
record-health-problems = Problemau iechyd
record-medicines = Meddyginiaethau
record-allergies-and-reactions = Alergeddau ac adweithiau
record-vaccinations = Brechiadau
record-test-results = Canlyniadau profion
record-letters-and-documents = Llythyrau a dogfennau
record-timeline-of-care = Llinell amser gofal
record-your-health-record-summary = Crynodeb o'ch cofnod iechyd

# features/triage/service/list.rs
status-sent-to-your-surgery = Wedi'i anfon i'ch meddygfa
status-received-by-your-surgery = Wedi'i dderbyn gan eich meddygfa
status-accepted = Wedi'i dderbyn
status-being-dealt-with = Yn cael sylw
status-completed = Wedi'i gwblhau
status-closed = Wedi'i gau
status-not-accepted = Heb ei dderbyn
status-could-not-be-completed = Nid oedd modd ei gwblhau

# features/helpers/service.rs
staff-not-set-up-yet = Heb ei sefydlu eto
staff-active = Gweithredol
staff-suspended = Wedi'i atal

done-sent-a-request-to-the = Anfon cais i'r feddygfa
done-looked-at-requests = Edrych ar geisiadau

status-checking-with-your-surgery = Yn gwirio gyda'ch meddygfa

# domain/nhs_number.rs
say-form-nhs-number-only-numbers = Rhaid i rif GIG gynnwys rhifau a bylchau yn unig
say-form-nhs-number-10-numbers = Rhaid i rif GIG fod yn 10 rhif
say-form-enter-a-valid-nhs-number = Rhowch rif GIG dilys. Gallwch ddod o hyd iddo ar lythyr gan eich meddyg teulu neu yn yr NHS App

# domain/person.rs
say-form-enter-your-full-name = Rhowch eich enw llawn
say-form-full-name-must-be-200 = Rhaid i'r enw llawn fod yn 200 nod neu lai
say-form-full-name-must-only-include = Rhaid i'r enw llawn gynnwys llythrennau, bylchau, cysylltnodau a chollnodau yn unig
say-form-enter-your-email-address = Rhowch eich cyfeiriad e-bost
say-form-enter-an-email-address-in = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
say-form-enter-a-password = Rhowch gyfrinair
say-form-password-must-be-8-characters = Rhaid i'r cyfrinair fod yn 8 nod neu fwy
say-form-password-must-be-128-characters = Rhaid i'r cyfrinair fod yn 128 nod neu lai
say-form-enter-your-date-of-birth = Rhowch eich dyddiad geni
say-form-date-of-birth-must-include = Rhaid i'r dyddiad geni gynnwys diwrnod
say-form-date-of-birth-must-include-2 = Rhaid i'r dyddiad geni gynnwys mis
say-form-date-of-birth-must-include-3 = Rhaid i'r dyddiad geni gynnwys blwyddyn
say-form-date-of-birth-must-be = Rhaid i'r dyddiad geni fod yn ddyddiad go iawn
say-form-year-must-include-4-numbers = Rhaid i'r flwyddyn gynnwys 4 rhif
say-form-date-of-birth-must-be-2 = Rhaid i'r dyddiad geni fod yn y gorffennol
say-form-date-of-birth-must-be-3 = Rhaid i'r dyddiad geni fod ar ôl 1900

# features/account/api.rs
say-acct-enter-your-password = Rhowch eich cyfrinair
say-acct-enter-a-correct-email-address = Rhowch gyfeiriad e-bost a chyfrinair cywir
say-acct-your-sign-in-took-too = Cymerodd eich mewngofnodi ormod o amser. Mewngofnodwch eto
say-acct-enter-the-security-code-from = Rhowch y cod diogelwch o'ch ap dilysu
say-acct-the-security-code-is-not = Nid yw'r cod diogelwch yn gywir. Rhowch y cod 6 digid y mae eich ap yn ei ddangos nawr, neu un o'ch codau adfer
say-acct-enter-the-6-digit-code = Rhowch y cod 6 digid y mae eich ap dilysu yn ei ddangos
say-acct-the-code-is-not-right = Nid yw'r cod yn gywir. Gwiriwch yr allwedd yn eich ap a rhowch y cod y mae'n ei ddangos nawr

# features/account/gp_linkage.rs
say-acct-enter-your-gp-surgerys-ods = Rhowch god ODS eich meddygfa
say-acct-enter-the-account-id-from = Rhowch yr ID cyfrif gan eich meddygfa
say-acct-enter-the-linkage-key-from = Rhowch yr allwedd gysylltu gan eich meddygfa
say-acct-we-do-not-know-a = Nid ydym yn gwybod am feddygfa gyda'r cod ODS hwn. Gwiriwch y cod ar y llythyr gan eich meddygfa
say-acct-we-could-not-check-these = Nid oeddem yn gallu gwirio'r manylion hyn gyda'ch meddygfa ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen
say-acct-these-details-do-not-match = Nid yw'r manylion hyn yn cyfateb i'r hyn sydd gan eich meddygfa. Gwiriwch yr ID cyfrif a'r allwedd gysylltu ar y llythyr gan eich meddygfa

# features/account/nhs_login/service.rs
say-acct-you-already-have-a-front = Mae gennych gyfrif Front Door eisoes gyda'r cyfeiriad e-bost y mae eich NHS login yn ei ddefnyddio. Mewngofnodwch gyda'ch cyfeiriad e-bost a'ch cyfrinair, yna cysylltwch NHS login â'ch cyfrif o 'Eich hunaniaeth'
say-acct-this-nhs-login-is-already = Mae'r NHS login hwn eisoes wedi'i gysylltu â chyfrif Front Door arall. Mewngofnodwch gydag NHS login i ddefnyddio'r cyfrif hwnnw, neu cysylltwch â ni os ydych yn meddwl bod hyn yn anghywir
say-acct-your-front-door-account-is = Mae eich cyfrif Front Door eisoes wedi'i gysylltu ag NHS login gwahanol. Mewngofnodwch gyda'r NHS login hwnnw

# features/account/service.rs
say-acct-you-must-be-16-or = Rhaid i chi fod yn 16 oed neu'n hŷn i gofrestru. Os ydych o dan 16, gall rhiant neu warcheidwad gael help i chi: maent yn mewngofnodi i'w cyfrif Front Door eu hunain ac yn eich dewis o dan 'Ar gyfer pwy rydych yn defnyddio Front Door?'
say-acct-choose-a-password-that-is = Dewiswch gyfrinair sy'n anoddach ei ddyfalu. Mae'r un hwn ar restr o gyfrineiriau cyffredin
say-acct-your-password-must-not-be = Ni ddylai eich cyfrinair fod yn gyfeiriad e-bost i chi
say-acct-an-account-with-this-email = Mae cyfrif gyda'r cyfeiriad e-bost hwn yn bodoli eisoes. Mewngofnodwch, neu defnyddiwch gyfeiriad e-bost gwahanol

# features/appointments/api.rs
say-appt-select-what-you-need-an = Dewiswch ar gyfer beth mae angen apwyntiad arnoch
say-appt-that-time-has-just-been = Mae'r amser hwnnw newydd gael ei gymryd. Dewiswch amser arall
say-appt-this-appointment-cannot-be-cancelled = Nid oes modd canslo'r apwyntiad hwn ar-lein gan ei fod eisoes wedi digwydd
say-appt-we-could-not-cancel-your = Nid oeddem yn gallu canslo eich apwyntiad ar hyn o bryd. Mae'r apwyntiad hwn gennych o hyd. Rhowch gynnig arall arni mewn ychydig funudau, neu cysylltwch â'r gwasanaeth

# features/appointments/calendar.rs
say-appt-we-could-not-find-that = Nid oeddem yn gallu dod o hyd i'r apwyntiad hwnnw
say-appt-we-could-not-get-this = Nid oeddem yn gallu cael yr apwyntiad hwn ar hyn o bryd. Rhowch gynnig arall arni mewn ychydig funudau

# features/appointments/service/booking.rs
say-appt-select-a-time-for-your = Dewiswch amser ar gyfer eich apwyntiad
say-appt-select-one-of-the-times = Dewiswch un o'r amseroedd a ddangosir
say-appt-we-could-not-check-your = Nid oeddem yn gallu gwirio eich apwyntiad ar hyn o bryd. Rhowch gynnig arall arni mewn ychydig funudau

# features/appointments/service/cancel.rs
say-appt-select-why-you-are-cancelling = Dewiswch pam rydych yn canslo'r apwyntiad hwn

# features/carers/service/invitations.rs
say-carer-this-invitation-link-is-not = Nid yw'r ddolen wahoddiad hon yn gywir. Gofynnwch i'r person a'ch gwahoddodd ei hanfon eto.
say-carer-this-invitation-was-withdrawn-by = Cafodd y gwahoddiad hwn ei dynnu'n ôl gan y person a'i hanfonodd. Gofynnwch iddynt eich gwahodd eto os ydynt am i chi weithredu ar eu rhan.
say-carer-this-invitation-has-already-been = Mae'r gwahoddiad hwn wedi'i ddefnyddio eisoes. Dim ond unwaith y gellir defnyddio pob gwahoddiad.
say-carer-this-invitation-has-expired-invitations = Mae'r gwahoddiad hwn wedi dod i ben. Mae gwahoddiadau'n para 7 diwrnod. Gofynnwch i'r person a'ch gwahoddodd anfon un newydd.
say-carer-you-cannot-accept-an-invitation = Ni allwch dderbyn gwahoddiad a anfonoch eich hun.
say-carer-this-invitation-was-sent-to = Cafodd y gwahoddiad hwn ei anfon at rywun arall. Mewngofnodwch gyda'r cyfrif ar gyfer y cyfeiriad e-bost yr anfonwyd y gwahoddiad ato.
say-carer-to-act-for-someone-else = I weithredu ar ran rhywun arall, mae angen i chi brofi pwy ydych yn gyntaf. Ewch i'ch tudalen hunaniaeth i brofi pwy ydych, yna agorwch y ddolen wahoddiad eto.
say-carer-to-act-for-someone-else-2 = I weithredu ar ran rhywun arall, mewngofnodwch gydag NHS login, neu trowch fewngofnodi dau gam ymlaen ar gyfer eich cyfrif Front Door a mewngofnodwch eto gyda chod diogelwch. Yna agorwch y ddolen wahoddiad eto.

# features/carers/service/mod.rs
say-carer-select-who-you-are-using = Dewiswch ar gyfer pwy rydych yn defnyddio Front Door

# features/carers/service/people.rs
say-carer-to-let-someone-act-for = I adael i rywun weithredu ar eich rhan, mae angen i chi brofi pwy ydych gyda dogfen adnabod â llun yn gyntaf.
say-carer-to-let-someone-act-for-2 = I adael i rywun weithredu ar eich rhan, mewngofnodwch gydag NHS login, neu gyda'ch cyfrinair a chod diogelwch.
say-carer-you-need-to-be-16 = Mae angen i chi fod yn 16 oed neu'n hŷn i adael i rywun weithredu ar eich rhan. Gall eich meddygfa helpu.
say-carer-select-what-they-can-do = Dewiswch beth y gallant ei wneud ar eich rhan
say-carer-enter-the-date-their-access = Rhowch y dyddiad y daw eu mynediad i ben
say-carer-the-date-their-access-ends = Rhaid i'r dyddiad y daw eu mynediad i ben fod yn ddyddiad go iawn
say-carer-the-date-their-access-ends-2 = Rhaid i'r dyddiad y daw eu mynediad i ben fod yn y dyfodol
say-carer-enter-the-full-name-of = Rhowch enw llawn y person rydych am iddo weithredu ar eich rhan
say-carer-enter-the-email-address-of = Rhowch gyfeiriad e-bost y person rydych am iddo weithredu ar eich rhan, nid eich un chi
say-carer-select-who-they-are-to = Dewiswch pwy ydynt i chi

# features/helpers/service.rs
say-help-select-the-organisation = Dewiswch y sefydliad
say-help-this-email-address-already-has = Mae gan y cyfeiriad e-bost hwn gyfrif Front Door eisoes. Mae angen cyfeiriad e-bost gwaith nad yw'n cael ei ddefnyddio ar gyfer cyfrif arall ar gyfrifon staff
say-help-the-passwords-do-not-match = Nid yw'r cyfrineiriau'n cyfateb. Rhowch yr un cyfrinair ddwywaith
say-help-this-set-up-link-has = Mae'r ddolen sefydlu hon wedi'i defnyddio neu wedi dod i ben. Gofynnwch i'ch gweinyddwr am un newydd
say-help-select-what-the-helper-can = Dewiswch beth y gall yr helpwr eich helpu ag ef
say-help-select-how-long-the-helper = Dewiswch am ba hyd y gall yr helpwr eich helpu
say-help-the-person-you-are-helping = Mae angen i'r person rydych yn ei helpu fewngofnodi eto ar y sgrin hon
say-help-start-helping-someone-first = Dechreuwch helpu rhywun yn gyntaf
say-help-enter-the-code-from-the = Rhowch y cod o ffôn y person rydych yn ei helpu
say-help-this-code-is-not-right = Nid yw'r cod hwn yn gywir, mae wedi'i ddefnyddio neu mae wedi dod i ben. Gwiriwch ef gyda'r person rydych yn ei helpu, neu gofynnwch iddynt wneud un newydd

# features/record/service.rs
say-record-in-person = Wyneb yn wyneb
say-record-by-phone-or-video = Dros y ffôn neu drwy fideo
say-record-appointment-or-visit = Apwyntiad neu ymweliad
say-record-this-is-within-the-usual = Mae hyn o fewn yr ystod arferol.
say-record-this-is-higher-than-the = Mae hyn yn uwch na'r ystod arferol.
say-record-this-is-lower-than-the = Mae hyn yn is na'r ystod arferol.
say-record-the-lab-marked-this-result = Nododd y labordy fod y canlyniad hwn y tu allan i'r hyn sy'n arferol.
say-record-the-lab-did-not-give = Ni roddodd y labordy ystod arferol ar gyfer y prawf hwn.

# features/triage/mod.rs
say-triage-today = Heddiw
say-triage-within-2-working-days = O fewn 2 ddiwrnod gwaith

# features/triage/service/mod.rs
say-triage-prove-who-you-are-with = Profwch pwy ydych gydag NHS login
say-triage-we-cannot-send-online-requests = Ni allwn anfon ceisiadau ar-lein ar eich rhan, gan na allem ddod o hyd i feddygfa sy'n eu derbyn ar eich cyfer.

# features/triage/service/view.rs
say-triage-we-could-not-find-a = Nid oeddem yn gallu dod o hyd i feddygfa sy'n derbyn ceisiadau ar-lein ar eich cyfer, felly ni anfonwyd dim. Ffoniwch eich meddygfa, neu ffoniwch 111 os oes angen help arnoch heddiw.

# features/record/service.rs
say-record-home-visit = Ymweliad cartref
say-record-hospital-stay = Arhosiad yn yr ysbyty
say-record-emergency-department = Adran achosion brys

# features/appointments/service/booking.rs
say-appt-could-not-check-time = Nid oeddem yn gallu gwirio'r amser hwnnw gyda { $provider } ar hyn o bryd. Rhowch gynnig arall arni, neu dewiswch amser arall

# features/account/nhs_login/service.rs
say-acct-nhs-login-sent-too-little = Ni anfonodd NHS login y manylion sydd eu hangen arnom i ddod o hyd i'ch cofnodion. Rhowch gynnig arall arni yn nes ymlaen

# features/helpers/service.rs
say-help-done-times = { $done } ({ $count } gwaith)

# features/triage/mod.rs
urgency-emergency-call-999 = Argyfwng: ffoniwch 999
urgency-emergency-go-to-a-e = Argyfwng: ewch i'r adran achosion brys (A&E)
urgency-urgent-mental-health-crisis-line = Brys: llinell argyfwng iechyd meddwl
urgency-urgent-call-111 = Brys: ffoniwch 111
urgency-routine = Arferol
urgency-pharmacy = Fferyllfa
urgency-self-care = Hunanofal
urgency-admin = Gweinyddol

# Beth wnaeth helpwr heddiw
say-triage-request-sent-to = Anfonwyd cais i { $to }. Cyfeirnod { $reference }
say-triage-request-being-sent-to = Cais yn cael ei anfon (heb ei gadarnhau gan y feddygfa eto) i { $to }. Cyfeirnod { $reference }
say-triage-the-gp-surgery = y feddygfa
say-appt-booked-today = Apwyntiad wedi'i drefnu: { $what }, { $day } am { $time }, { $place }. Cyfeirnod { $reference }
say-appt-asked-for-today = Gofynnwyd am apwyntiad (heb ei gadarnhau gan y darparwr eto): { $what }, { $day } am { $time }, { $place }. Cyfeirnod { $reference }

# Cyfyngu cynigion, NHS login, dyddiadau a cheisiadau na ellid eu hanfon
say-acct-nhs-login-unavailable = Nid yw NHS login yn gweithio ar hyn o bryd. Mewngofnodwch gyda'ch cyfeiriad e-bost a'ch cyfrinair Front Door, neu rhowch gynnig arall arni yn nes ymlaen
say-acct-nhs-login-not-finished = Ni wnaethoch orffen mewngofnodi gydag NHS login. Rhowch gynnig arall arni
say-acct-nhs-login-did-not-work = Ni weithiodd mewngofnodi gydag NHS login. Rhowch gynnig arall arni
say-wait-minutes = Arhoswch { $minutes ->
    [one] { $minutes } munud
   *[other] { $minutes } munud
} cyn rhoi cynnig arall arni
say-acct-too-many-sign-ins = Rydych wedi ceisio mewngofnodi ormod o weithiau. { $wait }
say-acct-too-many-codes = Rydych wedi rhoi cynnig ar ormod o godau. { $wait }
say-acct-too-many-tries = Rydych wedi ceisio ormod o weithiau. { $wait }
say-help-too-many-codes = Roedd gormod o godau'n anghywir. { $wait }
say-carer-access-ends-by = Rhaid i'r dyddiad y daw eu mynediad i ben fod ar neu cyn { $date } ({ $months } mis o heddiw)
say-triage-your-gp-surgery = eich meddygfa
say-triage-cannot-send-no-nhs-number = Ni allwn anfon ceisiadau i { $name } ar eich rhan eto, gan fod angen i ni fod yn siŵr o'ch rhif GIG yn gyntaf. Profwch pwy ydych gydag NHS login: mae'n cymryd ychydig funudau ac mae angen dogfen adnabod â llun arnoch.
say-triage-cannot-send-not-registered = Ni allwn anfon ceisiadau i { $name } ar eich rhan, gan nad oes ganddynt gofrestriad sy'n cyfateb i'ch rhif GIG a'ch dyddiad geni.
say-triage-phone-practice-on = ffoniwch { $practice } ar { $phone }
say-triage-contact-practice = cysylltwch â { $practice }
say-triage-practice-closed = Nid yw { $practice } yn derbyn ceisiadau ar-lein ar hyn o bryd. Mae eich atebion wedi'u cadw.
say-triage-not-sent-not-registered = Nid oeddem yn gallu dod o hyd i'ch cofrestriad yn { $practice }, felly nid oeddem yn gallu anfon eich cais. { $call }, os gwelwch yn dda.
say-triage-not-sent-no-nhs-number = Nid oeddem yn gallu anfon eich cais i { $practice }, gan fod angen i ni fod yn siŵr o'ch rhif GIG yn gyntaf. Profwch pwy ydych gydag NHS login, neu { $call }.
say-triage-not-sent-try-again = Nid oeddem yn gallu anfon eich cais i { $practice } ar hyn o bryd. Mae eich atebion wedi'u cadw. Rhowch gynnig arall arni mewn ychydig funudau, neu { $call }. Os yw'n gwaethygu, ffoniwch 111.

# features/carers/mod.rs
scope-see-their-health-record-summary = Gweld crynodeb o'u cofnod iechyd (problemau iechyd, meddyginiaethau, alergeddau, brechiadau ac ymweliadau)
scope-see-their-test-results-and = Gweld canlyniadau eu profion a'u llythyrau
scope-see-book-change-and-cancel = Gweld, trefnu, newid a chanslo eu hapwyntiadau
scope-ask-their-gp-surgery-for = Gofyn i'w meddygfa am help ar eu rhan, a gweld y ceisiadau hynny

relation-partner-husband-or-wife = Partner, gŵr neu wraig
relation-daughter = Merch
relation-son = Mab
relation-mother = Mam
relation-father = Tad
relation-sister = Chwaer
relation-brother = Brawd
relation-grandchild = Ŵyr neu wyres
relation-another-family-member = Aelod arall o'r teulu
relation-friend = Ffrind
relation-paid-carer-or-support-worker = Gofalwr cyflogedig neu weithiwr cymorth
relation-someone-else = Rhywun arall

# features/helpers/mod.rs
helpscope-see-your-health-record-summary = Gweld crynodeb o'ch cofnod iechyd (problemau iechyd, meddyginiaethau, alergeddau, brechiadau ac ymweliadau)
helpscope-see-your-test-results-and = Gweld canlyniadau eich profion a'ch llythyrau
helpscope-see-book-change-and-cancel = Gweld, trefnu, newid a chanslo eich apwyntiadau
helpscope-ask-your-gp-surgery-for = Gofyn i'ch meddygfa am help, a gweld y ceisiadau hynny
helpmin-15-minutes = 15 munud
helpmin-30-minutes = 30 munud
helpmin-1-hour = 1 awr
helpmin-2-hours-the-longest = 2 awr (yr hiraf)

# providers/mod.rs
kind-gp-surgery = Meddygfa
kind-hospital = Ysbyty
kind-community-health-services = Gwasanaethau iechyd cymunedol
kind-mental-health-services = Gwasanaethau iechyd meddwl
kind-adult-social-care = Gofal cymdeithasol i oedolion
kind-health-and-care-service = Gwasanaeth iechyd a gofal

# Disgrifiad ffeil calendr
say-appt-ics-with = Gyda { $with }.
say-appt-ics-reference = Cyfeirnod trefnu { $reference }.
say-appt-ics-change = I newid neu ganslo, defnyddiwch Front Door neu cysylltwch â { $source }.

# Enwau mewn brawddeg
frame-and-list = { $first } a { $last }

# domain/sources.rs
src-your-gp-surgery = eich meddygfa ({ $name })
src-recorded-by-one = Wedi'i gofnodi gan { $who }
src-recorded-by-many = Wedi'i gofnodi gan { $first } a chan { $last }
src-by-next = { $a }, gan { $b }

# platform/security.rs
say-refused-cross-origin = Anfonwyd y ffurflen hon o wefan arall, felly gwrthododd Front Door hi. Ewch i Front Door a rhowch gynnig arall arni.
