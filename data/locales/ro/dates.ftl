# Date și ore. Traducere automată.

date-long = { $day } { $month } { $year }
date-with-weekday = { $weekday }, { $date }
time-on-date = { $time }, { $date }
# Ceas de 24 de ore: clock-am și clock-pm nu sunt folosite.
clock-style = full-day
clock-am = dimineața
clock-pm = după-amiaza
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
weekday-monday = luni
weekday-tuesday = marți
weekday-wednesday = miercuri
weekday-thursday = joi
weekday-friday = vineri
weekday-saturday = sâmbătă
weekday-sunday = duminică
