/// Holidays of lunar and lunisolar calendars, which no rule of the Gregorian calendar gives:
/// each one's first day per year from `firstYear`, as MMDD (1208: December 8), printed by
/// `scripts/lunar-holidays.py` from the `holidays` package (Islamic dates by the Umm al-Qura
/// calendar, which a country that goes by sighting may follow a day later; Diwali as India
/// keeps it; Hebrew holidays on their first full day, after the eve). Outside the years of the
/// table such a holiday keeps its placeholder.
enum LunarHolidays {
    static let firstYear = 2001
    static let chineseNewYear = [
        124, 212, 201, 122, 209, 129, 218, 207, 126, 214, 203, 123,
        210, 131, 219, 208, 128, 216, 205, 125, 212, 201, 122, 210,
        129, 217, 206, 126, 213, 203, 123, 211, 131, 219, 208,
    ]
    static let diwali = [
        1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017, 1105, 1026, 1113,
        1103, 1023, 1111, 1030, 1019, 1107, 1027, 1114, 1104, 1024, 1112, 1031,
        1020, 1108, 1029, 1017, 1105, 1026, 1114, 1102, 1022, 1110, 1030,
    ]
    static let eidAlFitr = [
        1216, 1205, 1125, 1114, 1103, 1023, 1013, 1001, 920, 910, 830, 819,
        808, 728, 717, 706, 625, 615, 604, 524, 513, 502, 421, 410,
        330, 320, 309, 226, 214, 204, 124, 114, 1223, 1212, 1201,
    ]
    static let eidAlAdha = [
        305, 222, 211, 201, 121, 1231, 1220, 1208, 1127, 1116, 1106, 1026,
        1015, 1004, 923, 911, 901, 821, 811, 731, 720, 709, 628, 616,
        606, 527, 516, 505, 424, 413, 402, 322, 311, 301, 218,
    ]
    static let roshHashanah = [
        918, 907, 927, 916, 1004, 923, 913, 930, 919, 909, 929, 917,
        905, 925, 914, 1003, 921, 910, 930, 919, 907, 926, 916, 1003,
        923, 912, 1002, 921, 910, 928, 918, 906, 924, 914, 1004,
    ]
    static let yomKippur = [
        927, 916, 1006, 925, 1013, 1002, 922, 1009, 928, 918, 1008, 926,
        914, 1004, 923, 1012, 930, 919, 1009, 928, 916, 1005, 925, 1012,
        1002, 921, 1011, 930, 919, 1007, 927, 915, 1003, 923, 1013,
    ]
    static let passover = [
        408, 328, 417, 406, 424, 413, 403, 420, 409, 330, 419, 407,
        326, 415, 404, 423, 411, 331, 420, 409, 328, 416, 406, 423,
        413, 402, 422, 411, 331, 418, 408, 327, 414, 404, 424,
    ]
    static let hanukkah = [
        1210, 1130, 1220, 1208, 1226, 1216, 1205, 1222, 1212, 1202, 1221, 1209,
        1128, 1217, 1207, 1225, 1213, 1203, 1223, 1211, 1129, 1219, 1208, 1226,
        1215, 1205, 1225, 1213, 1202, 1221, 1210, 1128, 1217, 1207, 1226,
    ]
}
