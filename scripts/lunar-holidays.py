"""Prints the table of holidays of lunar and lunisolar calendars for
Sources/NumberExtraction/LunarHolidays.swift, from the `holidays` package (PyPI), which
Byline does not need at run time or in CI:

    python3 -m venv .build-venv/holidays && .build-venv/holidays/bin/pip install holidays
    .build-venv/holidays/bin/python scripts/lunar-holidays.py

Each row is a holiday's first day per year, as MMDD, over the years the package's calendar
reaches (in a year with two, as Eid al-Adha in 2006, the later). Islamic dates are the
`holidays` package's Umm al-Qura (Saudi) dates; a country that goes by sighting may keep the
day after. Diwali is India's date; Hebrew holidays are their first full day (they begin at the
sunset before).
"""
import holidays
from holidays.calendars import _ChineseLunisolar, _HebrewLunisolar, _IslamicLunar

islamic, chinese, hebrew = _IslamicLunar(), _ChineseLunisolar(), _HebrewLunisolar()
india = holidays.country_holidays("IN", years=range(2001, 2036))


def islamic_day(dates, year):
    # The generator also yields the date of the Hijri year that ends in `year`; keep `year`'s own.
    days = sorted(d for d, *_ in ((x if isinstance(x, tuple) else (x,)) for x in dates) if d.year == year)
    return days[-1]


def diwali(year):
    return next(d for d, name in sorted(india.items()) if d.year == year and name == "Diwali")


def hanukkah(year):
    return next(d for d in sorted(hebrew.hanukkah_date(year)) if d.year == year)


# Each row: its years (as far as the package's calendar reaches) and the day of each year.
rows = {
    "chineseNewYear": (range(1901, 2100), lambda y: chinese.lunar_new_year_date(y)[0]),
    "diwali": (range(2001, 2036), diwali),
    "ramadanBegins": (range(1925, 2077), lambda y: islamic_day(islamic.ramadan_beginning_dates(y), y)),
    "eidAlFitr": (range(1925, 2077), lambda y: islamic_day(islamic.eid_al_fitr_dates(y), y)),
    "eidAlAdha": (range(1925, 2077), lambda y: islamic_day(islamic.eid_al_adha_dates(y), y)),
    "roshHashanah": (range(1950, 2100), hebrew.rosh_hashanah_date),
    "yomKippur": (range(1950, 2100), hebrew.yom_kippur_date),
    "passover": (range(1950, 2100), hebrew.passover_date),
    "hanukkah": (range(1950, 2100), hanukkah),
}
for name, (years, day) in rows.items():
    days = [day(year) for year in years]
    assert all(d.year == y for d, y in zip(days, years)), name
    values = [str(d.month * 100 + d.day) for d in days]
    lines = [", ".join(values[i:i + 12]) for i in range(0, len(values), 12)]
    print(f"    static let {name} = LunarTable(firstYear: {years.start}, days: [\n        "
          + ",\n        ".join(lines) + ",\n    ])")
