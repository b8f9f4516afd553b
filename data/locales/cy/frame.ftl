# Ffrâm pob tudalen. Peiriant a gyfieithodd hwn; nid yw cyfieithydd wedi'i adolygu eto.

title-end = – Front Door – GIG
title-error = Gwall: { $page }
title-acting = { $page } (yn gweithredu ar ran { $name })
skip-to-main = Neidio i'r prif gynnwys
header-home = Hafan Front Door y GIG
header-account = Cyfrif a gosodiadau
header-your-details = Eich manylion
sign-out = Allgofnodi
sign-out-shared = Gorffen a chlirio'r cyfrifiadur hwn
language-choose = Iaith
data-mode-use-low = Defnyddio'r fersiwn data isel
data-mode-use-standard = Defnyddio'r fersiwn safonol
footer-support-links = Dolenni cymorth
footer-help-online = Cael help i fynd ar-lein
footer-accessibility = Datganiad hygyrchedd
footer-privacy = Preifatrwydd a chwcis
footer-about = Meddalwedd cod agored i systemau gofal integredig yn Lloegr yw Front Door.
timeout-title = Byddwch yn cael eich allgofnodi cyn bo hir
timeout-body = Er eich diogelwch, byddwn yn eich allgofnodi os na fyddwch yn gwneud dim am { $minutes ->
        [0] lai na munud
       *[other] { $minutes } munud
    }.
timeout-stay = Aros wedi mewngofnodi
shared-computer-title = Rydych yn defnyddio cyfrifiadur a rennir neu gyhoeddus
shared-computer-download = Mae ffeil rydych yn ei lawrlwytho yn aros ar y cyfrifiadur hwn ar ôl i chi orffen, lle gallai pobl eraill ei hagor. Dim ond ei lawrlwytho os gallwch ei dileu, neu ei hargraffu yn lle hynny.
