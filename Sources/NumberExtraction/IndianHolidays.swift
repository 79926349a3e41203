// Printed by scripts/indian-holidays.py from the `holidays` package 0.109; do not edit.

/// The holidays India keeps by its lunisolar calendars, which ICU does not have, day by day
/// over the years 2001-2035, as India's holiday lists give them. Outside
/// those years such a holiday keeps its placeholder.
enum IndianHolidays {
    static let diwali = HolidayTable(firstYear: 2001, days: [
        1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017, 1105, 1026, 1113,
        1103, 1023, 1111, 1030, 1019, 1107, 1027, 1114, 1104, 1024, 1112, 1031,
        1020, 1108, 1029, 1017, 1105, 1026, 1114, 1102, 1022, 1110, 1030,
    ])
    static let holi = HolidayTable(firstYear: 2001, days: [
        310, 329, 318, 307, 326, 315, 304, 322, 311, 301, 320, 308,
        327, 317, 306, 324, 313, 302, 321, 310, 329, 318, 308, 325,
        314, 304, 322, 311, 301, 320, 309, 327, 316, 305, 324,
    ])
    static let dussehra = HolidayTable(firstYear: 2001, days: [
        1026, 1015, 1005, 1022, 1012, 1002, 1021, 1009, 928, 1017, 1006, 1024,
        1013, 1003, 1022, 1011, 930, 1019, 1008, 1025, 1015, 1005, 1024, 1012,
        1002, 1020, 1009, 927, 1016, 1006, 1025, 1014, 1003, 1022, 1011,
    ])
    static let mahaShivaratri = HolidayTable(firstYear: 2001, days: [
        221, 312, 301, 218, 308, 226, 216, 306, 223, 212, 302, 220,
        310, 227, 217, 307, 224, 213, 304, 221, 311, 301, 218, 308,
        226, 215, 306, 223, 211, 302, 220, 310, 227, 217, 308,
    ])
    static let ramNavami = HolidayTable(firstYear: 2001, days: [
        402, 421, 411, 330, 418, 406, 326, 414, 403, 324, 412, 401,
        419, 408, 328, 415, 404, 325, 413, 402, 421, 410, 330, 417,
        406, 326, 415, 403, 422, 412, 401, 419, 407, 328, 416,
    ])
    static let janmashtami = HolidayTable(firstYear: 2001, days: [
        812, 831, 820, 907, 827, 816, 904, 824, 814, 902, 822, 810,
        828, 818, 905, 825, 815, 903, 824, 812, 830, 819, 907, 826,
        816, 904, 825, 813, 901, 821, 810, 828, 817, 906, 826,
    ])
    static let buddhaPurnima = HolidayTable(firstYear: 2001, days: [
        430, 519, 508, 526, 523, 513, 502, 520, 508, 527, 517, 506,
        525, 514, 504, 521, 510, 430, 518, 507, 526, 516, 505, 523,
        512, 501, 520, 508, 527, 517, 507, 525, 514, 503, 522,
    ])
    static let guruNanakJayanti = HolidayTable(firstYear: 2001, days: [
        1130, 1119, 1108, 1126, 1115, 1105, 1124, 1113, 1102, 1121, 1110, 1128,
        1117, 1106, 1125, 1114, 1104, 1123, 1112, 1130, 1119, 1108, 1127, 1115,
        1105, 1124, 1114, 1102, 1121, 1110, 1128, 1117, 1106, 1125, 1115,
    ])
}
