# Cadrul fiecărei pagini. Traducere automată, încă neverificată de un traducător.

title-end = – Front Door – NHS
title-error = Eroare: { $page }
title-acting = { $page } (în numele lui { $name })
skip-to-main = Salt la conținutul principal
header-home = Pagina principală NHS Front Door
header-account = Cont și setări
header-your-details = Datele dvs.
sign-out = Deconectare
sign-out-shared = Terminați și ștergeți datele de pe acest calculator
language-choose = Limba
data-mode-use-low = Folosiți versiunea cu consum redus de date
data-mode-use-standard = Folosiți versiunea standard
footer-support-links = Linkuri de ajutor
footer-help-online = Obțineți ajutor pentru a folosi internetul
footer-accessibility = Declarație de accesibilitate
footer-privacy = Confidențialitate și cookie-uri
footer-about = Front Door este un software open-source pentru sistemele de îngrijire integrată din Anglia.
timeout-title = Veți fi deconectat în curând
timeout-body = Pentru siguranța dvs., vă vom deconecta dacă nu faceți nimic timp de { $minutes ->
        [0] mai puțin de un minut
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
timeout-stay = Rămâneți conectat
shared-computer-title = Folosiți un calculator comun sau public
shared-computer-download = Un fișier descărcat rămâne pe acest calculator după ce terminați și alte persoane l-ar putea deschide. Descărcați-l doar dacă îl puteți șterge sau tipăriți-l în schimb.
