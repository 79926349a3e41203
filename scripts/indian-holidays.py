"""Prints Sources/NumberExtraction/IndianHolidays.swift: the days of the holidays India keeps
by its lunisolar calendars, which ICU does not have (the Islamic, Hebrew and Chinese holidays
come from ICU's calendars at run time). The days are the `holidays` package's (PyPI), which
Byline does not need at run time or in CI:

    python3 -m venv .build-venv/holidays && .build-venv/holidays/bin/pip install holidays
    .build-venv/holidays/bin/python scripts/indian-holidays.py > Sources/NumberExtraction/IndianHolidays.swift

Each row is a holiday's day per year, as MMDD, over the years the package covers for India;
0 where the package lists no day that year (Rabindra Jayanti, Chhath Puja before 2010). The
names are the package's own for India (its public, government and optional lists); where the
package spells one holiday two ways over the years, both are given. A holiday India's lists
lack comes from the list of a state that keeps it (`STATE_NAMES`).
"""
import holidays

YEARS = range(2001, 2036)
NAMES = {
    "diwali": ["Diwali"], "holi": ["Holi"], "dussehra": ["Dussehra"], "mahaShivaratri": ["Maha Shivaratri"],
    "ramNavami": ["Ram Navami"], "janmashtami": ["Janmashtami (Vaishnava)"],
    "buddhaPurnima": ["Buddha Purnima"], "guruNanakJayanti": ["Guru Nanak's Birthday"],
    "makarSankranti": ["Makar Sankranti"], "pongal": ["Pongal"], "vaisakhi": ["Vaisakhi"],
    "rakshaBandhan": ["Raksha Bandhan"], "rabindraJayanti": ["Guru Rabindranath's Birthday"],
    "guruRavidasJayanti": ["Guru Ravi Das's Birthday"], "parsiNewYear": ["Parsi New Year"], "ugadi": ["Ugadi"],
    "holikaDahan": ["Holika Dahan"], "mahavirJayanti": ["Mahavira's Birthday"], "bhaiDooj": ["Bhai Duj"],
    "basantPanchami": ["Basant Panchami / Shri Panchami", "Basant Panchami", "Shri Panchami"],
    "valmikiJayanti": ["Maharishi Valmiki's Birthday"], "chhathPuja": ["Pratihar Shashthi or Surya Shashthi (Chhath Puja)"],
    "rathYatra": ["Rath Yatra"], "ganeshChaturthi": ["Ganesh Chaturthi / Vinayak Chaturthi", "Ganesh Chaturthi", "Vinayak Chaturthi"],
    "onam": ["Onam"], "karwaChauth": ["Karaka Chaturthi (Karwa Chouth)"], "govardhanPuja": ["Govardhan Puja"],
}
# Holidays India's own lists lack, from the lists of a state that keeps them: Guru Gobind
# Singh Jayanti, Punjab's (the first of the year when it falls twice); Maha Saptami, West
# Bengal's; Bhogi, Andhra Pradesh's; Mattu and Kaanum Pongal, Tamil Nadu's Thiruvalluvar Day
# and Uzhavar Thirunal, the same days.
STATE_NAMES = {
    "guruGobindSinghJayanti": ("PB", ["Guru Gobind Singh's Birthday"]),
    "mahaSaptami": ("WB", ["Mahasaptami"]), "bhogi": ("AP", ["Bhogi"]),
    "mattuPongal": ("TN", ["Thiruvalluvar Day"]), "kaanumPongal": ("TN", ["Uzhavar Thirunal"]),
}
# Some of these days are on the lists of optional holidays only.
india = holidays.country_holidays("IN", years=YEARS, categories=holidays.IN.supported_categories)


def mmdd(year, names, calendar=india):
    # A day may hold two holidays ("Dussehra; Mahatma Gandhi's Birthday").
    days = [d for d, listed in sorted(calendar.items()) if d.year == year and set(names) & set(listed.split("; "))]
    return days[0].month * 100 + days[0].day if days else 0


print(f"""// Printed by scripts/indian-holidays.py from the `holidays` package {holidays.__version__}; do not edit.

/// The holidays India keeps by its lunisolar calendars, which ICU does not have, day by day
/// over the years {YEARS.start}-{YEARS.stop - 1}, as India's holiday lists give them. Outside
/// those years (or in a year the lists leave out, 0) such a holiday keeps its placeholder.
enum IndianHolidays {{""")
rows = [(swift_name, names, india) for swift_name, names in NAMES.items()]
rows += [(swift_name, names, holidays.country_holidays("IN", subdiv=state, years=YEARS,
                                                      categories=holidays.IN.supported_categories))
         for swift_name, (state, names) in STATE_NAMES.items()]
for swift_name, names, calendar in rows:
    values = [str(mmdd(year, names, calendar)) for year in YEARS]
    lines = [", ".join(values[i:i + 12]) for i in range(0, len(values), 12)]
    print(f"    static let {swift_name} = HolidayTable(firstYear: {YEARS.start}, days: [\n        "
          + ",\n        ".join(lines) + ",\n    ])")
print("}")
