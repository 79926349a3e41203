// The only interface between Swift and ICU. Types are opaque and statuses are plain
// int32_t, so no ICU declaration reaches a Swift module (Foundation on Linux carries its own
// ICU as _FoundationICU, and the two clash). ICU's symbols are version-suffixed
// (ubrk_open_72); calling them from C keeps the suffix out of Swift.
#ifndef ICU_BRIDGE_H
#define ICU_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ICUBridgeBreaker ICUBridgeBreaker;

enum {
    ICUBridgeBreakCharacter = 0,
    ICUBridgeBreakWord = 1,
    ICUBridgeBreakLine = 2,
    ICUBridgeBreakSentence = 3,
};

/// Returned by icub_next when the text has no more boundaries.
#define ICU_BRIDGE_DONE (-1)

/// Opens a break iterator; `*status` is an ICU UErrorCode (> 0 is a failure).
ICUBridgeBreaker *icub_open(int32_t kind, const char *locale, int32_t *status);
void icub_close(ICUBridgeBreaker *breaker);

/// Points the iterator at UTF-8 text, without copying it: the bytes must outlive the
/// iteration. Boundaries are UTF-8 byte offsets.
void icub_set_utf8(ICUBridgeBreaker *breaker, const char *text, int64_t length, int32_t *status);
int32_t icub_first(ICUBridgeBreaker *breaker);
int32_t icub_next(ICUBridgeBreaker *breaker);

/// Converts day `day` of month `month` (ICU's 0-based month field) of extended year `year`
/// in the calendar `calendar` ("islamic-umalqura", "hebrew", "chinese") to the proleptic
/// Gregorian date `*gregorian_year`-`*gregorian_month` (1-12)-`*gregorian_day`.
void icub_calendar_to_gregorian(const char *calendar, int32_t year, int32_t month, int32_t day,
                                int32_t *gregorian_year, int32_t *gregorian_month, int32_t *gregorian_day,
                                int32_t *status);
/// The extended year of the calendar `calendar` on a Gregorian date (month 1-12).
int32_t icub_calendar_year(const char *calendar, int32_t gregorian_year, int32_t gregorian_month,
                           int32_t gregorian_day, int32_t *status);

const char *icub_error_name(int32_t status);
/// The Unicode version ICU's data implements, as "15.0".
void icub_unicode_version(char buffer[16]);

#ifdef __cplusplus
}
#endif

#endif
