# Ramka każdej strony. Tłumaczenie maszynowe, jeszcze niesprawdzone przez tłumacza.

title-end = – Front Door – NHS
title-error = Błąd: { $page }
title-acting = { $page } (w imieniu: { $name })
skip-to-main = Przejdź do treści głównej
header-home = Strona główna NHS Front Door
header-account = Konto i ustawienia
header-your-details = Twoje dane
sign-out = Wyloguj się
sign-out-shared = Zakończ i wyczyść ten komputer
language-choose = Język
data-mode-use-low = Użyj wersji oszczędzającej dane
data-mode-use-standard = Użyj wersji standardowej
footer-support-links = Linki pomocy
footer-help-online = Uzyskaj pomoc w korzystaniu z internetu
footer-accessibility = Deklaracja dostępności
footer-privacy = Prywatność i pliki cookie
footer-about = Front Door to oprogramowanie open source dla zintegrowanych systemów opieki w Anglii.
timeout-title = Wkrótce zostaniesz wylogowany
timeout-body = Dla Twojego bezpieczeństwa wylogujemy Cię, jeśli nic nie zrobisz przez { $minutes ->
        [0] mniej niż minutę
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
timeout-stay = Pozostań zalogowany
shared-computer-title = Korzystasz ze wspólnego lub publicznego komputera
shared-computer-download = Pobrany plik pozostaje na tym komputerze po zakończeniu pracy i inne osoby mogą go otworzyć. Pobierz go tylko wtedy, gdy możesz go usunąć, albo zamiast tego go wydrukuj.
