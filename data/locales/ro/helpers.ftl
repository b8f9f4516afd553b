# Ajutoarele din punctele de ajutor și administratorii lor. Traducere automată.

help-notice-cleared = Acest calculator a fost curățat. Nu a rămas nimic în acest browser despre persoana pe care ați ajutat-o.
help-notice-declined = Nu au fost de acord, așa că nu puteți vedea sau face nimic pentru ei.
help-notice-suspended = Ajutorul este suspendat. De la următorul clic nu mai poate ajuta pe nimeni, iar orice sesiune de ajutor deschisă s-a încheiat.
help-notice-reinstated = Ajutorul poate ajuta din nou oameni.
