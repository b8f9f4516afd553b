# Słowa, które mówią usługi, pokazywane na stronach: błędy formularzy, statusy, co zrobiono.
# Przetłumaczone maszynowo: musi to sprawdzić wykwalifikowany tłumacz.

## Historia dostępu: co zrobiono

hist-record-viewed-test-results = Przejrzano wyniki badań
hist-record-viewed-letters = Przejrzano listy
hist-record-viewed = Przejrzano dokumentację medyczną
hist-record-downloaded = Pobrano dokumentację medyczną
hist-appointments-viewed = Przejrzano wizyty
hist-appointment-viewed = Przejrzano wizytę
hist-slots-searched = Szukano terminów wizyt
hist-slot-chosen = Wybrano termin wizyty
hist-booking-viewed = Sprawdzono wizytę przed umówieniem
hist-booking-confirmed = Potwierdzono umówienie
hist-appointment-booked = Umówiono wizytę
hist-appointment-not-booked = Próbowano umówić wizytę (nie umówiono)
hist-appointment-changed = Zmieniono wizytę
hist-cancel-requested = Poproszono o odwołanie wizyty
hist-appointment-cancelled = Odwołano wizytę
hist-calendar-downloaded = Dodano wizytę do kalendarza
hist-triage-started = Zaczęto prosić o pomoc
hist-triage-red-flag = Otrzymano informację, aby pilnie szukać pomocy
hist-triage-outcome-shown = Pokazano, co zrobić dalej
hist-triage-sent = Wysłano prośbę o pomoc do przychodni GP
hist-triage-not-sent = Próbowano wysłać prośbę o pomoc (nie wysłano)
hist-triage-discarded = Usunięto wersję roboczą prośby o pomoc
hist-triage-request-viewed = Przejrzano prośbę o pomoc
hist-triage-requests-viewed = Przejrzano prośby o pomoc
hist-acting-for-chosen = Wybrano działanie w Twoim imieniu
hist-acting-refused = Odmówiono dostępu
hist-identity-level-too-low = Odmówiono dostępu (tożsamość niewystarczająco potwierdzona)
hist-proxy-invited = Zaproszono kogoś do działania w Twoim imieniu
hist-proxy-invitation-withdrawn = Wycofano zaproszenie
hist-proxy-invitation-accepted = Przyjęto Twoje zaproszenie do działania w Twoim imieniu
hist-proxy-invitation-refused = Próbowano przyjąć zaproszenie (odmowa)
hist-proxy-access-changed = Zmieniono, co ktoś może robić w Twoim imieniu
hist-proxy-access-ended = Zakończono czyjś dostęp do działania w Twoim imieniu
hist-proxy-access-from-practice = Zapisano osobę, która może działać w Twoim imieniu
hist-access-history-viewed = Przejrzano tę historię
hist-help-agreed = Zgodzono się na pomoc pomocnika w punkcie pomocy
hist-help-declined = Nie zgodzono się na pomoc pomocnika
hist-help-ended = Zakończono sesję pomocy
hist-helper-code-made = Utworzono kod dla pomocnika
hist-helper-code-used = Użyto Twojego kodu, aby zacząć Ci pomagać
hist-account-details-viewed = Przejrzano dane konta
hist-signed-in = Zalogowano się
hist-signed-out = Wylogowano się
hist-sign-in-failed = Logowanie nie powiodło się
hist-sign-in-throttled = Logowanie wstrzymano po zbyt wielu próbach
hist-session-timed-out = Wylogowano po czasie bez aktywności
hist-stayed-signed-in = Wybrano pozostanie zalogowanym
hist-account-created = Utworzono konto
hist-nhs-login-linked = Połączono NHS login
hist-nhs-login-refused = Odmówiono logowania przez NHS login
hist-identity-level-changed = Zmienił się poziom tożsamości
hist-two-step-turned-on = Włączono logowanie dwuetapowe
hist-two-step-turned-off = Wyłączono logowanie dwuetapowe
hist-recovery-codes-made = Utworzono nowe kody odzyskiwania
hist-gp-linkage-verified = Potwierdzono tożsamość danymi z przychodni GP
hist-gp-linkage-refused = Dane z przychodni GP się nie zgadzały

# features/carers/service/history.rs
hist-you = Ty
hist-your-gp-surgery = Twoja przychodnia GP

# platform/acting.rs
role-yourself = Ty sam(a)
role-carer = Opiekun
role-parent = Rodzic
role-lasting-power-of-attorney = Trwałe pełnomocnictwo
role-court-appointed-deputy = Kurator ustanowiony przez sąd
role-helper-with-you-at-a = Pomocnik, z Tobą w punkcie pomocy

scope-their-own-account-details = Dane ich własnego konta
scope-see-the-health-record-summary = Wgląd w podsumowanie dokumentacji medycznej
scope-see-test-results-and-letters = Wgląd w wyniki badań i listy
scope-see-and-manage-appointments = Wgląd w wizyty i zarządzanie nimi
scope-ask-for-help-from-the = Proszenie przychodni GP o pomoc i wgląd w prośby

# platform/proxies.rs
proxy-by-you = Przez Ciebie
proxy-by-your-gp-surgery-parental = Przez Twoją przychodnię GP (władza rodzicielska)
proxy-by-your-gp-surgery-lasting = Przez Twoją przychodnię GP (trwałe pełnomocnictwo)
proxy-by-your-gp-surgery-deputy = Przez Twoją przychodnię GP (kurator ustanowiony przez Court of Protection)

# platform/assisted.rs
ended-ended-by-the-person-helped = Zakończona przez osobę, której pomagano
ended-ended-by-you = Zakończona przez Ciebie
ended-reached-the-agreed-time = Upłynął uzgodniony czas
ended-ended-after-no-activity = Zakończona po braku aktywności
ended-the-person-did-not-agree = Osoba się nie zgodziła
ended-cancelled-before-they-joined = Anulowana, zanim osoba dołączyła
ended-ended-when-your-account-was = Zakończona, gdy Twoje konto zostało zawieszone
ended-ended = Zakończona

# features/record/mod.rs
record-your-health-record = Twoja dokumentacja medyczna
record-health-problems = Problemy zdrowotne
record-medicines = Leki
record-allergies-and-reactions = Alergie i reakcje
record-vaccinations = Szczepienia
record-test-results = Wyniki badań
record-letters-and-documents = Listy i dokumenty
record-timeline-of-care = Oś czasu opieki
record-your-health-record-summary = Podsumowanie Twojej dokumentacji medycznej

# features/triage/service/list.rs
status-sent-to-your-surgery = Wysłano do Twojej przychodni
status-received-by-your-surgery = Odebrane przez Twoją przychodnię
status-accepted = Przyjęte
status-being-dealt-with = W trakcie realizacji
status-completed = Zakończone
status-closed = Zamknięte
status-not-accepted = Nieprzyjęte
status-could-not-be-completed = Nie udało się zakończyć

# features/helpers/service.rs
staff-not-set-up-yet = Jeszcze nieskonfigurowane
staff-active = Aktywne
staff-suspended = Zawieszone

done-sent-a-request-to-the = Wysłano prośbę do przychodni GP
done-looked-at-requests = Przejrzano prośby

status-checking-with-your-surgery = Sprawdzamy w Twojej przychodni

# domain/nhs_number.rs
say-form-nhs-number-only-numbers = Numer NHS może zawierać tylko cyfry i spacje
say-form-nhs-number-10-numbers = Numer NHS musi mieć 10 cyfr
say-form-enter-a-valid-nhs-number = Wpisz prawidłowy numer NHS. Znajdziesz go w liście od lekarza GP lub w aplikacji NHS App

# domain/person.rs
say-form-enter-your-full-name = Wpisz swoje imię i nazwisko
say-form-full-name-must-be-200 = Imię i nazwisko może mieć najwyżej 200 znaków
say-form-full-name-must-only-include = Imię i nazwisko może zawierać tylko litery, spacje, łączniki i apostrofy
say-form-enter-your-email-address = Wpisz swój adres e-mail
say-form-enter-an-email-address-in = Wpisz adres e-mail w poprawnym formacie, np. name@example.com
say-form-enter-a-password = Wpisz hasło
say-form-password-must-be-8-characters = Hasło musi mieć co najmniej 8 znaków
say-form-password-must-be-128-characters = Hasło może mieć najwyżej 128 znaków
say-form-enter-your-date-of-birth = Wpisz swoją datę urodzenia
say-form-date-of-birth-must-include = Data urodzenia musi zawierać dzień
say-form-date-of-birth-must-include-2 = Data urodzenia musi zawierać miesiąc
say-form-date-of-birth-must-include-3 = Data urodzenia musi zawierać rok
say-form-date-of-birth-must-be = Data urodzenia musi być prawdziwą datą
say-form-year-must-include-4-numbers = Rok musi mieć 4 cyfry
say-form-date-of-birth-must-be-2 = Data urodzenia musi być w przeszłości
say-form-date-of-birth-must-be-3 = Data urodzenia musi być po roku 1900

# features/account/api.rs
say-acct-enter-your-password = Wpisz swoje hasło
say-acct-enter-a-correct-email-address = Wpisz poprawny adres e-mail i hasło
say-acct-your-sign-in-took-too = Logowanie trwało zbyt długo. Zaloguj się ponownie
say-acct-enter-the-security-code-from = Wpisz kod bezpieczeństwa z aplikacji uwierzytelniającej
say-acct-the-security-code-is-not = Kod bezpieczeństwa jest nieprawidłowy. Wpisz 6-cyfrowy kod, który aplikacja pokazuje teraz, lub jeden z kodów odzyskiwania
say-acct-enter-the-6-digit-code = Wpisz 6-cyfrowy kod, który pokazuje aplikacja uwierzytelniająca
say-acct-the-code-is-not-right = Kod jest nieprawidłowy. Sprawdź klucz w aplikacji i wpisz kod, który teraz pokazuje

# features/account/gp_linkage.rs
say-acct-enter-your-gp-surgerys-ods = Wpisz kod ODS swojej przychodni GP
say-acct-enter-the-account-id-from = Wpisz identyfikator konta od swojej przychodni GP
say-acct-enter-the-linkage-key-from = Wpisz klucz powiązania od swojej przychodni GP
say-acct-we-do-not-know-a = Nie znamy przychodni GP z tym kodem ODS. Sprawdź kod w liście od swojej przychodni GP
say-acct-we-could-not-check-these = Nie udało się teraz sprawdzić tych danych w Twojej przychodni GP. Spróbuj ponownie później
say-acct-these-details-do-not-match = Te dane nie zgadzają się z tym, co ma Twoja przychodnia GP. Sprawdź identyfikator konta i klucz powiązania w liście od przychodni

# features/account/nhs_login/service.rs
say-acct-you-already-have-a-front = Masz już konto Front Door z adresem e-mail, którego używa Twój NHS login. Zaloguj się adresem e-mail i hasłem, a następnie połącz NHS login z kontem w sekcji 'Twoja tożsamość'
say-acct-this-nhs-login-is-already = Ten NHS login jest już połączony z innym kontem Front Door. Zaloguj się przez NHS login, aby użyć tamtego konta, lub skontaktuj się z nami, jeśli uważasz, że to błąd
say-acct-your-front-door-account-is = Twoje konto Front Door jest już połączone z innym NHS login. Zaloguj się tamtym NHS login

# features/account/service.rs
say-acct-you-must-be-16-or = Aby się zarejestrować, musisz mieć co najmniej 16 lat. Jeśli masz mniej niż 16 lat, rodzic lub opiekun prawny może uzyskać pomoc dla Ciebie: loguje się na własne konto Front Door i wybiera Cię w 'W czyim imieniu korzystasz z Front Door?'
say-acct-choose-a-password-that-is = Wybierz hasło trudniejsze do odgadnięcia. To hasło jest na liście popularnych haseł
say-acct-your-password-must-not-be = Hasło nie może być Twoim adresem e-mail
say-acct-an-account-with-this-email = Konto z tym adresem e-mail już istnieje. Zaloguj się lub użyj innego adresu e-mail

# features/appointments/api.rs
say-appt-select-what-you-need-an = Wybierz, w jakiej sprawie potrzebujesz wizyty
say-appt-that-time-has-just-been = Ten termin został właśnie zajęty. Wybierz inny termin
say-appt-this-appointment-cannot-be-cancelled = Tej wizyty nie można odwołać online, ponieważ już się odbyła
say-appt-we-could-not-cancel-your = Nie udało się teraz odwołać wizyty. Wizyta nadal jest aktualna. Spróbuj ponownie za kilka minut lub skontaktuj się z placówką

# features/appointments/calendar.rs
say-appt-we-could-not-find-that = Nie znaleźliśmy tej wizyty
say-appt-we-could-not-get-this = Nie udało się teraz pobrać tej wizyty. Spróbuj ponownie za kilka minut

# features/appointments/service/booking.rs
say-appt-select-a-time-for-your = Wybierz termin wizyty
say-appt-select-one-of-the-times = Wybierz jeden z pokazanych terminów
say-appt-we-could-not-check-your = Nie udało się teraz sprawdzić wizyty. Spróbuj ponownie za kilka minut

# features/appointments/service/cancel.rs
say-appt-select-why-you-are-cancelling = Wybierz, dlaczego odwołujesz tę wizytę

# features/carers/service/invitations.rs
say-carer-this-invitation-link-is-not = Ten link z zaproszeniem jest nieprawidłowy. Poproś osobę, która Cię zaprosiła, aby wysłała go ponownie.
say-carer-this-invitation-was-withdrawn-by = To zaproszenie zostało wycofane przez osobę, która je wysłała. Poproś ją o ponowne zaproszenie, jeśli chce, abyś działał(a) w jej imieniu.
say-carer-this-invitation-has-already-been = To zaproszenie zostało już użyte. Każdego zaproszenia można użyć tylko raz.
say-carer-this-invitation-has-expired-invitations = To zaproszenie wygasło. Zaproszenia są ważne 7 dni. Poproś osobę, która Cię zaprosiła, o wysłanie nowego.
say-carer-you-cannot-accept-an-invitation = Nie możesz przyjąć zaproszenia, które sam(a) wysłałeś(-aś).
say-carer-this-invitation-was-sent-to = To zaproszenie zostało wysłane do kogoś innego. Zaloguj się na konto z adresem e-mail, na który wysłano zaproszenie.
say-carer-to-act-for-someone-else = Aby działać w czyimś imieniu, musisz najpierw potwierdzić swoją tożsamość. Przejdź do strony tożsamości, potwierdź, kim jesteś, a potem ponownie otwórz link z zaproszeniem.
say-carer-to-act-for-someone-else-2 = Aby działać w czyimś imieniu, zaloguj się przez NHS login albo włącz logowanie dwuetapowe na koncie Front Door i zaloguj się ponownie z kodem bezpieczeństwa. Potem ponownie otwórz link z zaproszeniem.

# features/carers/service/mod.rs
say-carer-select-who-you-are-using = Wybierz, w czyim imieniu korzystasz z Front Door

# features/carers/service/people.rs
say-carer-to-let-someone-act-for = Aby pozwolić komuś działać w Twoim imieniu, musisz najpierw potwierdzić tożsamość dokumentem ze zdjęciem.
say-carer-to-let-someone-act-for-2 = Aby pozwolić komuś działać w Twoim imieniu, zaloguj się przez NHS login albo hasłem i kodem bezpieczeństwa.
say-carer-you-need-to-be-16 = Musisz mieć co najmniej 16 lat, aby pozwolić komuś działać w Twoim imieniu. Twoja przychodnia GP może pomóc.
say-carer-select-what-they-can-do = Wybierz, co ta osoba może robić w Twoim imieniu
say-carer-enter-the-date-their-access = Wpisz datę zakończenia dostępu
say-carer-the-date-their-access-ends = Data zakończenia dostępu musi być prawdziwą datą
say-carer-the-date-their-access-ends-2 = Data zakończenia dostępu musi być w przyszłości
say-carer-enter-the-full-name-of = Wpisz imię i nazwisko osoby, która ma działać w Twoim imieniu
say-carer-enter-the-email-address-of = Wpisz adres e-mail osoby, która ma działać w Twoim imieniu, a nie swój
say-carer-select-who-they-are-to = Wybierz, kim ta osoba jest dla Ciebie

# features/helpers/service.rs
say-help-select-the-organisation = Wybierz organizację
say-help-this-email-address-already-has = Ten adres e-mail ma już konto Front Door. Konta pracowników wymagają służbowego adresu e-mail, który nie jest używany do innego konta
say-help-the-passwords-do-not-match = Hasła nie są takie same. Wpisz to samo hasło dwa razy
say-help-this-set-up-link-has = Ten link konfiguracyjny został użyty lub wygasł. Poproś administratora o nowy
say-help-select-what-the-helper-can = Wybierz, w czym pomocnik może Ci pomóc
say-help-select-how-long-the-helper = Wybierz, jak długo pomocnik może Ci pomagać
say-help-the-person-you-are-helping = Osoba, której pomagasz, musi zalogować się ponownie na tym ekranie
say-help-start-helping-someone-first = Najpierw zacznij komuś pomagać
say-help-enter-the-code-from-the = Wpisz kod z telefonu osoby, której pomagasz
say-help-this-code-is-not-right = Ten kod jest nieprawidłowy, został użyty lub wygasł. Sprawdź go z osobą, której pomagasz, lub poproś ją o utworzenie nowego

# features/record/service.rs
say-record-in-person = Osobiście
say-record-by-phone-or-video = Telefonicznie lub przez wideo
say-record-appointment-or-visit = Wizyta
say-record-this-is-within-the-usual = To mieści się w zwykłym zakresie.
say-record-this-is-higher-than-the = To jest powyżej zwykłego zakresu.
say-record-this-is-lower-than-the = To jest poniżej zwykłego zakresu.
say-record-the-lab-marked-this-result = Laboratorium oznaczyło ten wynik jako odbiegający od normy.
say-record-the-lab-did-not-give = Laboratorium nie podało zwykłego zakresu dla tego badania.

# features/triage/mod.rs
say-triage-today = Dzisiaj
say-triage-within-2-working-days = W ciągu 2 dni roboczych

# features/triage/service/mod.rs
say-triage-prove-who-you-are-with = Potwierdź tożsamość przez NHS login
say-triage-we-cannot-send-online-requests = Nie możemy wysyłać próśb online w Twoim imieniu, ponieważ nie znaleźliśmy przychodni GP, która je dla Ciebie przyjmuje.

# features/triage/service/view.rs
say-triage-we-could-not-find-a = Nie znaleźliśmy przychodni GP, która przyjmuje dla Ciebie prośby online, więc nic nie zostało wysłane. Zadzwoń do swojej przychodni lub pod numer 111, jeśli potrzebujesz pomocy dzisiaj.

# features/record/service.rs
say-record-home-visit = Wizyta domowa
say-record-hospital-stay = Pobyt w szpitalu
say-record-emergency-department = Szpitalny oddział ratunkowy

# features/appointments/service/booking.rs
say-appt-could-not-check-time = Nie udało się teraz sprawdzić tego terminu w { $provider }. Spróbuj ponownie lub wybierz inny termin

# features/account/nhs_login/service.rs
say-acct-nhs-login-sent-too-little = NHS login nie przesłał danych potrzebnych do znalezienia Twojej dokumentacji. Spróbuj ponownie później

# features/helpers/service.rs
say-help-done-times = { $done } ({ $count ->
    [one] { $count } raz
   *[other] { $count } razy
})

# features/triage/mod.rs
urgency-emergency-call-999 = Nagły wypadek: zadzwoń pod 999
urgency-emergency-go-to-a-e = Nagły wypadek: jedź na SOR (A&E)
urgency-urgent-mental-health-crisis-line = Pilne: telefon kryzysowy zdrowia psychicznego
urgency-urgent-call-111 = Pilne: zadzwoń pod 111
urgency-routine = Rutynowe
urgency-pharmacy = Apteka
urgency-self-care = Samoleczenie
urgency-admin = Sprawy administracyjne

# Co pomocnik zrobił dzisiaj
say-triage-request-sent-to = Wysłano prośbę do: { $to }. Numer referencyjny { $reference }
say-triage-request-being-sent-to = Prośba jest wysyłana (jeszcze niepotwierdzona przez przychodnię) do: { $to }. Numer referencyjny { $reference }
say-triage-the-gp-surgery = przychodnia GP
say-appt-booked-today = Umówiono wizytę: { $what }, { $day } o { $time }, { $place }. Numer referencyjny { $reference }
say-appt-asked-for-today = Poproszono o wizytę (jeszcze niepotwierdzona przez placówkę): { $what }, { $day } o { $time }, { $place }. Numer referencyjny { $reference }

# Ograniczanie prób, NHS login, daty i prośby, których nie udało się wysłać
say-acct-nhs-login-unavailable = NHS login teraz nie działa. Zaloguj się adresem e-mail i hasłem Front Door lub spróbuj ponownie później
say-acct-nhs-login-not-finished = Nie dokończono logowania przez NHS login. Spróbuj ponownie
say-acct-nhs-login-did-not-work = Logowanie przez NHS login nie powiodło się. Spróbuj ponownie
say-wait-minutes = Odczekaj { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
   *[other] { $minutes } minut
}, zanim spróbujesz ponownie
say-acct-too-many-sign-ins = Zbyt wiele prób logowania. { $wait }
say-acct-too-many-codes = Zbyt wiele prób wpisania kodu. { $wait }
say-acct-too-many-tries = Zbyt wiele prób. { $wait }
say-help-too-many-codes = Zbyt wiele nieprawidłowych kodów. { $wait }
say-carer-access-ends-by = Data zakończenia dostępu musi przypadać nie później niż { $date } ({ $months } mies. od dzisiaj)
say-triage-your-gp-surgery = Twoja przychodnia GP
say-triage-cannot-send-no-nhs-number = Nie możemy jeszcze wysyłać próśb do { $name } w Twoim imieniu, ponieważ najpierw musimy mieć pewność co do Twojego numeru NHS. Potwierdź tożsamość przez NHS login: zajmuje to kilka minut i potrzebny jest dokument ze zdjęciem.
say-triage-cannot-send-not-registered = Nie możemy wysyłać próśb do { $name } w Twoim imieniu, ponieważ nie ma tam rejestracji zgodnej z Twoim numerem NHS i datą urodzenia.
say-triage-phone-practice-on = zadzwoń do { $practice } pod numer { $phone }
say-triage-contact-practice = skontaktuj się z { $practice }
say-triage-practice-closed = { $practice } nie przyjmuje teraz próśb online. Twoje odpowiedzi zostały zapisane.
say-triage-not-sent-not-registered = Nie znaleźliśmy Twojej rejestracji w { $practice }, więc nie mogliśmy wysłać prośby. Prosimy: { $call }.
say-triage-not-sent-no-nhs-number = Nie mogliśmy wysłać prośby do { $practice }, ponieważ najpierw musimy mieć pewność co do Twojego numeru NHS. Potwierdź tożsamość przez NHS login lub { $call }.
say-triage-not-sent-try-again = Nie udało się teraz wysłać prośby do { $practice }. Twoje odpowiedzi zostały zapisane. Spróbuj ponownie za kilka minut lub { $call }. Jeśli stan się pogorszy, zadzwoń pod 111.

# features/carers/mod.rs
scope-see-their-health-record-summary = Wgląd w podsumowanie dokumentacji medycznej tej osoby (problemy zdrowotne, leki, alergie, szczepienia i wizyty)
scope-see-their-test-results-and = Wgląd w wyniki badań i listy tej osoby
scope-see-book-change-and-cancel = Wgląd w wizyty tej osoby, ich umawianie, zmiana i odwoływanie
scope-ask-their-gp-surgery-for = Proszenie przychodni GP tej osoby o pomoc dla niej i wgląd w te prośby

relation-partner-husband-or-wife = Partner, mąż lub żona
relation-daughter = Córka
relation-son = Syn
relation-mother = Matka
relation-father = Ojciec
relation-sister = Siostra
relation-brother = Brat
relation-grandchild = Wnuk lub wnuczka
relation-another-family-member = Inny członek rodziny
relation-friend = Przyjaciel lub przyjaciółka
relation-paid-carer-or-support-worker = Płatny opiekun lub asystent
relation-someone-else = Ktoś inny

# features/helpers/mod.rs
helpscope-see-your-health-record-summary = Wgląd w podsumowanie Twojej dokumentacji medycznej (problemy zdrowotne, leki, alergie, szczepienia i wizyty)
helpscope-see-your-test-results-and = Wgląd w Twoje wyniki badań i listy
helpscope-see-book-change-and-cancel = Wgląd w Twoje wizyty, umawianie, zmiana i odwoływanie
helpscope-ask-your-gp-surgery-for = Proszenie Twojej przychodni GP o pomoc i wgląd w te prośby
helpmin-15-minutes = 15 minut
helpmin-30-minutes = 30 minut
helpmin-1-hour = 1 godzina
helpmin-2-hours-the-longest = 2 godziny (najdłużej)

# providers/mod.rs
kind-gp-surgery = Przychodnia GP
kind-hospital = Szpital
kind-community-health-services = Środowiskowe usługi zdrowotne
kind-mental-health-services = Usługi zdrowia psychicznego
kind-adult-social-care = Opieka społeczna dla dorosłych
kind-health-and-care-service = Usługa zdrowotna i opiekuńcza

# Opis pliku kalendarza
say-appt-ics-with = Z: { $with }.
say-appt-ics-reference = Numer rezerwacji { $reference }.
say-appt-ics-change = Aby zmienić lub odwołać wizytę, użyj Front Door lub skontaktuj się z { $source }.

# Nazwy w zdaniu
frame-and-list = { $first } i { $last }

# domain/sources.rs
src-your-gp-surgery = Twoja przychodnia GP ({ $name })
src-recorded-by-one = Zapisane przez: { $who }
src-recorded-by-many = Zapisane przez: { $first } oraz { $last }
src-by-next = { $a }, { $b }

# platform/security.rs
say-refused-cross-origin = Ten formularz został wysłany z innej strony internetowej, więc Front Door go odrzucił. Wejdź na Front Door i spróbuj ponownie.
