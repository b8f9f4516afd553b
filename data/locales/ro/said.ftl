# Cuvintele spuse de servicii, afișate pe pagini: erori din formulare, stări, ce s-a făcut.
# Traducere automată: trebuie verificată de un traducător calificat.

## Istoricul accesului: ce s-a făcut

hist-record-viewed-test-results = A văzut rezultatele analizelor
hist-record-viewed-letters = A văzut scrisorile
hist-record-viewed = A văzut dosarul medical
hist-record-downloaded = A descărcat dosarul medical
hist-appointments-viewed = A văzut programările
hist-appointment-viewed = A văzut o programare
hist-slots-searched = A căutat ore pentru programări
hist-slot-chosen = A ales o oră pentru programare
hist-booking-viewed = A verificat o programare înainte de a o face
hist-booking-confirmed = A confirmat o programare
hist-appointment-booked = A făcut o programare
hist-appointment-not-booked = A încercat să facă o programare (nefăcută)
hist-appointment-changed = A schimbat o programare
hist-cancel-requested = A cerut anularea unei programări
hist-appointment-cancelled = A anulat o programare
hist-calendar-downloaded = A adăugat o programare într-un calendar
hist-triage-started = A început să ceară ajutor
hist-triage-red-flag = I s-a spus să ceară ajutor urgent
hist-triage-outcome-shown = I s-a arătat ce să facă în continuare
hist-triage-sent = A trimis o cerere de ajutor la cabinetul medicului de familie
hist-triage-not-sent = A încercat să trimită o cerere de ajutor (netrimisă)
hist-triage-discarded = A șters o ciornă de cerere de ajutor
hist-triage-request-viewed = A văzut o cerere de ajutor
hist-triage-requests-viewed = A văzut cererile de ajutor
hist-acting-for-chosen = A ales să acționeze în numele dvs.
hist-acting-refused = Accesul a fost refuzat
hist-identity-level-too-low = Accesul a fost refuzat (identitate dovedită insuficient)
hist-proxy-invited = A invitat pe cineva să acționeze în numele dvs.
hist-proxy-invitation-withdrawn = A retras o invitație
hist-proxy-invitation-accepted = A acceptat invitația dvs. de a acționa în numele dvs.
hist-proxy-invitation-refused = A încercat să accepte o invitație (refuzat)
hist-proxy-access-changed = A schimbat ce poate face cineva în numele dvs.
hist-proxy-access-ended = A încheiat accesul cuiva de a acționa în numele dvs.
hist-proxy-access-from-practice = A înregistrat pe cineva care poate acționa în numele dvs.
hist-access-history-viewed = A văzut acest istoric
hist-help-agreed = A acceptat ajutor la un punct de ajutor
hist-help-declined = Nu a acceptat ajutor la un punct de ajutor
hist-help-ended = A încheiat o sesiune de ajutor
hist-helper-code-made = A creat un cod pentru un ajutor
hist-helper-code-used = A folosit codul dvs. pentru a începe să vă ajute
hist-account-details-viewed = A văzut detaliile contului
hist-signed-in = S-a conectat
hist-signed-out = S-a deconectat
hist-sign-in-failed = O conectare a eșuat
hist-sign-in-throttled = Conectarea a fost oprită după prea multe încercări
hist-session-timed-out = A fost deconectat după o perioadă fără activitate
hist-stayed-signed-in = A ales să rămână conectat
hist-account-created = A creat contul
hist-nhs-login-linked = A conectat NHS login
hist-nhs-login-refused = Conectarea cu NHS login a fost refuzată
hist-identity-level-changed = Nivelul identității s-a schimbat
hist-two-step-turned-on = A activat conectarea în doi pași
hist-two-step-turned-off = A dezactivat conectarea în doi pași
hist-recovery-codes-made = A creat coduri noi de recuperare
hist-gp-linkage-verified = A dovedit identitatea cu detalii de la cabinetul medicului de familie
hist-gp-linkage-refused = Detaliile de la cabinetul medicului de familie nu s-au potrivit

# features/carers/service/history.rs
hist-you = Dvs.
hist-your-gp-surgery = Cabinetul medicului dvs. de familie

# platform/acting.rs
role-yourself = Dvs. înșivă
role-carer = Îngrijitor
role-parent = Părinte
role-lasting-power-of-attorney = Procură de durată
role-court-appointed-deputy = Reprezentant numit de instanță
role-helper-with-you-at-a = Ajutor, cu dvs. la un punct de ajutor

scope-their-own-account-details = Detaliile propriului cont
scope-see-the-health-record-summary = Vede rezumatul dosarului medical
scope-see-test-results-and-letters = Vede rezultatele analizelor și scrisorile
scope-see-and-manage-appointments = Vede și gestionează programările
scope-ask-for-help-from-the = Cere ajutor de la cabinetul medicului de familie și vede cererile

# platform/proxies.rs
proxy-by-you = De către dvs.
proxy-by-your-gp-surgery-parental = De către cabinetul medicului dvs. de familie (autoritate părintească)
proxy-by-your-gp-surgery-lasting = De către cabinetul medicului dvs. de familie (procură de durată)
proxy-by-your-gp-surgery-deputy = De către cabinetul medicului dvs. de familie (reprezentant numit de Court of Protection)

# platform/assisted.rs
ended-ended-by-the-person-helped = Încheiată de persoana ajutată
ended-ended-by-you = Încheiată de dvs.
ended-reached-the-agreed-time = S-a atins timpul convenit
ended-ended-after-no-activity = Încheiată după lipsă de activitate
ended-the-person-did-not-agree = Persoana nu a fost de acord
ended-cancelled-before-they-joined = Anulată înainte ca persoana să se alăture
ended-ended-when-your-account-was = Încheiată când contul dvs. a fost suspendat
ended-ended = Încheiată

# features/record/mod.rs
record-your-health-record = Dosarul dvs. medical
record-health-problems = Probleme de sănătate
record-medicines = Medicamente
record-allergies-and-reactions = Alergii și reacții
record-vaccinations = Vaccinări
record-test-results = Rezultatele analizelor
record-letters-and-documents = Scrisori și documente
record-timeline-of-care = Cronologia îngrijirii
record-your-health-record-summary = Rezumatul dosarului dvs. medical

# features/triage/service/list.rs
status-sent-to-your-surgery = Trimisă la cabinetul dvs.
status-received-by-your-surgery = Primită de cabinetul dvs.
status-accepted = Acceptată
status-being-dealt-with = În lucru
status-completed = Finalizată
status-closed = Închisă
status-not-accepted = Neacceptată
status-could-not-be-completed = Nu a putut fi finalizată

# features/helpers/service.rs
staff-not-set-up-yet = Încă neconfigurat
staff-active = Activ
staff-suspended = Suspendat

done-sent-a-request-to-the = A trimis o cerere la cabinetul medicului de familie
done-looked-at-requests = A văzut cererile

status-checking-with-your-surgery = Verificăm cu cabinetul dvs.

# domain/nhs_number.rs
say-form-nhs-number-only-numbers = Numărul NHS poate conține doar cifre și spații
say-form-nhs-number-10-numbers = Numărul NHS trebuie să aibă 10 cifre
say-form-enter-a-valid-nhs-number = Introduceți un număr NHS valid. Îl găsiți pe o scrisoare de la medicul de familie sau în NHS App

# domain/person.rs
say-form-enter-your-full-name = Introduceți numele complet
say-form-full-name-must-be-200 = Numele complet trebuie să aibă cel mult 200 de caractere
say-form-full-name-must-only-include = Numele complet poate conține doar litere, spații, cratime și apostrofuri
say-form-enter-your-email-address = Introduceți adresa de e-mail
say-form-enter-an-email-address-in = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
say-form-enter-a-password = Introduceți o parolă
say-form-password-must-be-8-characters = Parola trebuie să aibă cel puțin 8 caractere
say-form-password-must-be-128-characters = Parola trebuie să aibă cel mult 128 de caractere
say-form-enter-your-date-of-birth = Introduceți data nașterii
say-form-date-of-birth-must-include = Data nașterii trebuie să includă ziua
say-form-date-of-birth-must-include-2 = Data nașterii trebuie să includă luna
say-form-date-of-birth-must-include-3 = Data nașterii trebuie să includă anul
say-form-date-of-birth-must-be = Data nașterii trebuie să fie o dată reală
say-form-year-must-include-4-numbers = Anul trebuie să aibă 4 cifre
say-form-date-of-birth-must-be-2 = Data nașterii trebuie să fie în trecut
say-form-date-of-birth-must-be-3 = Data nașterii trebuie să fie după 1900

# features/account/api.rs
say-acct-enter-your-password = Introduceți parola
say-acct-enter-a-correct-email-address = Introduceți o adresă de e-mail și o parolă corecte
say-acct-your-sign-in-took-too = Conectarea a durat prea mult. Conectați-vă din nou
say-acct-enter-the-security-code-from = Introduceți codul de securitate din aplicația de autentificare
say-acct-the-security-code-is-not = Codul de securitate nu este corect. Introduceți codul de 6 cifre pe care îl arată acum aplicația sau unul dintre codurile de recuperare
say-acct-enter-the-6-digit-code = Introduceți codul de 6 cifre pe care îl arată aplicația de autentificare
say-acct-the-code-is-not-right = Codul nu este corect. Verificați cheia din aplicație și introduceți codul pe care îl arată acum

# features/account/gp_linkage.rs
say-acct-enter-your-gp-surgerys-ods = Introduceți codul ODS al cabinetului medicului de familie
say-acct-enter-the-account-id-from = Introduceți ID-ul de cont de la cabinetul medicului de familie
say-acct-enter-the-linkage-key-from = Introduceți cheia de legătură de la cabinetul medicului de familie
say-acct-we-do-not-know-a = Nu cunoaștem un cabinet de medic de familie cu acest cod ODS. Verificați codul de pe scrisoarea de la cabinet
say-acct-we-could-not-check-these = Nu am putut verifica acum aceste detalii cu cabinetul medicului de familie. Încercați din nou mai târziu
say-acct-these-details-do-not-match = Aceste detalii nu se potrivesc cu cele pe care le are cabinetul medicului de familie. Verificați ID-ul de cont și cheia de legătură de pe scrisoarea de la cabinet

# features/account/nhs_login/service.rs
say-acct-you-already-have-a-front = Aveți deja un cont Front Door cu adresa de e-mail pe care o folosește NHS login. Conectați-vă cu adresa de e-mail și parola, apoi legați NHS login de cont din 'Identitatea dvs.'
say-acct-this-nhs-login-is-already = Acest NHS login este deja legat de alt cont Front Door. Conectați-vă cu NHS login pentru a folosi acel cont sau contactați-ne dacă credeți că este o greșeală
say-acct-your-front-door-account-is = Contul dvs. Front Door este deja legat de alt NHS login. Conectați-vă cu acel NHS login

# features/account/service.rs
say-acct-you-must-be-16-or = Trebuie să aveți cel puțin 16 ani pentru a vă înregistra. Dacă aveți sub 16 ani, un părinte sau tutore poate cere ajutor pentru dvs.: se conectează la propriul cont Front Door și vă alege la 'Pentru cine folosiți Front Door?'
say-acct-choose-a-password-that-is = Alegeți o parolă mai greu de ghicit. Aceasta este pe o listă de parole obișnuite
say-acct-your-password-must-not-be = Parola nu poate fi adresa dvs. de e-mail
say-acct-an-account-with-this-email = Există deja un cont cu această adresă de e-mail. Conectați-vă sau folosiți altă adresă de e-mail

# features/appointments/api.rs
say-appt-select-what-you-need-an = Alegeți pentru ce aveți nevoie de o programare
say-appt-that-time-has-just-been = Ora aceea tocmai a fost luată. Alegeți altă oră
say-appt-this-appointment-cannot-be-cancelled = Această programare nu poate fi anulată online, deoarece a avut deja loc
say-appt-we-could-not-cancel-your = Nu am putut anula acum programarea. Programarea este încă valabilă. Încercați din nou peste câteva minute sau contactați serviciul

# features/appointments/calendar.rs
say-appt-we-could-not-find-that = Nu am găsit acea programare
say-appt-we-could-not-get-this = Nu am putut obține acum această programare. Încercați din nou peste câteva minute

# features/appointments/service/booking.rs
say-appt-select-a-time-for-your = Alegeți o oră pentru programare
say-appt-select-one-of-the-times = Alegeți una dintre orele afișate
say-appt-we-could-not-check-your = Nu am putut verifica acum programarea. Încercați din nou peste câteva minute

# features/appointments/service/cancel.rs
say-appt-select-why-you-are-cancelling = Alegeți de ce anulați această programare

# features/carers/service/invitations.rs
say-carer-this-invitation-link-is-not = Acest link de invitație nu este corect. Rugați persoana care v-a invitat să îl trimită din nou.
say-carer-this-invitation-was-withdrawn-by = Această invitație a fost retrasă de persoana care a trimis-o. Rugați-o să vă invite din nou dacă dorește să acționați în numele ei.
say-carer-this-invitation-has-already-been = Această invitație a fost deja folosită. Fiecare invitație poate fi folosită o singură dată.
say-carer-this-invitation-has-expired-invitations = Această invitație a expirat. Invitațiile sunt valabile 7 zile. Rugați persoana care v-a invitat să trimită una nouă.
say-carer-you-cannot-accept-an-invitation = Nu puteți accepta o invitație pe care ați trimis-o chiar dvs.
say-carer-this-invitation-was-sent-to = Această invitație a fost trimisă altcuiva. Conectați-vă cu contul pentru adresa de e-mail la care a fost trimisă invitația.
say-carer-to-act-for-someone-else = Pentru a acționa în numele altcuiva, trebuie mai întâi să dovediți cine sunteți. Mergeți la pagina de identitate, dovediți cine sunteți, apoi deschideți din nou linkul de invitație.
say-carer-to-act-for-someone-else-2 = Pentru a acționa în numele altcuiva, conectați-vă cu NHS login sau activați conectarea în doi pași pentru contul Front Door și conectați-vă din nou cu un cod de securitate. Apoi deschideți din nou linkul de invitație.

# features/carers/service/mod.rs
say-carer-select-who-you-are-using = Alegeți pentru cine folosiți Front Door

# features/carers/service/people.rs
say-carer-to-let-someone-act-for = Pentru a lăsa pe cineva să acționeze în numele dvs., trebuie mai întâi să dovediți cine sunteți cu un act de identitate cu fotografie.
say-carer-to-let-someone-act-for-2 = Pentru a lăsa pe cineva să acționeze în numele dvs., conectați-vă cu NHS login sau cu parola și un cod de securitate.
say-carer-you-need-to-be-16 = Trebuie să aveți cel puțin 16 ani pentru a lăsa pe cineva să acționeze în numele dvs. Cabinetul medicului de familie vă poate ajuta.
say-carer-select-what-they-can-do = Alegeți ce poate face persoana în numele dvs.
say-carer-enter-the-date-their-access = Introduceți data la care se încheie accesul
say-carer-the-date-their-access-ends = Data la care se încheie accesul trebuie să fie o dată reală
say-carer-the-date-their-access-ends-2 = Data la care se încheie accesul trebuie să fie în viitor
say-carer-enter-the-full-name-of = Introduceți numele complet al persoanei care doriți să acționeze în numele dvs.
say-carer-enter-the-email-address-of = Introduceți adresa de e-mail a persoanei care doriți să acționeze în numele dvs., nu pe a dvs.
say-carer-select-who-they-are-to = Alegeți cine este persoana pentru dvs.

# features/helpers/service.rs
say-help-select-the-organisation = Alegeți organizația
say-help-this-email-address-already-has = Această adresă de e-mail are deja un cont Front Door. Conturile de personal au nevoie de o adresă de e-mail de serviciu care nu este folosită pentru alt cont
say-help-the-passwords-do-not-match = Parolele nu se potrivesc. Introduceți aceeași parolă de două ori
say-help-this-set-up-link-has = Acest link de configurare a fost folosit sau a expirat. Cereți unul nou administratorului
say-help-select-what-the-helper-can = Alegeți la ce vă poate ajuta ajutorul
say-help-select-how-long-the-helper = Alegeți cât timp vă poate ajuta ajutorul
say-help-the-person-you-are-helping = Persoana pe care o ajutați trebuie să se conecteze din nou pe acest ecran
say-help-start-helping-someone-first = Mai întâi începeți să ajutați pe cineva
say-help-enter-the-code-from-the = Introduceți codul de pe telefonul persoanei pe care o ajutați
say-help-this-code-is-not-right = Acest cod nu este corect, a fost folosit sau a expirat. Verificați-l cu persoana pe care o ajutați sau rugați-o să creeze unul nou

# features/record/service.rs
say-record-in-person = În persoană
say-record-by-phone-or-video = Prin telefon sau video
say-record-appointment-or-visit = Programare sau vizită
say-record-this-is-within-the-usual = Acesta este în intervalul obișnuit.
say-record-this-is-higher-than-the = Acesta este peste intervalul obișnuit.
say-record-this-is-lower-than-the = Acesta este sub intervalul obișnuit.
say-record-the-lab-marked-this-result = Laboratorul a marcat acest rezultat ca fiind în afara a ceea ce este obișnuit.
say-record-the-lab-did-not-give = Laboratorul nu a dat un interval obișnuit pentru această analiză.

# features/triage/mod.rs
say-triage-today = Astăzi
say-triage-within-2-working-days = În 2 zile lucrătoare

# features/triage/service/mod.rs
say-triage-prove-who-you-are-with = Dovediți cine sunteți cu NHS login
say-triage-we-cannot-send-online-requests = Nu putem trimite cereri online pentru dvs., deoarece nu am găsit un cabinet de medic de familie care să le primească pentru dvs.

# features/triage/service/view.rs
say-triage-we-could-not-find-a = Nu am găsit un cabinet de medic de familie care să primească cereri online pentru dvs., așa că nu s-a trimis nimic. Sunați la cabinet sau la 111 dacă aveți nevoie de ajutor astăzi.

# features/record/service.rs
say-record-home-visit = Vizită la domiciliu
say-record-hospital-stay = Internare în spital
say-record-emergency-department = Unitatea de primiri urgențe

# features/appointments/service/booking.rs
say-appt-could-not-check-time = Nu am putut verifica acum ora aceea cu { $provider }. Încercați din nou sau alegeți altă oră

# features/account/nhs_login/service.rs
say-acct-nhs-login-sent-too-little = NHS login nu a trimis detaliile de care avem nevoie pentru a vă găsi dosarele. Încercați din nou mai târziu

# features/helpers/service.rs
say-help-done-times = { $done } ({ $count ->
    [one] { $count } dată
   *[other] de { $count } ori
})

# features/triage/mod.rs
urgency-emergency-call-999 = Urgență: sunați la 999
urgency-emergency-go-to-a-e = Urgență: mergeți la urgențe (A&E)
urgency-urgent-mental-health-crisis-line = Urgent: linia de criză pentru sănătate mintală
urgency-urgent-call-111 = Urgent: sunați la 111
urgency-routine = De rutină
urgency-pharmacy = Farmacie
urgency-self-care = Îngrijire proprie
urgency-admin = Administrativ

# Ce a făcut un ajutor astăzi
say-triage-request-sent-to = Cerere trimisă la { $to }. Referință { $reference }
say-triage-request-being-sent-to = Cerere în curs de trimitere (încă neconfirmată de cabinet) la { $to }. Referință { $reference }
say-triage-the-gp-surgery = cabinetul medicului de familie
say-appt-booked-today = Programare făcută: { $what }, { $day } la { $time }, { $place }. Referință { $reference }
say-appt-asked-for-today = Programare cerută (încă neconfirmată de furnizor): { $what }, { $day } la { $time }, { $place }. Referință { $reference }

# Limitarea încercărilor, NHS login, date și cereri care nu au putut fi trimise
say-acct-nhs-login-unavailable = NHS login nu funcționează în acest moment. Conectați-vă cu adresa de e-mail și parola Front Door sau încercați din nou mai târziu
say-acct-nhs-login-not-finished = Nu ați terminat conectarea cu NHS login. Încercați din nou
say-acct-nhs-login-did-not-work = Conectarea cu NHS login nu a funcționat. Încercați din nou
say-wait-minutes = Așteptați { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} înainte de a încerca din nou
say-acct-too-many-sign-ins = Ați încercat să vă conectați de prea multe ori. { $wait }
say-acct-too-many-codes = Ați încercat prea multe coduri. { $wait }
say-acct-too-many-tries = Ați încercat de prea multe ori. { $wait }
say-help-too-many-codes = Prea multe coduri nu au fost corecte. { $wait }
say-carer-access-ends-by = Data la care se încheie accesul trebuie să fie cel târziu { $date } ({ $months } luni de azi)
say-triage-your-gp-surgery = cabinetul medicului dvs. de familie
say-triage-cannot-send-no-nhs-number = Nu putem trimite încă cereri la { $name } pentru dvs., deoarece trebuie mai întâi să fim siguri de numărul dvs. NHS. Dovediți cine sunteți cu NHS login: durează câteva minute și aveți nevoie de un act de identitate cu fotografie.
say-triage-cannot-send-not-registered = Nu putem trimite cereri la { $name } pentru dvs., deoarece nu au o înregistrare care să se potrivească cu numărul dvs. NHS și data nașterii.
say-triage-phone-practice-on = sunați la { $practice } la { $phone }
say-triage-contact-practice = contactați { $practice }
say-triage-practice-closed = { $practice } nu primește cereri online în acest moment. Răspunsurile dvs. sunt salvate.
say-triage-not-sent-not-registered = Nu am găsit înregistrarea dvs. la { $practice }, așa că nu am putut trimite cererea. Vă rugăm: { $call }.
say-triage-not-sent-no-nhs-number = Nu am putut trimite cererea la { $practice }, deoarece trebuie mai întâi să fim siguri de numărul dvs. NHS. Dovediți cine sunteți cu NHS login sau { $call }.
say-triage-not-sent-try-again = Nu am putut trimite acum cererea la { $practice }. Răspunsurile dvs. sunt salvate. Încercați din nou peste câteva minute sau { $call }. Dacă se agravează, sunați la 111.

# features/carers/mod.rs
scope-see-their-health-record-summary = Vede rezumatul dosarului medical al persoanei (probleme de sănătate, medicamente, alergii, vaccinări și vizite)
scope-see-their-test-results-and = Vede rezultatele analizelor și scrisorile persoanei
scope-see-book-change-and-cancel = Vede, face, schimbă și anulează programările persoanei
scope-ask-their-gp-surgery-for = Cere ajutor de la cabinetul medicului de familie al persoanei pentru ea și vede acele cereri

relation-partner-husband-or-wife = Partener, soț sau soție
relation-daughter = Fiică
relation-son = Fiu
relation-mother = Mamă
relation-father = Tată
relation-sister = Soră
relation-brother = Frate
relation-grandchild = Nepot sau nepoată
relation-another-family-member = Alt membru al familiei
relation-friend = Prieten sau prietenă
relation-paid-carer-or-support-worker = Îngrijitor plătit sau lucrător de sprijin
relation-someone-else = Altcineva

# features/helpers/mod.rs
helpscope-see-your-health-record-summary = Să vadă rezumatul dosarului dvs. medical (probleme de sănătate, medicamente, alergii, vaccinări și vizite)
helpscope-see-your-test-results-and = Să vadă rezultatele analizelor și scrisorile dvs.
helpscope-see-book-change-and-cancel = Să vadă, să facă, să schimbe și să anuleze programările dvs.
helpscope-ask-your-gp-surgery-for = Să ceară ajutor de la cabinetul medicului dvs. de familie și să vadă acele cereri
helpmin-15-minutes = 15 minute
helpmin-30-minutes = 30 de minute
helpmin-1-hour = 1 oră
helpmin-2-hours-the-longest = 2 ore (cel mai mult)

# providers/mod.rs
kind-gp-surgery = Cabinetul medicului de familie
kind-hospital = Spital
kind-community-health-services = Servicii de sănătate comunitare
kind-mental-health-services = Servicii de sănătate mintală
kind-adult-social-care = Asistență socială pentru adulți
kind-health-and-care-service = Serviciu de sănătate și îngrijire

# Descrierea fișierului de calendar
say-appt-ics-with = Cu { $with }.
say-appt-ics-reference = Referința programării { $reference }.
say-appt-ics-change = Pentru a schimba sau anula, folosiți Front Door sau contactați { $source }.

# Nume într-o propoziție
frame-and-list = { $first } și { $last }

# domain/sources.rs
src-your-gp-surgery = cabinetul medicului dvs. de familie ({ $name })
src-recorded-by-one = Înregistrat de { $who }
src-recorded-by-many = Înregistrat de { $first } și de { $last }
src-by-next = { $a }, de { $b }

# platform/security.rs
say-refused-cross-origin = Acest formular a fost trimis de pe alt site, așa că Front Door l-a refuzat. Intrați pe Front Door și încercați din nou.
