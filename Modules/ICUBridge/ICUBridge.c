#include "ICUBridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct ICUBridgeBreaker {
    UBreakIterator *iterator;
    UText *text;
};

ICUBridgeBreaker *icub_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return NULL;
    ICUBridgeBreaker *breaker = calloc(1, sizeof(ICUBridgeBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void icub_close(ICUBridgeBreaker *breaker) {
    if (breaker == NULL) return;
    if (breaker->text != NULL) utext_close(breaker->text);
    ubrk_close(breaker->iterator);
    free(breaker);
}

void icub_set_utf8(ICUBridgeBreaker *breaker, const char *text, int64_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    // utext_openUTF8 reuses the UText it is given, so one allocation serves every document.
    breaker->text = utext_openUTF8(breaker->text, text, length, &error);
    if (U_SUCCESS(error)) ubrk_setUText(breaker->iterator, breaker->text, &error);
    *status = (int32_t)error;
}

int32_t icub_first(ICUBridgeBreaker *breaker) {
    int32_t boundary = ubrk_first(breaker->iterator);
    return boundary == UBRK_DONE ? ICU_BRIDGE_DONE : boundary;
}

int32_t icub_next(ICUBridgeBreaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? ICU_BRIDGE_DONE : boundary;
}

const char *icub_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void icub_unicode_version(char buffer[16]) {
    UVersionInfo version;
    u_getUnicodeVersion(version);
    u_versionToString(version, buffer);
}

/// Opens a calendar of the given type in UTC, so that a day's midnight never crosses a date
/// line between the two calendars.
static UCalendar *open_calendar(const char *calendar, UErrorCode *error) {
    static const UChar utc[] = {'U', 'T', 'C', 0};
    char locale[64];
    snprintf(locale, sizeof locale, "en@calendar=%s", calendar);
    return ucal_open(utc, -1, locale, UCAL_DEFAULT, error);
}

void icub_calendar_to_gregorian(const char *calendar, int32_t year, int32_t month, int32_t day,
                                int32_t *gregorian_year, int32_t *gregorian_month, int32_t *gregorian_day,
                                int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCalendar *source = open_calendar(calendar, &error);
    UCalendar *gregorian = open_calendar("gregorian", &error);
    if (U_SUCCESS(error)) {
        ucal_clear(source);
        ucal_set(source, UCAL_EXTENDED_YEAR, year);
        ucal_set(source, UCAL_MONTH, month);
        ucal_set(source, UCAL_DATE, day);
        UDate instant = ucal_getMillis(source, &error);
        // Proleptic Gregorian: no switch to the Julian calendar before 1582.
        ucal_setGregorianChange(gregorian, -1e300, &error);
        ucal_setMillis(gregorian, instant, &error);
        *gregorian_year = ucal_get(gregorian, UCAL_EXTENDED_YEAR, &error);
        *gregorian_month = ucal_get(gregorian, UCAL_MONTH, &error) + 1;
        *gregorian_day = ucal_get(gregorian, UCAL_DATE, &error);
    }
    if (source != NULL) ucal_close(source);
    if (gregorian != NULL) ucal_close(gregorian);
    *status = (int32_t)error;
}

int32_t icub_calendar_year(const char *calendar, int32_t gregorian_year, int32_t gregorian_month,
                           int32_t gregorian_day, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCalendar *gregorian = open_calendar("gregorian", &error);
    UCalendar *target = open_calendar(calendar, &error);
    int32_t year = 0;
    if (U_SUCCESS(error)) {
        ucal_setGregorianChange(gregorian, -1e300, &error);
        ucal_clear(gregorian);
        ucal_set(gregorian, UCAL_EXTENDED_YEAR, gregorian_year);
        ucal_set(gregorian, UCAL_MONTH, gregorian_month - 1);
        ucal_set(gregorian, UCAL_DATE, gregorian_day);
        ucal_setMillis(target, ucal_getMillis(gregorian, &error), &error);
        year = ucal_get(target, UCAL_EXTENDED_YEAR, &error);
    }
    if (gregorian != NULL) ucal_close(gregorian);
    if (target != NULL) ucal_close(target);
    *status = (int32_t)error;
    return year;
}
