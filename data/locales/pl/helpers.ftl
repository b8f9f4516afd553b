# Pomocnicy w punktach pomocy i ich administratorzy. Tłumaczenie maszynowe.

help-notice-cleared = Ten komputer został wyczyszczony. W tej przeglądarce nie zostało nic z danych osoby, której pomagałeś.
help-notice-declined = Ta osoba się nie zgodziła, więc nie możesz nic zobaczyć ani zrobić w jej imieniu.
help-notice-suspended = Pomocnik jest zawieszony. Od następnego kliknięcia nie może nikomu pomagać, a otwarta sesja pomocy została zakończona.
help-notice-reinstated = Pomocnik może znów pomagać ludziom.
