"""Prints Sources/NumberExtraction/IndianHolidays.swift: the days of the holidays India keeps
by its lunisolar calendars, which ICU does not have (the Islamic, Hebrew and Chinese holidays
come from ICU's calendars at run time). The days are the `holidays` package's (PyPI), which
Byline does not need at run time or in CI:

    python3 -m venv .build-venv/holidays && .build-venv/holidays/bin/pip install holidays
    .build-venv/holidays/bin/python scripts/indian-holidays.py > Sources/NumberExtraction/IndianHolidays.swift

Each row is a holiday's day per year, as MMDD, over the years the package covers for India.
"""
import holidays

YEARS = range(2001, 2036)
NAMES = {
    "diwali": "Diwali", "holi": "Holi", "dussehra": "Dussehra", "mahaShivaratri": "Maha Shivaratri",
    "ramNavami": "Ram Navami", "janmashtami": "Janmashtami (Vaishnava)",
    "buddhaPurnima": "Buddha Purnima", "guruNanakJayanti": "Guru Nanak's Birthday",
}
# Some of these days are on the lists of optional holidays only.
india = holidays.country_holidays("IN", years=YEARS, categories=holidays.IN.supported_categories)


def day(year, name):
    # A day may hold two holidays ("Dussehra; Mahatma Gandhi's Birthday").
    return next(d for d, names in sorted(india.items()) if d.year == year and name in names.split("; "))


print(f"""// Printed by scripts/indian-holidays.py from the `holidays` package {holidays.__version__}; do not edit.

/// The holidays India keeps by its lunisolar calendars, which ICU does not have, day by day
/// over the years {YEARS.start}-{YEARS.stop - 1}, as India's holiday lists give them. Outside
/// those years such a holiday keeps its placeholder.
enum IndianHolidays {{""")
for swift_name, name in NAMES.items():
    values = [str(d.month * 100 + d.day) for d in (day(year, name) for year in YEARS)]
    lines = [", ".join(values[i:i + 12]) for i in range(0, len(values), 12)]
    print(f"    static let {swift_name} = HolidayTable(firstYear: {YEARS.start}, days: [\n        "
          + ",\n        ".join(lines) + ",\n    ])")
print("}")
