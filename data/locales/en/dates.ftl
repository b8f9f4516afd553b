# Dates and times, in UK time, as each language writes them.

date-long = { $day } { $month } { $year }
date-with-weekday = { $weekday } { $date }
time-on-date = { $time } on { $date }
# "am-pm" (10:04am) or "full-day" (10:04, from 0:00 to 23:59).
clock-style = am-pm
clock-am = am
clock-pm = pm
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
