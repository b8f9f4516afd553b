# Daty i godziny. Tłumaczenie maszynowe. Miesiące w dopełniaczu ("4 grudnia 2026").

date-long = { $day } { $month } { $year }
date-with-weekday = { $weekday }, { $date }
time-on-date = { $time }, { $date }
# Zegar 24-godzinny: clock-am i clock-pm nie są używane.
clock-style = full-day
clock-am = rano
clock-pm = po południu
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
weekday-monday = poniedziałek
weekday-tuesday = wtorek
weekday-wednesday = środa
weekday-thursday = czwartek
weekday-friday = piątek
weekday-saturday = sobota
weekday-sunday = niedziela
