# Dyddiadau ac amseroedd. Peiriant a gyfieithodd hwn.

date-long = { $day } { $month } { $year }
date-with-weekday = { $weekday } { $date }
time-on-date = { $time } ar { $date }
clock-style = am-pm
clock-am = yb
clock-pm = yh
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
weekday-monday = Dydd Llun
weekday-tuesday = Dydd Mawrth
weekday-wednesday = Dydd Mercher
weekday-thursday = Dydd Iau
weekday-friday = Dydd Gwener
weekday-saturday = Dydd Sadwrn
weekday-sunday = Dydd Sul
