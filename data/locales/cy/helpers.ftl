# Helpwyr mewn mannau help a'u gweinyddwyr. Peiriant a gyfieithodd hwn.

help-notice-cleared = Mae'r cyfrifiadur hwn wedi'i glirio. Nid oes dim o'r person y gwnaethoch ei helpu ar ôl yn y porwr hwn.
help-notice-declined = Ni wnaethant gytuno, felly ni allwch weld na gwneud dim ar eu rhan.
help-notice-suspended = Mae'r helpwr wedi'i atal. O'u clic nesaf ni allant helpu neb, ac mae unrhyw sesiwn help a oedd ar agor ganddynt wedi dod i ben.
help-notice-reinstated = Gall yr helpwr helpu pobl eto.
