#include "ICUBridge.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
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
